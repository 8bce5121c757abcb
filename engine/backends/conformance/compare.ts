/**
 * Compares a backend's samples with the reference's: spike steps must be identical, v and i
 * within the backend's tolerance, maxAbs + maxRel·|reference| (NaN only where the reference has
 * NaN).
 */
import type { Plan } from '../../compile/types';
import type { SampleChunk, Tolerance } from '../types';

export interface Comparison {
  /** Largest |value − reference| over every probed sample (0 for an exact backend). */
  maxAbsError: number;
  /** The first disagreement beyond tolerance, in words; null when they agree. */
  problem: string | null;
}

export function compareChunks(
  plan: Plan,
  reference: SampleChunk,
  actual: SampleChunk,
  tolerance: Tolerance,
): Comparison {
  let maxAbsError = 0;
  if (actual.stepCount !== reference.stepCount || actual.startStep !== reference.startStep) {
    return {
      maxAbsError: Infinity,
      problem: `ran steps ${actual.startStep}+${actual.stepCount}, expected ${reference.startStep}+${reference.stepCount}`,
    };
  }
  for (let k = 0; k < plan.probes.length; k++) {
    const probe = plan.probes[k]!;
    const want = reference.probes[k]!;
    const got = actual.probes[k];
    const where = (j: number) =>
      `probe ${probe.probeId} (${probe.variable} of ${probe.targetId}) neuron ${probe.neurons[j]}`;
    if (!got || got.probeId !== probe.probeId)
      return { maxAbsError, problem: `probe ${probe.probeId} missing` };
    if (want.spikeSteps) {
      for (let j = 0; j < want.spikeSteps.length; j++) {
        const a = want.spikeSteps[j]!;
        const b = got.spikeSteps?.[j] ?? [];
        if (a.length !== b.length || a.some((step, q) => step !== b[q])) {
          return {
            maxAbsError,
            problem: `${where(j)}: spike steps [${b.slice(0, 12).join(', ')}] but the reference has [${a.slice(0, 12).join(', ')}]`,
          };
        }
      }
      continue;
    }
    for (let j = 0; j < want.values!.length; j++) {
      const a = want.values![j]!;
      const b = got.values?.[j];
      if (!b || b.length !== a.length) return { maxAbsError, problem: `${where(j)}: wrong length` };
      for (let s = 0; s < a.length; s++) {
        const ra = a[s]!;
        const rb = b[s]!;
        if (Number.isNaN(ra) || Number.isNaN(rb)) {
          if (Number.isNaN(ra) && Number.isNaN(rb)) continue;
          return {
            maxAbsError: Infinity,
            problem: `${where(j)} step ${reference.startStep + s}: ${rb}, reference ${ra}`,
          };
        }
        const error = ra === rb ? 0 : Math.abs(ra - rb);
        if (error > maxAbsError) maxAbsError = error;
        const allowed = tolerance.maxAbs + tolerance.maxRel * Math.abs(ra);
        if (!(error <= allowed)) {
          return {
            maxAbsError,
            problem: `${where(j)} step ${reference.startStep + s}: ${rb}, reference ${ra} (|error| ${error.toExponential(3)} > ${allowed.toExponential(3)})`,
          };
        }
      }
    }
  }
  return { maxAbsError, problem: null };
}
