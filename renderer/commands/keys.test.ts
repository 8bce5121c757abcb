import { describe, expect, it } from 'vitest';
import { PANEL_ACTIONS } from '../layout/panels/panelActions';
import { usePanelStore } from '../layout/panels/panelStore';
import type { ActionContext } from './actionTypes';
import { formatCombo, matches } from './keys';

function key(
  k: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
) {
  return {
    key: k,
    ctrlKey: mods.ctrl ?? false,
    metaKey: mods.meta ?? false,
    shiftKey: mods.shift ?? false,
    altKey: mods.alt ?? false,
  };
}

describe('shortcuts', () => {
  it('matches Mod as Ctrl, or ⌘ on a Mac', () => {
    expect(matches(key('z', { ctrl: true }), 'Mod+Z', false)).toBe(true);
    expect(matches(key('z', { meta: true }), 'Mod+Z', true)).toBe(true);
    expect(matches(key('z', { ctrl: true }), 'Mod+Z', true)).toBe(false);
    expect(matches(key('Z', { ctrl: true, shift: true }), 'Mod+Shift+Z', false)).toBe(true);
    expect(matches(key('Z', { ctrl: true, shift: true }), 'Mod+Z', false)).toBe(false);
  });

  it('ignores Shift for symbols and requires exact modifiers otherwise', () => {
    expect(matches(key('?', { shift: true }), '?', false)).toBe(true);
    expect(matches(key('+', { shift: true }), '+', false)).toBe(true);
    expect(matches(key('c'), 'C', false)).toBe(true);
    expect(matches(key('c', { ctrl: true }), 'C', false)).toBe(false);
    expect(matches(key('ArrowLeft', { alt: true }), 'Alt+ArrowLeft', false)).toBe(true);
  });

  it('matches Alt with a digit or letter by its physical key (a Mac types ¡ for Alt+1)', () => {
    const macAlt1 = { ...key('¡', { alt: true }), code: 'Digit1' };
    expect(matches(macAlt1, 'Alt+1', true)).toBe(true);
    expect(matches(macAlt1, 'Alt+2', true)).toBe(false);
    expect(matches({ ...key('1', { alt: true }), code: 'Digit1' }, 'Alt+1', false)).toBe(true);
    // AZERTY types & on the 1 key.
    expect(matches({ ...key('&', { alt: true }), code: 'Digit1' }, 'Alt+1', false)).toBe(true);
    expect(matches({ ...key('Dead', { alt: true }), code: 'KeyN' }, 'Alt+N', true)).toBe(true);
    const macAltShiftA = { ...key('Å', { alt: true, shift: true }), code: 'KeyA' };
    expect(matches(macAltShiftA, 'Alt+Shift+A', true)).toBe(true);
    // A letter typed as itself decides over its place (Dvorak's B sits on KeyN).
    expect(matches({ ...key('b', { alt: true }), code: 'KeyN' }, 'Alt+N', false)).toBe(false);
    expect(matches({ ...key('1'), code: 'Digit1' }, 'Alt+1', false)).toBe(false);
  });

  it('Alt+1 on a Mac (key ¡, code Digit1) shows or hides the palette', () => {
    const event = { ...key('¡', { alt: true }), code: 'Digit1' };
    const hits = PANEL_ACTIONS.filter((a) => a.keys.some((combo) => matches(event, combo, true)));
    expect(hits.map((a) => a.id)).toEqual(['togglePalette']);
    const before = usePanelStore.getState().panels.palette.collapsed;
    hits[0]!.run({ event } as ActionContext);
    expect(usePanelStore.getState().panels.palette.collapsed).toBe(!before);
  });

  it('formats for the help overlay', () => {
    expect(formatCombo('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatCombo('Mod+Shift+Z', true)).toBe('⌘⇧Z');
    expect(formatCombo('Alt+ArrowLeft', false)).toBe('Alt+←');
    expect(formatCombo('?', false)).toBe('?');
  });
});
