/** The y range of a pane: fitted to what is shown (with a margin), or fixed by the user. */
export type YScale = { mode: 'auto' } | { mode: 'fixed'; min: number; max: number };

export function yRangeOf(scale: YScale, columns: readonly ArrayLike<number>[]): [number, number] {
  if (scale.mode === 'fixed') return [scale.min, scale.max];
  let min = Infinity;
  let max = -Infinity;
  for (const column of columns) {
    for (let k = 0; k < column.length; k++) {
      const v = column[k]!;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  const span = max - min;
  const margin = span > 0 ? span * 0.06 : Math.max(Math.abs(max) * 0.1, 0.5);
  return [min - margin, max + margin];
}

/**
 * The value range while a run streams: it stays put while the data fits it and fills at least
 * half of it, and otherwise moves to the fitted range rounded outwards to a tenth of its
 * magnitude (a scrolling pane keeps its bitmap only while its value scale stands still, and a
 * scale that twitches in every frame cannot be read).
 */
export function followYRange(
  scale: YScale,
  current: readonly [number, number] | null,
  columns: readonly ArrayLike<number>[],
): [number, number] {
  if (scale.mode === 'fixed') return [scale.min, scale.max];
  const [lo, hi] = yRangeOf(scale, columns);
  if (
    current !== null &&
    lo >= current[0] &&
    hi <= current[1] &&
    2 * (hi - lo) >= current[1] - current[0]
  )
    return [current[0], current[1]];
  const step = 10 ** Math.floor(Math.log10(hi - lo)) / 10;
  const snap = (v: number) => +v.toPrecision(12);
  return [snap(Math.floor(lo / step) * step), snap(Math.ceil(hi / step) * step)];
}
