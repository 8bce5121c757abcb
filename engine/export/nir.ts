/**
 * Circuit → NIR graph (https://github.com/neuromorphs/NIR), the neuromorphic intermediate
 * representation read by Norse, snnTorch, Lava, SpiNNaker2 and others.
 *
 * Mapping (continuous-time NIR, seconds):
 * - a LIF population → CubaLIF: tau_mem = τmem, tau_syn = τsyn (s), r = 1, v_leak, v_threshold
 *   = vTh, v_reset, w_in = 1; an LI population → CubaLI (the same without threshold);
 * - a generator → Input (shape [size]; its kind, rate or spike trains in the node's metadata);
 * - a projection → Linear with weight[post, pre], through a Delay node when the edge has a
 *   delay (delaySteps · dt seconds); every probed population → Output.
 *
 * The scaling that makes the traces agree: NIR writes the synapse as
 * τ_syn·dI/dt = −I + w_in·S with S a train of Dirac spikes, so a spike raises I by
 * w_in·W/τ_syn; Spikeboard (Norse) raises i by W. Each Linear weight is therefore W·τ_syn of
 * its target neuron (in seconds), which gives the engine's jump of exactly W; the membrane
 * τ_mem·dv/dt = (v_leak − v) + r·I with r = 1 is Norse's dv/dt = τmem⁻¹·((vLeak − v) + i).
 * A loop's one-step delay and the input order (norse-1.1 or norse-0.0.7) are properties of the
 * discrete time step, not of the graph; the graph's metadata records dt and the order.
 */
import type { CircuitDocument } from '../schema';
import {
  buildExportModel,
  type CurrentSource,
  type ExportModel,
  type SpikeSource,
  type Values,
} from './model';

/** What a NIR node holds: its type and parameter arrays (float32) or shapes (int). */
export type NirValue = string | Float32Array | Int32Array | number;

export interface NirNode {
  type: 'Input' | 'Output' | 'CubaLIF' | 'CubaLI' | 'Linear' | 'Delay';
  params: Record<string, NirValue>;
  /** Shapes of parameters that are not vectors (Linear's weight is [post, pre]). */
  shapes?: Record<string, number[]>;
  metadata?: Record<string, NirValue>;
}

export interface NirGraph {
  nodes: Map<string, NirNode>;
  edges: [string, string][];
  metadata: Record<string, NirValue>;
}

/** The NIR format version this layout follows (nir/serialization.py of NIR 1.0). */
export const NIR_VERSION = '1.0.0';

function expand(values: Values, size: number, map: (v: number) => number = (v) => v) {
  return Float32Array.from({ length: size }, (_, k) =>
    map(typeof values === 'number' ? values : values[k]!),
  );
}

/** A node name HDF5 accepts as one path component. */
function safe(name: string): string {
  return name.replaceAll('/', '∕');
}

function inputNode(source: SpikeSource | CurrentSource, dtMs: number): NirNode {
  const metadata: Record<string, NirValue> =
    source.kind === 'spikes'
      ? {
          label: source.label,
          signal: 'spikes',
          dt_s: dtMs / 1000,
          spike_neurons: Int32Array.from(source.neurons),
          spike_steps: Int32Array.from(source.steps),
        }
      : {
          label: source.label,
          signal: 'constant current, added to the target current every step',
          dt_s: dtMs / 1000,
          amplitude: source.amplitude,
          start_step: source.startStep,
          stop_step: source.stopStep ?? -1,
        };
  return { type: 'Input', params: { shape: Int32Array.of(source.size) }, metadata };
}

/** The circuit as a NIR graph (pure: no HDF5 here). */
export function buildNirGraph(model: ExportModel): NirGraph {
  const nodes = new Map<string, NirNode>();
  const edges: [string, string][] = [];
  const sourceName = new Map<string, string>();
  for (const source of model.sources) {
    const name = safe(`input_${source.id}`);
    nodes.set(name, inputNode(source, model.dtMs));
    sourceName.set(source.id, name);
  }
  const tauSynS = new Map<string, Float32Array>();
  for (const p of model.populations) {
    const name = safe(p.id);
    sourceName.set(p.id, name);
    const tauSyn = expand(p.tauSynMs, p.size, (t) => t / 1000);
    tauSynS.set(p.id, tauSyn);
    const params: Record<string, NirValue> = {
      tau_mem: expand(p.tauMemMs, p.size, (t) => t / 1000),
      tau_syn: tauSyn,
      r: expand(1, p.size),
      v_leak: expand(p.vLeak, p.size),
      w_in: expand(1, p.size),
    };
    if (p.kind === 'lif') {
      params.v_threshold = expand(p.vTh, p.size);
      params.v_reset = expand(p.vReset, p.size);
    }
    nodes.set(name, {
      type: p.kind === 'lif' ? 'CubaLIF' : 'CubaLI',
      params,
      metadata: { label: p.label, v_init: expand(p.vInit, p.size) },
    });
  }
  for (const p of model.projections) {
    const name = safe(`linear_${p.id}`);
    const tauSyn = tauSynS.get(p.target)!;
    const weight = new Float32Array(p.targetSize * p.sourceSize);
    p.pre.forEach((pre, k) => {
      const post = p.post[k]!;
      weight[post * p.sourceSize + pre] = p.w[k]! * tauSyn[post]!;
    });
    nodes.set(name, {
      type: 'Linear',
      params: { weight },
      shapes: { weight: [p.targetSize, p.sourceSize] },
    });
    edges.push([sourceName.get(p.source)!, name]);
    const extraSteps = p.delaySteps - (p.closesLoop ? 1 : 0);
    if (extraSteps > 0) {
      const delayName = safe(`delay_${p.id}`);
      const delay = expand((extraSteps * model.dtMs) / 1000, p.targetSize);
      nodes.set(delayName, { type: 'Delay', params: { delay } });
      edges.push([name, delayName], [delayName, sourceName.get(p.target)!]);
    } else {
      edges.push([name, sourceName.get(p.target)!]);
    }
  }
  const probed = new Set(model.probes.map((p) => p.target));
  for (const p of model.populations) {
    if (!probed.has(p.id)) continue;
    const name = safe(`output_${p.id}`);
    nodes.set(name, { type: 'Output', params: { shape: Int32Array.of(p.size) } });
    edges.push([sourceName.get(p.id)!, name]);
  }
  return {
    nodes,
    edges,
    metadata: {
      circuit: model.name,
      source: 'Spikeboard',
      dt_s: model.dtMs / 1000,
      steps: model.steps,
      input_order: model.inputOrder,
      weight_scaling:
        'Linear.weight = W * tau_syn of the target neuron, so a Dirac spike raises I by W',
    },
  };
}

/** The NIR graph of a circuit document (compiled by the engine). */
export function nirGraphOf(doc: CircuitDocument): NirGraph {
  return buildNirGraph(buildExportModel(doc));
}
