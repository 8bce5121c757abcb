/** Numbers as a reader wants them on a card or a label: short, exact where it is short. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-3) return value.toExponential(2).replace(/\.?0+e/, 'e');
  return String(Number(value.toPrecision(4)));
}

/** A per-neuron value: "40", or "10–40" when the neurons differ. */
export function formatPerNeuron(value: number | readonly number[]): string {
  if (typeof value === 'number') return formatNumber(value);
  const low = Math.min(...value);
  const high = Math.max(...value);
  return low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
}

/** "20, 85, 150" — at most `max` numbers, then "… (12 in all)". */
export function formatList(values: readonly number[], max = 4): string {
  if (values.length === 0) return 'none';
  const shown = values.slice(0, max).map(formatNumber).join(', ');
  return values.length > max ? `${shown}, … (${values.length} in all)` : shown;
}
