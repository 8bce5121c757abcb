/**
 * All probe data the scopes hold, gathered from the sample store for export: every held trace of
 * every v and i probe, every spike of every spike probe, over the steps the store holds, with
 * the circuit's name and simulation settings. The writers (dataWriters.ts) turn it into CSV or
 * JSON; nothing here touches the DOM.
 */
import type { ProbeInfo } from '../../engine/protocol/messages';
import type { CircuitDocument, SimulationSettings } from '../../engine/schema';
import type { SampleStore } from '../sim/sampleStore';
import { NothingToExport } from './nothingToExport';

export type ProbeUnit = 'dimensionless' | 'neuron index';

export interface TraceProbeData {
  id: string;
  label: string;
  target: string;
  variable: 'v' | 'i';
  unit: 'dimensionless';
  /** The neurons whose traces are held (a large population keeps its first ones). */
  neurons: number[];
  /** Neurons the probe records whose traces the window does not keep. */
  neuronsNotKept: number;
  /** values[k][j]: neuron `neurons[k]` at step `fromStep + j`. */
  values: Float32Array[];
}

export interface SpikeProbeData {
  id: string;
  label: string;
  target: string;
  variable: 'spikes';
  unit: 'neuron index';
  neurons: number[];
  /** Spikes in step order: the step and the neuron (its index in the population). */
  spikeSteps: Int32Array;
  spikeNeurons: Int32Array;
  /** Spikes before this step were dropped by the window's spike budget (0: none dropped). */
  completeFromStep: number;
}

export type ProbeData = TraceProbeData | SpikeProbeData;

export interface ProbeDataset {
  circuit: string;
  simulation: SimulationSettings;
  backend: string | null;
  /** The held steps: [fromStep, fromStep + steps). */
  fromStep: number;
  steps: number;
  dtMs: number;
  probes: ProbeData[];
}

export function gatherProbeData(
  samples: SampleStore,
  document: CircuitDocument | null,
  backend: string | null,
): ProbeDataset {
  if (document === null || samples.endStep <= samples.startStep) {
    throw new NothingToExport('Nothing has been simulated yet: run the circuit first.');
  }
  if (samples.probes.length === 0) {
    throw new NothingToExport('The circuit has no probes: attach a probe to record something.');
  }
  const fromStep = samples.startStep;
  const steps = samples.endStep - fromStep;
  return {
    circuit: document.name,
    simulation: { ...document.simulation },
    backend,
    fromStep,
    steps,
    dtMs: samples.dtMs,
    probes: samples.probes.map((probe) => probeData(samples, probe, fromStep, steps)),
  };
}

function probeData(
  samples: SampleStore,
  probe: ProbeInfo,
  fromStep: number,
  steps: number,
): ProbeData {
  const common = { id: probe.probeId, label: probe.label, target: probe.targetId };
  if (probe.variable === 'spikes') {
    const log = samples.spikes(probe.probeId);
    const [first, last] = log === null ? [0, 0] : log.range(fromStep, fromStep + steps);
    const spikeSteps = new Int32Array(last - first);
    const spikeNeurons = new Int32Array(last - first);
    for (let k = first; k < last; k++) {
      spikeSteps[k - first] = log!.stepAt(k);
      spikeNeurons[k - first] = probe.neurons[log!.neuronAt(k)] ?? -1;
    }
    return {
      ...common,
      variable: 'spikes',
      unit: 'neuron index',
      neurons: [...probe.neurons],
      spikeSteps,
      spikeNeurons,
      completeFromStep: log?.completeFromStep ?? 0,
    };
  }
  const held = samples.traceCount(probe.probeId);
  const values = Array.from({ length: held }, (_, k) => {
    const out = new Float32Array(steps);
    samples.trace(probe.probeId, k)?.copy(fromStep, fromStep + steps, out, 0);
    return out;
  });
  return {
    ...common,
    variable: probe.variable,
    unit: 'dimensionless',
    neurons: probe.neurons.slice(0, held),
    neuronsNotKept: probe.neurons.length - held,
    values,
  };
}
