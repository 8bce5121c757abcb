/**
 * Finds the first NaN or infinite value in a chunk's probed v and i samples, so the worker can
 * pause the run and name the population (instead of drawing garbage or hanging a scope).
 */
import type { SampleChunk } from '../backends/types';
import type { Plan } from '../compile';
import type { HaltedEvent } from '../protocol/messages';

export type NonFinite = Omit<HaltedEvent, 'kind' | 'requestId' | 'currentStep'>;

function describe(value: number): NonFinite['value'] {
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'Infinity' : '-Infinity';
}

/** The earliest non-finite sample of the chunk (ties: plan probe order, then neuron), or null. */
export function findNonFinite(plan: Plan, chunk: SampleChunk): NonFinite | null {
  let found: NonFinite | null = null;
  plan.probes.forEach((probe, k) => {
    if (probe.variable === 'spikes') return;
    const values = chunk.probes[k]?.values ?? [];
    values.forEach((trace, j) => {
      const limit = found === null ? chunk.stepCount : found.step - chunk.startStep;
      for (let s = 0; s < limit; s++) {
        const value = trace[s]!;
        if (Number.isFinite(value)) continue;
        const population = plan.populations.find((p) => p.nodeId === probe.targetId);
        found = {
          populationId: probe.targetId,
          populationLabel: population?.label ?? probe.targetId,
          probeId: probe.probeId,
          variable: probe.variable as 'v' | 'i',
          neuron: probe.neurons[j]!,
          step: chunk.startStep + s,
          value: describe(value),
        };
        return;
      }
    });
  });
  return found;
}
