import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuAction } from './menuTemplate';

type Item = MenuItemConstructorOptions;

function build(
  platform: NodeJS.Platform,
  recent = [] as { id: string; name: string; folder: string }[],
) {
  const actions: MenuAction[] = [];
  const template = menuTemplate({
    platform,
    appName: 'Spikeboard',
    recent,
    dev: false,
    run: (a) => actions.push(a),
  });
  return { template, actions };
}

function submenu(template: Item[], label: string): Item[] {
  const menu = template.find((m) => m.label?.replace('&', '') === label);
  if (menu === undefined) throw new Error(`no menu ${label}`);
  return menu.submenu as Item[];
}

function find(items: Item[], label: string): Item {
  const found = items.find((i) => i.label?.replace(/&/g, '') === label && i.visible !== false);
  if (found === undefined) throw new Error(`no item ${label}`);
  return found;
}

function click(item: Item): void {
  (item.click as () => void)();
}

describe('menu template', () => {
  it('File: New, Open…, Open Recent, Save, Save As…, Export…, Close, with accelerators', () => {
    const { template, actions } = build('linux');
    const file = submenu(template, 'File');
    const expected: [string, string, MenuAction][] = [
      ['New', 'CmdOrCtrl+N', { kind: 'newWindow' }],
      ['Open…', 'CmdOrCtrl+O', { kind: 'send', command: 'file.open' }],
      ['Save', 'CmdOrCtrl+S', { kind: 'send', command: 'file.save' }],
      ['Save As…', 'CmdOrCtrl+Shift+S', { kind: 'send', command: 'file.saveAs' }],
      ['Export…', 'CmdOrCtrl+E', { kind: 'send', command: 'file.export' }],
      ['Close Window', 'CmdOrCtrl+W', { kind: 'closeWindow' }],
    ];
    for (const [label, accelerator] of expected)
      expect(find(file, label).accelerator).toBe(accelerator);
    for (const [label] of expected) click(find(file, label));
    expect(actions).toEqual(expected.map(([, , action]) => action));
    expect(file.some((i) => i.role === 'quit')).toBe(true);
  });

  it('File › Examples… (no accelerator) sends file.examples to the renderer', () => {
    const { template, actions } = build('linux');
    const examples = find(submenu(template, 'File'), 'Examples…');
    expect(examples.accelerator).toBeUndefined();
    click(examples);
    expect(actions).toEqual([{ kind: 'send', command: 'file.examples' }]);
  });

  it('Edit goes to the renderer as commands (the canvas), not to page roles', () => {
    const { template, actions } = build('linux');
    const edit = submenu(template, 'Edit');
    expect(edit.filter((i) => i.role !== undefined)).toEqual([]);
    for (const label of ['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Delete', 'Select All'])
      click(find(edit, label));
    expect(actions).toEqual(
      ['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll'].map((a) => ({
        kind: 'send',
        command: `edit.${a}`,
      })),
    );
    expect(find(edit, 'Redo').accelerator).toBe('CmdOrCtrl+Y');
    // Ctrl+Shift+Z works too on Windows and Linux, through a hidden item.
    expect(edit.find((i) => i.visible === false)?.accelerator).toBe('Shift+CmdOrCtrl+Z');
    // Delete shows its key but does not capture it from text fields.
    expect(find(edit, 'Delete').registerAccelerator).toBe(false);
  });

  it('macOS: the app menu and window menu, redo on Shift+Cmd+Z, no Quit in File', () => {
    const { template } = build('darwin');
    expect(template[0]?.role).toBe('appMenu');
    expect(template.some((m) => m.role === 'windowMenu')).toBe(true);
    expect(find(submenu(template, 'Edit'), 'Redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(submenu(template, 'File').some((i) => i.role === 'quit')).toBe(false);
  });

  it('View: zoom, fit, theme, presenter; Help: About', () => {
    const { template, actions } = build('win32');
    const view = submenu(template, 'View');
    for (const label of ['Zoom In', 'Zoom Out', 'Fit Circuit', 'Toggle Theme', 'Presenter Mode']) {
      click(find(view, label));
    }
    click(find(submenu(template, 'Help'), 'About Spikeboard'));
    expect(actions.map((a) => (a.kind === 'send' ? a.command : a.kind))).toEqual([
      'view.zoomIn',
      'view.zoomOut',
      'view.fit',
      'view.toggleTheme',
      'view.togglePresenter',
      'about',
    ]);
    expect(view.some((i) => i.role === 'toggleDevTools')).toBe(false);
  });

  it('Open Recent lists the files by name and folder, and can be cleared', () => {
    const { template, actions } = build('linux', [
      { id: 'r_1', name: 'lab1.spikeboard', folder: 'course' },
      { id: 'r_2', name: 'lab2.spikeboard', folder: 'course' },
    ]);
    const recent = find(submenu(template, 'File'), 'Open Recent').submenu as Item[];
    expect(recent.map((i) => i.label ?? i.type)).toEqual([
      'lab1.spikeboard — course',
      'lab2.spikeboard — course',
      'separator',
      'Clear Recently Opened',
    ]);
    click(recent[1]!);
    click(recent[3]!);
    expect(actions).toEqual([{ kind: 'openRecent', id: 'r_2' }, { kind: 'clearRecent' }]);
    const empty = find(submenu(build('linux').template, 'File'), 'Open Recent').submenu as Item[];
    expect(empty[0]).toEqual({ label: 'No Recent Files', enabled: false });
  });
});
