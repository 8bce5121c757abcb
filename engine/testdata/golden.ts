/**
 * Typed access to the golden traces copied from Norse runs (see golden/README.md).
 * Imported as JSON modules so no file system is needed.
 */
import golden007 from './golden/norse-0.0.7-notebook.json';
import golden11 from './golden/norse-1.1-notebook.json';
import type { InputOrder } from '../schema/types';

export interface GoldenPopulation {
  v: number[];
  i?: number[];
  spikeSteps?: number[];
}

export interface GoldenCase {
  name: string;
  dtMs: number;
  steps: number;
  params: {
    tauSynMs: number;
    tauMemMs: number;
    vLeak: number;
    vTh?: number;
    vReset?: number;
    tau_syn_inv?: number;
    tau_mem_inv?: number;
  };
  input: { spikeSteps?: number[]; weight?: number; constant?: number };
  li?: GoldenPopulation;
  lif?: GoldenPopulation;
}

export interface GoldenFile {
  order: InputOrder;
  cases: GoldenCase[];
}

export const GOLDEN: readonly GoldenFile[] = [
  golden11 as unknown as GoldenFile,
  golden007 as unknown as GoldenFile,
];

export function goldenCase(order: InputOrder, name: string): GoldenCase {
  const file = GOLDEN.find((g) => g.order === order);
  const found = file?.cases.find((c) => c.name === name);
  if (!found) throw new Error(`no golden case ${name} for ${order}`);
  return found;
}

/** Indices where a float32 trace differs from the golden doubles (compared exactly). */
export function mismatches(actual: Float32Array, expected: readonly number[]): number[] {
  const bad: number[] = [];
  if (actual.length !== expected.length) return [-1];
  for (let k = 0; k < expected.length; k++) if (actual[k] !== expected[k]) bad.push(k);
  return bad;
}

/** Largest absolute difference between a float32 trace and the golden doubles. */
export function maxAbsError(actual: Float32Array, expected: readonly number[]): number {
  let max = 0;
  for (let k = 0; k < expected.length; k++)
    max = Math.max(max, Math.abs(actual[k]! - expected[k]!));
  return max;
}
