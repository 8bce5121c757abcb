/**
 * A population whose every input is a regular or constant-current generator through one weight
 * (all-to-all with equal weights, or one synapse per neuron with equal weights) receives the same
 * x in every neuron. Then x is summed on the CPU, exactly as the reference sums it (projections in
 * document order, fround(x + fround(value · w)) per synapse, zero values skipped), one value per
 * step, and the model kernel reads it: no gather kernel runs for that population.
 */
import type { GeneratorPlan, Plan, PopulationPlan } from '../../compile/types';
import { constantCurrentOn, regularFires } from '../../models/generators';

export interface UniformTerm {
  generator: number;
  delay: number;
  weight: number;
  /** Synapses per postsynaptic neuron (the source's size for all-to-all, 1 for one-to-one). */
  repeats: number;
}

/** The value every neuron of a regular or constant-current generator emits at step t. */
export function uniformGeneratorValue(g: GeneratorPlan, t: number, dtMs: number): number {
  if (g.kind === 'regular') return regularFires(t, g.periodMs, g.phaseMs, dtMs) ? 1 : 0;
  if (g.kind === 'constantCurrent')
    return constantCurrentOn(t, g.startStep, g.stopStep) ? g.amplitude : 0;
  throw new Error(`a ${g.kind} generator has one value per neuron`);
}

function allEqual(values: Float32Array): boolean {
  for (let k = 1; k < values.length; k++) if (!Object.is(values[k], values[0])) return false;
  return values.length > 0;
}

/** The terms of x when it is the same in every neuron of `pop`, else null. */
export function uniformInputTerms(plan: Plan, pop: PopulationPlan): UniformTerm[] | null {
  if (pop.inputs.length === 0) return null;
  const terms: UniformTerm[] = [];
  for (const j of pop.inputs) {
    const p = plan.projections[j]!;
    const generator = plan.generators.findIndex((g) => g.nodeId === p.sourceId);
    const g = plan.generators[generator];
    if (!g || (g.kind !== 'regular' && g.kind !== 'constantCurrent')) return null;
    const w = p.weights;
    if (!allEqual(w.weights)) return null;
    if (w.kind === 'sparse') {
      for (let post = 0; post < p.targetSize; post++) {
        if (w.rowStart[post + 1]! - w.rowStart[post]! !== 1) return null;
      }
    }
    terms.push({
      generator,
      delay: p.delaySteps,
      weight: w.weights[0]!,
      repeats: w.kind === 'dense' ? p.sourceSize : 1,
    });
  }
  return terms;
}

/** The generator `k` as it was at step t (a live edit changes generators from its step on). */
export type GeneratorAt = (k: number, t: number) => GeneratorPlan;

/** x at steps t0 … t0 + steps − 1. */
export function uniformInputTable(
  plan: Plan,
  terms: readonly UniformTerm[],
  t0: number,
  steps: number,
  generatorAt: GeneratorAt = (k) => plan.generators[k]!,
): Float32Array {
  const fround = Math.fround;
  const table = new Float32Array(steps);
  for (let s = 0; s < steps; s++) {
    let x = 0;
    for (const term of terms) {
      const from = t0 + s - term.delay;
      if (from < 0) continue;
      const value = uniformGeneratorValue(generatorAt(term.generator, from), from, plan.dtMs);
      if (value === 0) continue;
      const add = fround(value * term.weight);
      for (let r = 0; r < term.repeats; r++) x = fround(x + add);
    }
    table[s] = x;
  }
  return table;
}
