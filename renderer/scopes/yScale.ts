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
