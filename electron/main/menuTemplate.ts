/**
 * The native menu as plain data: what each item is called, its accelerator, and which action it
 * triggers. Pure (only Electron's types), so the template is tested in Node; menu.ts turns the
 * actions into clicks. Edit and View items do not use Electron's page roles: they go to the
 * renderer as commands, so Undo undoes the last circuit edit, not the last keystroke of the page.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../ipc/contract';

export type MenuAction =
  | { kind: 'send'; command: MenuCommand }
  | { kind: 'newWindow' }
  | { kind: 'openRecent'; id: string }
  | { kind: 'clearRecent' }
  | { kind: 'closeWindow' }
  | { kind: 'about' };

export type MenuContext = {
  platform: NodeJS.Platform;
  appName: string;
  recent: readonly RecentFile[];
  dev: boolean;
  run: (action: MenuAction) => void;
};

type Item = MenuItemConstructorOptions;

function item(
  label: string,
  accelerator: string | undefined,
  action: MenuAction,
  ctx: MenuContext,
): Item {
  return {
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => ctx.run(action),
  };
}

const send = (command: MenuCommand): MenuAction => ({ kind: 'send', command });
const separator: Item = { type: 'separator' };

function recentMenu(ctx: MenuContext): Item[] {
  const entries: Item[] = ctx.recent.map((file) =>
    item(`${file.name} — ${file.folder}`, undefined, { kind: 'openRecent', id: file.id }, ctx),
  );
  const clear: Item = {
    ...item('Clear Recently Opened', undefined, { kind: 'clearRecent' }, ctx),
    enabled: ctx.recent.length > 0,
  };
  if (entries.length === 0) return [{ label: 'No Recent Files', enabled: false }, separator, clear];
  return [...entries, separator, clear];
}

function fileMenu(ctx: MenuContext, mac: boolean): Item {
  return {
    label: '&File',
    submenu: [
      item('&New', 'CmdOrCtrl+N', { kind: 'newWindow' }, ctx),
      item('&Open…', 'CmdOrCtrl+O', send('file.open'), ctx),
      { label: 'Open &Recent', submenu: recentMenu(ctx) },
      item('E&xamples…', undefined, send('file.examples'), ctx),
      separator,
      item('&Save', 'CmdOrCtrl+S', send('file.save'), ctx),
      item('Save &As…', 'CmdOrCtrl+Shift+S', send('file.saveAs'), ctx),
      item('&Export…', 'CmdOrCtrl+E', send('file.export'), ctx),
      separator,
      item('&Close Window', 'CmdOrCtrl+W', { kind: 'closeWindow' }, ctx),
      ...(mac
        ? []
        : [separator, { role: 'quit', label: '&Quit', accelerator: 'CmdOrCtrl+Q' } as Item]),
    ],
  };
}

function editMenu(ctx: MenuContext, mac: boolean): Item {
  const redoAccelerator = mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y';
  return {
    label: '&Edit',
    submenu: [
      item('&Undo', 'CmdOrCtrl+Z', send('edit.undo'), ctx),
      item('&Redo', redoAccelerator, send('edit.redo'), ctx),
      // The other common redo key, working but not shown (Windows and Linux).
      ...(mac
        ? []
        : [{ ...item('Redo', 'Shift+CmdOrCtrl+Z', send('edit.redo'), ctx), visible: false }]),
      separator,
      item('Cu&t', 'CmdOrCtrl+X', send('edit.cut'), ctx),
      item('&Copy', 'CmdOrCtrl+C', send('edit.copy'), ctx),
      item('&Paste', 'CmdOrCtrl+V', send('edit.paste'), ctx),
      // Shown, not registered: a global Delete key would swallow it in every text field.
      { ...item('&Delete', 'Delete', send('edit.delete'), ctx), registerAccelerator: false },
      separator,
      item('Select &All', 'CmdOrCtrl+A', send('edit.selectAll'), ctx),
    ],
  };
}

function viewMenu(ctx: MenuContext): Item {
  return {
    label: '&View',
    submenu: [
      item('Zoom &In', 'CmdOrCtrl+=', send('view.zoomIn'), ctx),
      item('Zoom &Out', 'CmdOrCtrl+-', send('view.zoomOut'), ctx),
      item('&Fit Circuit', 'CmdOrCtrl+0', send('view.fit'), ctx),
      separator,
      item('Toggle &Theme', undefined, send('view.toggleTheme'), ctx),
      item('&Presenter Mode', 'CmdOrCtrl+Shift+P', send('view.togglePresenter'), ctx),
      { role: 'togglefullscreen' },
      ...(ctx.dev ? [separator, { role: 'toggleDevTools' } as Item] : []),
    ],
  };
}

export function menuTemplate(ctx: MenuContext): Item[] {
  const mac = ctx.platform === 'darwin';
  return [
    ...(mac ? [{ label: ctx.appName, role: 'appMenu' } as Item] : []),
    fileMenu(ctx, mac),
    editMenu(ctx, mac),
    viewMenu(ctx),
    ...(mac ? [{ role: 'windowMenu' } as Item] : []),
    {
      label: '&Help',
      role: 'help',
      submenu: [item(`&About ${ctx.appName}`, undefined, { kind: 'about' }, ctx)],
    },
  ];
}
