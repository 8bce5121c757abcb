/**
 * Strict UTF-8 for project files. A file is bytes until proven text: a stray Latin-1 byte or a
 * file cut mid-character must give a located message, not replacement characters that a later
 * save would write back as silent corruption. Written by hand because the engine has no DOM or
 * Node types; TextDecoder, where the runtime has it, only speeds up decoding text already checked.
 */

export type Utf8Result =
  { ok: true; text: string } | { ok: false; byteOffset: number; message: string };

const BOM = [0xef, 0xbb, 0xbf] as const;

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * Offset of the first byte of the first malformed character, or -1 (RFC 3629; Unicode Table 3-7).
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      if (b0 === 0xe0) lo = 0xa0; // no overlong 3-byte forms
      if (b0 === 0xed) hi = 0x9f; // no UTF-16 surrogates
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      if (b0 === 0xf0) lo = 0x90; // no overlong 4-byte forms
      if (b0 === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k];
      if (b === undefined) return i; // cut off mid-character
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      // Point at the character's first byte: in a Latin-1 file that byte is the odd letter.
      if (b < min || b > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

type Decoder = { decode(bytes: Uint8Array): string };
type DecoderClass = new (label: string) => Decoder;

/** Decodes bytes already known to be well-formed UTF-8. */
function decodeChecked(bytes: Uint8Array): string {
  const Native = (globalThis as { TextDecoder?: DecoderClass }).TextDecoder;
  if (Native !== undefined) return new Native('utf-8').decode(bytes);
  const parts: string[] = [];
  let units: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i]!;
    let cp: number;
    if (b0 < 0x80) cp = b0;
    else if (b0 < 0xe0) cp = ((b0 & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
    else if (b0 < 0xf0) {
      cp = ((b0 & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
    } else {
      cp =
        ((b0 & 0x07) << 18) |
        ((bytes[i + 1]! & 0x3f) << 12) |
        ((bytes[i + 2]! & 0x3f) << 6) |
        (bytes[i + 3]! & 0x3f);
    }
    i += b0 < 0x80 ? 1 : b0 < 0xe0 ? 2 : b0 < 0xf0 ? 3 : 4;
    if (cp > 0xffff) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else units.push(cp);
    if (units.length >= 8192) {
      parts.push(String.fromCharCode(...units));
      units = [];
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

/** True when the bytes from `offset` are the valid start of a character the file cuts off. */
function endsMidCharacter(bytes: Uint8Array, offset: number): boolean {
  const b0 = bytes[offset]!;
  let length = 0;
  if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) length = 3;
  else if (b0 >= 0xf0 && b0 <= 0xf4) length = 4;
  if (length === 0 || offset + length <= bytes.length) return false;
  // The bytes that are there must be a valid prefix: a complete character with the cut filled in.
  const padded = new Uint8Array(length).fill(0x80);
  // 0xA0 / 0x90 are the smallest second bytes after 0xE0 / 0xF0 (no overlong forms).
  if (b0 === 0xe0) padded[1] = 0xa0;
  if (b0 === 0xf0) padded[1] = 0x90;
  padded.set(bytes.subarray(offset));
  return firstInvalidUtf8Byte(padded) === -1;
}

/** Strict decoding; a leading byte-order mark (Windows editors add one) is dropped. */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  const hasBom = bytes.length >= 3 && BOM.every((b, k) => bytes[k] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8Byte(body);
  if (bad >= 0) {
    const byteOffset = bad + (hasBom ? 3 : 0);
    const byte = bytes[byteOffset]!;
    const cut = endsMidCharacter(bytes, byteOffset);
    const message = cut
      ? `is not UTF-8 text: it ends in the middle of a character (byte ${hex(byte)} at offset ${byteOffset}); the file may be cut off`
      : `is not UTF-8 text: byte ${hex(byte)} at offset ${byteOffset} does not begin a valid character; save the file as UTF-8`;
    return { ok: false, byteOffset, message };
  }
  return { ok: true, text: decodeChecked(body) };
}
