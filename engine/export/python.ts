/** Python source text helpers shared by the script exporters. */
import type { Values } from './model';

/**
 * A number as Python reads it back to the same double: JavaScript's shortest round-trip form
 * (`0.02500000037252903`, `1e-7`) is valid Python; infinities become float('inf').
 */
export function pyNumber(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (x === Infinity) return "float('inf')";
  if (x === -Infinity) return "-float('inf')";
  return Object.is(x, -0) ? '-0.0' : String(x);
}

/** A string literal: JSON's escapes are valid Python escapes. */
export function pyString(text: string): string {
  return JSON.stringify(text);
}

/** A list literal, wrapped to lines of about `width` characters after `indent`. */
export function pyList(values: readonly number[], indent = '    ', width = 96): string {
  if (values.length === 0) return '[]';
  const lines: string[] = [];
  let line = '';
  for (const value of values) {
    const item = `${pyNumber(value)}, `;
    if (line.length + item.length > width && line !== '') {
      lines.push(line.trimEnd());
      line = '';
    }
    line += item;
  }
  lines.push(line.trimEnd());
  if (lines.length === 1) return `[${lines[0]!.replace(/,$/, '')}]`;
  return `[\n${lines.map((l) => `${indent}${l}`).join('\n')}\n${indent.slice(4)}]`;
}

/** A scalar or a list, for a parameter given once or per neuron. */
export function pyValues(values: Values, indent = '    '): string {
  return typeof values === 'number' ? pyNumber(values) : pyList(values, indent);
}

/** A comment block: every line prefixed with `# `. */
export function pyComment(text: string, indent = ''): string {
  return text
    .split('\n')
    .map((line) => `${indent}#${line === '' ? '' : ` ${line}`}`)
    .join('\n');
}

/** A file name stem from a circuit name: lower-case words joined by '-', never empty. */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem === '' ? 'circuit' : stem;
}

/** UTF-8 bytes of a text (the engine's lib has no TextEncoder); sized first, then filled. */
export function utf8Bytes(text: string): Uint8Array {
  let length = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) length += 1;
    else if (c < 0x800) length += 2;
    else if (c >= 0xd800 && c < 0xdc00 && k + 1 < text.length) {
      length += 4;
      k++;
    } else length += 3;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (let k = 0; k < text.length; k++) {
    let c = text.charCodeAt(k);
    if (c < 0x80) {
      out[at++] = c;
      continue;
    }
    if (c < 0x800) {
      out[at++] = 0xc0 | (c >> 6);
      out[at++] = 0x80 | (c & 63);
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && k + 1 < text.length) {
      c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++k) - 0xdc00);
      out[at++] = 0xf0 | (c >> 18);
      out[at++] = 0x80 | ((c >> 12) & 63);
      out[at++] = 0x80 | ((c >> 6) & 63);
      out[at++] = 0x80 | (c & 63);
      continue;
    }
    out[at++] = 0xe0 | (c >> 12);
    out[at++] = 0x80 | ((c >> 6) & 63);
    out[at++] = 0x80 | (c & 63);
  }
  return out;
}
