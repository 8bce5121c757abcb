/**
 * Keyboard shortcuts as text ("Mod+Shift+Z", "Alt+ArrowLeft", "?"), matched against key events
 * and shown in the help overlay. "Mod" is Ctrl, or ⌘ on a Mac.
 */
export interface KeyLike {
  key: string;
  /** The physical key ("Digit1", "KeyN"), for Alt shortcuts: see `altKeyMatches`. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

interface Combo {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

function parse(combo: string): Combo {
  const parts = combo.split('+');
  // "Mod++" would split into empty parts; a lone "+" is the plus key.
  const key = combo.endsWith('++') || combo === '+' ? '+' : parts[parts.length - 1]!;
  const mods = new Set(parts.slice(0, -1));
  return { key, mod: mods.has('Mod'), shift: mods.has('Shift'), alt: mods.has('Alt') };
}

/** A printable symbol (?, +, [) is typed with or without Shift depending on the layout. */
function isSymbol(key: string): boolean {
  return key.length === 1 && !/[a-z0-9]/i.test(key);
}

export function matches(event: KeyLike, combo: string, mac = isMac()): boolean {
  const c = parse(combo);
  const mod = mac ? event.metaKey : event.ctrlKey;
  const otherMod = mac ? event.ctrlKey : event.metaKey;
  if (mod !== c.mod || otherMod || event.altKey !== c.alt) return false;
  if (!isSymbol(c.key) && event.shiftKey !== c.shift) return false;
  if (c.alt && /^[a-z0-9]$/i.test(c.key)) return altKeyMatches(event, c.key);
  if (c.key.length === 1) return event.key.toLowerCase() === c.key.toLowerCase();
  return event.key === c.key;
}

/**
 * Alt with a digit or letter: on a Mac, Option changes the character (Alt+1 gives "¡", Alt+N a
 * dead key), so the physical key decides. A digit is always its key ("Digit1", whatever the
 * layout types there); a letter is the character typed when it is one, else its key ("KeyN").
 */
function altKeyMatches(event: KeyLike, key: string): boolean {
  if (/[0-9]/.test(key)) return event.code === `Digit${key}` || event.key === key;
  const typed = event.key.toLowerCase();
  if (/^[a-z]$/.test(typed)) return typed === key.toLowerCase();
  return event.code === `Key${key.toUpperCase()}`;
}

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  Delete: 'Del',
  Backspace: '⌫',
};

/** "Mod+Shift+Z" → "Ctrl+Shift+Z" (or "⌘⇧Z" on a Mac). */
export function formatCombo(combo: string, mac = isMac()): string {
  const c = parse(combo);
  const key = KEY_NAMES[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key);
  if (mac) return `${c.mod ? '⌘' : ''}${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${key}`;
  return [c.mod ? 'Ctrl' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key]
    .filter((s) => s !== '')
    .join('+');
}
