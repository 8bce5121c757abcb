/**
 * Probe data as files. Both name the circuit, its simulation settings and the units first:
 * CSV in `#` comment lines above one row per held step, JSON in a `header` object above the
 * layout `spikeboard run --format json` writes (engine/cli/format.ts), so the same readers work.
 * Values are the engine's float32 numbers, written exactly (widened to doubles).
 */
import type { ProbeData, ProbeDataset } from './probeData';

export const DATA_FORMAT = 'spikeboard-probe-data';
export const DATA_FORMAT_VERSION = 1;

const UNITS = {
  time: 'ms',
  v: 'dimensionless (as in Norse)',
  i: 'dimensionless (as in Norse)',
  spikes: 'indices of the neurons that fired in the step',
} as const;

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A value in a `#` comment line: JSON-quoted, so a name with line breaks stays on its line. */
function quoted(text: string): string {
  return JSON.stringify(text);
}

function timeMs(dataset: ProbeDataset, row: number): string {
  return String(Number(((dataset.fromStep + row) * dataset.dtMs).toPrecision(12)));
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

interface Column {
  name: string;
  describe: string;
  cell(row: number): string;
}

function columnsOf(dataset: ProbeDataset): Column[] {
  return dataset.probes.flatMap((probe): Column[] => {
    if (probe.variable === 'spikes') {
      // One cell per step: the neurons that fired then, separated by spaces.
      const byRow = new Map<number, number[]>();
      for (let k = 0; k < probe.spikeSteps.length; k++) {
        const row = probe.spikeSteps[k]! - dataset.fromStep;
        const list = byRow.get(row);
        if (list === undefined) byRow.set(row, [probe.spikeNeurons[k]!]);
        else list.push(probe.spikeNeurons[k]!);
      }
      return [
        {
          name: `${probe.id}:spikes`,
          describe: `${quoted(probe.label)}, ${count(probe.neurons.length, 'neuron')} of ${quoted(probe.target)}; ${UNITS.spikes}`,
          cell: (row) => byRow.get(row)?.join(' ') ?? '',
        },
      ];
    }
    return probe.neurons.map((neuron, k) => ({
      name: `${probe.id}:${probe.variable}:${neuron}`,
      describe: `${quoted(probe.label)}, neuron ${neuron} of ${quoted(probe.target)}; ${UNITS[probe.variable]}`,
      cell: (row) => String(probe.values[k]![row]),
    }));
  });
}

function headerLines(dataset: ProbeDataset, columns: readonly Column[]): string[] {
  const s = dataset.simulation;
  const lines = [
    `${DATA_FORMAT} ${DATA_FORMAT_VERSION}`,
    `circuit: ${quoted(dataset.circuit)}`,
    `simulation: dtMs=${s.dtMs} durationMs=${s.durationMs} inputOrder=${s.inputOrder} seed=${s.seed}`,
    `backend: ${dataset.backend ?? 'unknown'}`,
    `steps: ${dataset.steps} from step ${dataset.fromStep} (t = ${timeMs(dataset, 0)} ms)`,
    `units: time_ms in ${UNITS.time}; v and i ${UNITS.v}; spikes columns list ${UNITS.spikes}`,
  ];
  for (const column of columns) lines.push(`column ${column.name}: ${column.describe}`);
  for (const probe of dataset.probes) lines.push(...probeNotes(probe, dataset.dtMs));
  return lines.map((line) => `# ${line}`);
}

function probeNotes(probe: ProbeData, dtMs: number): string[] {
  if (probe.variable === 'spikes') {
    return probe.completeFromStep > 0
      ? [`note: ${probe.id} dropped spikes before t = ${probe.completeFromStep * dtMs} ms`]
      : [];
  }
  return probe.neuronsNotKept > 0
    ? [`note: ${probe.id} keeps its first ${probe.neurons.length} traces`]
    : [];
}

/** `#` header lines, the column names, then one row per held step. */
export function probeDataCsv(dataset: ProbeDataset): string {
  const columns = columnsOf(dataset);
  const lines = headerLines(dataset, columns);
  lines.push(['time_ms', ...columns.map((c) => c.name)].map(csvCell).join(','));
  for (let row = 0; row < dataset.steps; row++) {
    const cells = [timeMs(dataset, row)];
    for (const column of columns) cells.push(column.cell(row));
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** The JSON layout of `spikeboard run --format json`, with a header object in front. */
export function probeDataJson(dataset: ProbeDataset): string {
  const file = {
    header: {
      format: DATA_FORMAT,
      version: DATA_FORMAT_VERSION,
      circuit: dataset.circuit,
      simulation: dataset.simulation,
      backend: dataset.backend,
      fromStep: dataset.fromStep,
      steps: dataset.steps,
      units: UNITS,
    },
    circuit: dataset.circuit,
    backend: dataset.backend ?? 'unknown',
    dtMs: dataset.dtMs,
    steps: dataset.steps,
    inputOrder: dataset.simulation.inputOrder,
    probes: dataset.probes.map((probe) => {
      const common = {
        id: probe.id,
        label: probe.label,
        target: probe.target,
        variable: probe.variable,
        unit: probe.unit,
        neurons: probe.neurons,
      };
      if (probe.variable !== 'spikes') {
        return { ...common, values: probe.values.map((trace) => Array.from(trace)) };
      }
      // Per neuron, as the runner writes them: the steps at which it fired.
      const position = new Map(probe.neurons.map((neuron, k) => [neuron, k]));
      const spikeSteps: number[][] = probe.neurons.map(() => []);
      for (let k = 0; k < probe.spikeSteps.length; k++) {
        const at = position.get(probe.spikeNeurons[k]!);
        if (at !== undefined) spikeSteps[at]!.push(probe.spikeSteps[k]!);
      }
      return { ...common, spikeSteps };
    }),
  };
  return `${JSON.stringify(file)}\n`;
}
