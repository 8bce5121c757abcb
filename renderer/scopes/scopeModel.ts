/**
 * What a trace pane shows: one trace per probed neuron of its `v` and `i` probes (the first
 * `maxTraces` of each), a dashed threshold line per distinct vTh of the probed LIF neurons, and
 * red markers at the input spikes that feed the probed populations (as in the seed notebook).
 */
import type { ProbeInfo } from '../../engine/protocol/messages';
import type { CircuitDocument, CircuitNode, PerNeuron, SpikeTimesNode } from '../../engine/schema';
import { familyColor, thresholdColor } from './scopeColors';

export interface TraceSeriesSpec {
  kind: 'trace';
  label: string;
  color: string;
  probeId: string;
  targetId: string;
  targetKind: CircuitNode['kind'];
  variable: 'v' | 'i';
  /** The neuron's index in its population. */
  neuron: number;
  /** Its position in the probe's `neurons` (which of the probe's arrays holds it). */
  neuronIndex: number;
}

export interface ThresholdSeriesSpec {
  kind: 'threshold';
  label: string;
  color: string;
  dash: number[];
  targetId: string;
  value: number;
}

export type ScopeSeriesSpec = TraceSeriesSpec | ThresholdSeriesSpec;

export interface ScopeModel {
  title: string;
  xLabel: string;
  yLabel: string;
  series: ScopeSeriesSpec[];
  /** Input spike times in ms, sorted, each once. */
  markersMs: number[];
}

export const THRESHOLD_DASH = [6, 4];

/** Potentials and currents are dimensionless, as in Norse. */
const Y_LABELS: Record<'v' | 'i', string> = {
  v: 'v (dimensionless)',
  i: 'i (dimensionless)',
};

/** What makes a uPlot instance obsolete: series added, removed, relabelled or recoloured. */
export function structureKey(model: ScopeModel): string {
  return JSON.stringify([
    model.title,
    model.yLabel,
    model.series.map((s) => [
      s.kind,
      s.label,
      s.color,
      s.kind === 'trace' ? [s.probeId, s.neuronIndex] : s.targetId,
    ]),
  ]);
}

function valueFor(param: PerNeuron, neuron: number): number {
  return typeof param === 'number' ? param : (param[neuron] ?? Number.NaN);
}

export function buildTraceModel(
  document: CircuitDocument,
  probes: readonly ProbeInfo[],
  title = 'membrane potential',
  maxTraces = Infinity,
): ScopeModel {
  const nodes = new Map(document.nodes.map((node) => [node.id, node]));
  const traces: TraceSeriesSpec[] = [];
  const thresholds: ThresholdSeriesSpec[] = [];
  const probedTargets = new Set<string>();
  const familyCounts = new Map<string, number>();

  for (const probe of probes) {
    const variable = probe.variable;
    if (variable === 'spikes') continue;
    const target = nodes.get(probe.targetId);
    if (target === undefined) continue;
    probedTargets.add(target.id);
    probe.neurons.slice(0, maxTraces).forEach((neuron, neuronIndex) => {
      const shade = familyCounts.get(target.kind) ?? 0;
      familyCounts.set(target.kind, shade + 1);
      traces.push({
        kind: 'trace',
        label: `${variable} · ${target.label} · neuron ${neuron}`,
        color: familyColor(target.kind, shade),
        probeId: probe.probeId,
        targetId: target.id,
        targetKind: target.kind,
        variable,
        neuron,
        neuronIndex,
      });
      if (target.kind !== 'lif' || variable !== 'v') return;
      const value = valueFor(target.params.vTh, neuron);
      const known = thresholds.some((t) => t.targetId === target.id && t.value === value);
      if (!known && Number.isFinite(value)) {
        thresholds.push({
          kind: 'threshold',
          label: `vTh · ${target.label}`,
          color: thresholdColor(),
          dash: THRESHOLD_DASH,
          targetId: target.id,
          value,
        });
      }
    });
  }

  // Spiking populations are drawn last (on top): where an LI and a LIF trace coincide until the
  // first spike, the LIF's stays visible, as in the seed notebook (LI plotted first, then LIF).
  traces.sort((p, q) => drawRank(p.targetKind) - drawRank(q.targetKind));
  const variables = new Set(traces.map((t) => t.variable));
  return {
    title,
    xLabel: 'time [ms]',
    yLabel: [...variables].map((v) => Y_LABELS[v]).join(', ') || 'value',
    series: [...traces, ...thresholds],
    markersMs: inputSpikeTimesMs(document, probedTargets),
  };
}

function drawRank(kind: CircuitNode['kind']): number {
  return kind === 'lif' ? 1 : 0;
}

/** Spike times of the explicit-time generators projecting into any of `targets`, within the run. */
function inputSpikeTimesMs(document: CircuitDocument, targets: ReadonlySet<string>): number[] {
  const generators = new Map<string, SpikeTimesNode>();
  for (const node of document.nodes) if (node.kind === 'spikeTimes') generators.set(node.id, node);
  const times = new Set<number>();
  for (const edge of document.edges) {
    if (edge.kind !== 'projection' || !targets.has(edge.target)) continue;
    const generator = generators.get(edge.source);
    for (const neuronTimes of generator?.spikeTimesMs ?? []) {
      for (const timeMs of neuronTimes) {
        if (timeMs >= 0 && timeMs < document.simulation.durationMs) times.add(timeMs);
      }
    }
  }
  return [...times].sort((a, b) => a - b);
}
