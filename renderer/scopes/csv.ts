/** A pane's data as CSV text: exact float32 values, one row per step or per spike. */

function cell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface CsvColumn {
  label: string;
  values: ArrayLike<number>;
}

/** `time_ms` and one column per trace; every column has `timeMs.length` rows. */
export function tracesCsv(timeMs: ArrayLike<number>, columns: readonly CsvColumn[]): string {
  const lines = [['time_ms', ...columns.map((c) => c.label)].map(cell).join(',')];
  for (let row = 0; row < timeMs.length; row++) {
    const parts = [String(timeMs[row])];
    for (const column of columns) parts.push(String(column.values[row]));
    lines.push(parts.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** One row per spike: its time and the neuron's index in its population. */
export function spikesCsv(timeMs: ArrayLike<number>, neurons: ArrayLike<number>): string {
  const lines = ['time_ms,neuron'];
  for (let k = 0; k < timeMs.length; k++) lines.push(`${timeMs[k]},${neurons[k]}`);
  return `${lines.join('\n')}\n`;
}

/** A file name from a title: letters, digits and dashes. */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return stem || 'scope';
}
