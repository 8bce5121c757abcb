import { describe, expect, it } from 'vitest';
import { drawTrace, packColor, type TraceBitmap } from './traceRaster';

function bitmap(width: number, height: number): TraceBitmap {
  return { width, height, pixels: new Uint32Array(width * height) };
}

const lit = (b: TraceBitmap) => {
  const rows: string[] = [];
  for (let r = 0; r < b.height; r++) {
    let line = '';
    for (let c = 0; c < b.width; c++) line += b.pixels[r * b.width + c] ? '#' : '.';
    rows.push(line);
  }
  return rows;
};

describe('trace bitmap', () => {
  it('packs colours as little-endian RGBA', () => {
    expect(packColor('#ff0000')).toBe(0xff0000ff);
    expect(packColor('#0000ff', 128)).toBe(0x80ff0000);
  });

  it('fills the span a segment covers in each column, so a jump stays connected', () => {
    const b = bitmap(6, 6);
    // x in data = pixels, y flipped: y0 = 5.
    drawTrace(b, [0, 2, 3, 5], [5, 5, 0, 0], 4, { x0: 0, sx: 1, y0: 5, sy: 1 }, 1, 2);
    expect(lit(b)).toEqual(['####..', '####..', '..##..', '..##..', '..##..', '..####']);
  });

  it('breaks the line at NaN and clips what lies outside', () => {
    const b = bitmap(12, 4);
    const xs = [-5, 1, 3, 6, 20];
    drawTrace(b, xs, [1, 1, Number.NaN, 1, 1], 5, { x0: 0, sx: 1, y0: 3, sy: 1 }, 7, 1);
    expect(lit(b)).toEqual(['............', '............', '##....######', '............']);
    expect(b.pixels.filter((p) => p !== 0 && p !== 7)).toHaveLength(0);
  });
});
