/**
 * Test helpers for the shipped examples: open one as the app does (parse the file's text), run
 * it on the exact reference backend (or on wasm-simd, which is bit-for-bit the same, for the
 * networks of thousands of neurons), and read spikes and traces by probe id.
 */
import type { ExampleName } from '../../../assets/examples/catalog';
import { EXAMPLE_TEXTS } from '../../../assets/examples/texts';
import { compile } from '../../compile';
import type { Plan } from '../../compile/types';
import { parseCircuitJson, type CircuitDocument } from '../../schema';
import { simulate } from '../reference';
import { createSimdRunner } from '../simd/runner';
import type { SampleChunk } from '../types';

export function example(name: ExampleName): CircuitDocument {
  const parsed = parseCircuitJson(EXAMPLE_TEXTS[name]);
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
  return parsed.document;
}

/** A deep copy to edit in a test ("what if the inhibition were off?"). */
export function edited(doc: CircuitDocument, edit: (copy: CircuitDocument) => void) {
  const copy = JSON.parse(JSON.stringify(doc)) as CircuitDocument;
  edit(copy);
  return copy;
}

export function setWeight(doc: CircuitDocument, edgeId: string, weight: number): void {
  const edge = doc.edges.find((e) => e.id === edgeId);
  if (edge?.kind !== 'projection' || edge.rule.type === 'matrix') throw new Error(edgeId);
  edge.rule.weight = weight;
}

export function planOf(doc: CircuitDocument | Plan): Plan {
  if (!('formatVersion' in doc)) return doc;
  const compiled = compile(doc);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
  return compiled.plan;
}

export interface Recording {
  dtMs: number;
  steps: number;
  /** Spike steps per neuron, by probe id. */
  spikes: (probeId: string) => number[][];
  /** v or i traces per neuron, by probe id. */
  values: (probeId: string) => Float32Array[];
}

function recording(plan: Plan, steps: number, chunk: Pick<SampleChunk, 'probes'>): Recording {
  const index = (probeId: string) => {
    const k = plan.probes.findIndex((p) => p.probeId === probeId);
    if (k < 0) throw new Error(`no probe ${probeId}`);
    return k;
  };
  return {
    dtMs: plan.dtMs,
    steps,
    spikes: (id) => chunk.probes[index(id)]!.spikeSteps ?? [],
    values: (id) => chunk.probes[index(id)]!.values ?? [],
  };
}

/** The exact reference backend, for the run length of the file (or `steps`); a compiled plan too. */
export function runReference(doc: CircuitDocument | Plan, steps?: number): Recording {
  const plan = planOf(doc);
  const result = simulate(plan, steps ?? plan.steps);
  return recording(plan, result.steps, { probes: result.probes });
}

/** wasm-simd: exact like the reference (engine/backends/conformance), fast on large networks. */
export async function runSimd(doc: CircuitDocument | Plan, steps?: number): Promise<Recording> {
  const plan = planOf(doc);
  const runner = await createSimdRunner(plan);
  const n = steps ?? plan.steps;
  return recording(plan, n, runner.advance(n));
}

export const spikeCount = (lists: number[][], fromStep = 0, toStep = Infinity): number =>
  lists.reduce((sum, l) => sum + l.filter((s) => s >= fromStep && s < toStep).length, 0);

/** Mean rate in Hz per neuron over [fromStep, toStep). */
export function rateHz(rec: Recording, probeId: string, fromStep = 0, toStep = rec.steps) {
  const lists = rec.spikes(probeId);
  const seconds = ((toStep - fromStep) * rec.dtMs) / 1000;
  return spikeCount(lists, fromStep, toStep) / lists.length / seconds;
}

export function maxOf(values: Float32Array, fromStep = 0, toStep = values.length): number {
  let max = -Infinity;
  for (let k = fromStep; k < toStep; k++) max = Math.max(max, values[k]!);
  return max;
}
