/**
 * Test helper: an exported script's trace file against the reference engine's run of the same
 * circuit — the same probes, neurons and spike steps, potentials within `tolerance`.
 */
import { expect } from 'vitest';
import { simulate } from '../backends/reference/simulate';
import { compile } from '../compile';
import { parseCircuitJson, type CircuitDocument } from '../schema';

export interface TraceFileLike {
  backend: string;
  steps: number;
  dtMs: number;
  inputOrder: string;
  probes: { id: string; neurons: number[]; values?: number[][]; spikeSteps?: number[][] }[];
}

export function exampleDocument(text: string): CircuitDocument {
  const parsed = parseCircuitJson(text);
  if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
  return parsed.document;
}

/** Compares and returns the largest difference seen. */
export function expectSameTraces(
  name: string,
  doc: CircuitDocument,
  file: TraceFileLike,
  backend: string,
  tolerance: number,
): number {
  const compiled = compile(doc);
  if (!compiled.ok) throw new Error(`${name} does not compile`);
  const reference = simulate(compiled.plan);
  expect(file).toMatchObject({
    backend,
    steps: reference.steps,
    dtMs: reference.dtMs,
    inputOrder: reference.inputOrder,
  });
  expect(file.probes.map((p) => p.id)).toEqual(reference.probes.map((p) => p.probeId));
  let spikes = 0;
  let worst = 0;
  reference.probes.forEach((expected, k) => {
    const got = file.probes[k]!;
    expect(got.neurons, `${name} ${got.id}`).toEqual(expected.neurons);
    if (expected.spikeSteps) {
      expect(got.spikeSteps, `${name} ${got.id} spike steps`).toEqual(expected.spikeSteps);
      spikes += expected.spikeSteps.flat().length;
      return;
    }
    expected.values!.forEach((trace, n) => {
      const values = got.values![n]!;
      expect(values.length, `${name} ${got.id} steps`).toBe(trace.length);
      const diff = values.reduce((m, v, s) => Math.max(m, Math.abs(v - trace[s]!)), 0);
      expect(diff, `${name} ${got.id} neuron ${n}`).toBeLessThanOrEqual(tolerance);
      worst = Math.max(worst, diff);
    });
  });
  // A circuit with spike probes must actually spike, or the comparison proves little.
  if (reference.probes.some((p) => p.spikeSteps)) expect(spikes, name).toBeGreaterThan(0);
  return worst;
}
