import type { SimulationResult } from '../backends/types';

/** The `spikeboard run --format json` layout; exported scripts (issue 6) write the same. */
export interface TraceFile {
  circuit: string;
  backend: string;
  dtMs: number;
  steps: number;
  inputOrder: string;
  probes: {
    id: string;
    label: string;
    target: string;
    variable: string;
    neurons: number[];
    values?: number[][];
    spikeSteps?: number[][];
  }[];
}

export function toTraceFile(name: string, backend: string, result: SimulationResult): TraceFile {
  return {
    circuit: name,
    backend,
    dtMs: result.dtMs,
    steps: result.steps,
    inputOrder: result.inputOrder,
    probes: result.probes.map((probe) => ({
      id: probe.probeId,
      label: probe.label,
      target: probe.targetId,
      variable: probe.variable,
      neurons: probe.neurons,
      // Float32 values widen to doubles exactly, so the JSON holds the engine's bits.
      ...(probe.values ? { values: probe.values.map((trace) => Array.from(trace)) } : {}),
      ...(probe.spikeSteps ? { spikeSteps: probe.spikeSteps } : {}),
    })),
  };
}

export function formatJson(file: TraceFile): string {
  return `${JSON.stringify(file)}\n`;
}

/** Time in ms, then one column per probed neuron (`probeId:variable:neuron`); spikes as 0/1. */
export function formatCsv(result: SimulationResult): string {
  const header = ['time_ms'];
  const columns: ((step: number) => string)[] = [];
  for (const probe of result.probes) {
    probe.neurons.forEach((neuron, k) => {
      header.push(csvField(`${probe.probeId}:${probe.variable}:${neuron}`));
      const values = probe.values?.[k];
      if (values) {
        columns.push((step) => String(values[step]));
      } else {
        const spiking = new Set(probe.spikeSteps?.[k] ?? []);
        columns.push((step) => (spiking.has(step) ? '1' : '0'));
      }
    });
  }
  const lines = [header.join(',')];
  for (let step = 0; step < result.steps; step += 1) {
    const timeMs = Number((step * result.dtMs).toPrecision(12));
    lines.push([String(timeMs), ...columns.map((column) => column(step))].join(','));
  }
  return `${lines.join('\n')}\n`;
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
