import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8Byte } from './utf8';

type Decoder = { decode(bytes: Uint8Array): string };
const { TextDecoder: NativeDecoder } = globalThis as unknown as {
  TextDecoder: new (label: string, options?: { fatal?: boolean }) => Decoder;
};
const utf8 = (text: string) =>
  Uint8Array.from(unescape(encodeURIComponent(text)), (c) => c.charCodeAt(0));

/** What the platform's strict decoder says: the text, or null for malformed bytes. */
function nativeStrict(bytes: Uint8Array): string | null {
  try {
    return new NativeDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

describe('decodeUtf8', () => {
  it('decodes text in every plane, and drops one leading byte-order mark', () => {
    const text = 'τmem 40 ms · ünïcödé · 𝑣 · 🧠';
    expect(decodeUtf8(utf8(text))).toEqual({ ok: true, text });
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('{}')]))).toEqual({
      ok: true,
      text: '{}',
    });
  });

  it('locates a stray Latin-1 byte', () => {
    const result = decodeUtf8(Uint8Array.from([...utf8('{"name": "caf'), 0xe9, ...utf8('"}')]));
    expect(result).toEqual({
      ok: false,
      byteOffset: 13,
      message:
        'is not UTF-8 text: byte 0xE9 at offset 13 does not begin a valid character; save the file as UTF-8',
    });
  });

  it('says when a file ends in the middle of a character', () => {
    const cut = utf8('{"x": "🧠').slice(0, -2);
    const result = decodeUtf8(cut);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('ends in the middle of a character');
    expect(decodeUtf8(Uint8Array.from([0x41, 0xff])).ok).toBe(false);
    const lone = decodeUtf8(Uint8Array.from([0x41, 0xff]));
    if (!lone.ok) expect(lone.message).not.toContain('middle');
  });

  it('refuses overlong forms, surrogates and code points above U+10FFFF', () => {
    for (const bytes of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf8, 0x88, 0x80, 0x80, 0x80],
    ]) {
      expect(firstInvalidUtf8Byte(Uint8Array.from(bytes))).toBeGreaterThanOrEqual(0);
    }
  });

  it('agrees with the platform strict decoder on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const ours = decodeUtf8(bytes);
        const theirs =
          bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
            ? undefined
            : nativeStrict(bytes);
        if (theirs === undefined) return;
        expect(ours.ok ? ours.text : null).toBe(theirs);
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with the platform on valid text, and its hand decoder matches too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const bytes = utf8(text);
        expect(firstInvalidUtf8Byte(bytes)).toBe(-1);
        expect(decodeUtf8(bytes)).toEqual({ ok: true, text: text.replace(/^\uFEFF/, '') });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a file cut mid-character', () => {
  it('is told apart from a bad byte, whatever character was cut', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
        fc.nat(),
        (text, k) => {
          const bytes = utf8(text);
          const cut = bytes.subarray(0, k % (bytes.length + 1));
          const result = decodeUtf8(cut);
          // A prefix of valid UTF-8 is either valid or ends mid-character; never "a bad byte".
          if (!result.ok) expect(result.message).toContain('ends in the middle of a character');
        },
      ),
      { numRuns: 2000 },
    );
  });
});
