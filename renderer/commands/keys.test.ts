import { describe, expect, it } from 'vitest';
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

  it('formats for the help overlay', () => {
    expect(formatCombo('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatCombo('Mod+Shift+Z', true)).toBe('⌘⇧Z');
    expect(formatCombo('Alt+ArrowLeft', false)).toBe('Alt+←');
    expect(formatCombo('?', false)).toBe('?');
  });
});
