import type { Plan } from '../../compile/types';
import { stepLiNorse007, stepLiNorse11 } from '../../models/li';
import type { LifArrays } from '../../models/lif';
import { stepLifNorse007, stepLifNorse11 } from '../../models/lif';
import { sameLayout, takeOverNumbers } from '../planUpdate';
import { scanUnitArrays } from '../nonFiniteState';
import type { ProbeChunk, Runner, SampleChunk } from '../types';
import type { DeliverScratch } from './deliver';
import { deliverProjection } from './deliver';
import { emitGenerators } from './emitGenerators';

/**
 * The exact reference backend: float32 semantics through `Math.fround` after every operation,
 * the source of truth every other backend is checked against.
 *
 * One step t, in the plan's fixed order:
 * 1. every generator writes its output at t into the history slot of t;
 * 2. every population, in update order: x = the sum of its incoming projections (document
 *    order), each reading its source's output at t − delaySteps; then the model step, whose
 *    spikes go into the history slot of t (so a later population sees them in the same step);
 * 3. probes sample v, i (after the step, after reset) and spikes.
 *
 * The history is a ring of `plan.historySteps` slots of `plan.unitCount` outputs. The initial
 * state is v = `plan.vInit` (vLeak unless the file sets `initialV`), i = 0.
 */
export function createReferenceRunner(plan: Plan): Runner {
  const n = plan.unitCount;
  const depth = plan.historySteps;
  const state: LifArrays = {
    v: new Float32Array(n),
    i: new Float32Array(n),
    a: plan.a,
    b: plan.b,
    vLeak: plan.vLeak,
    vTh: plan.vTh,
    vReset: plan.vReset,
  };
  const x = new Float32Array(n);
  const history = new Float32Array(depth * n);
  const maxSource = plan.projections.reduce((m, p) => Math.max(m, p.sourceSize), 0);
  const scratch: DeliverScratch = {
    activeIndex: new Int32Array(maxSource),
    activeValue: new Float32Array(maxSource),
  };
  const order11 = plan.inputOrder === 'norse-1.1';
  let step = 0;

  const reset = (): void => {
    state.v.set(plan.vInit);
    state.i.fill(0);
    history.fill(0);
    step = 0;
  };

  const runStep = (t: number): number => {
    const base = (t % depth) * n;
    emitGenerators(plan.generators, t, plan.dtMs, history, base);
    for (const pop of plan.populations) {
      const start = pop.offset;
      const end = start + pop.size;
      x.fill(0, start, end);
      for (const j of pop.inputs) {
        const proj = plan.projections[j]!;
        const from = t - proj.delaySteps;
        if (from < 0) continue;
        deliverProjection(proj, history, (from % depth) * n + proj.sourceOffset, x, scratch);
      }
      if (pop.kind === 'lif') {
        if (order11) stepLifNorse11(state, x, history, base, start, end);
        else stepLifNorse007(state, x, history, base, start, end);
      } else if (order11) stepLiNorse11(state, x, start, end);
      else stepLiNorse007(state, x, start, end);
    }
    return base;
  };

  const advance = (count: number): SampleChunk => {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`advance(steps) needs a whole number ≥ 0, got ${count}`);
    }
    const startStep = step;
    const probes: ProbeChunk[] = plan.probes.map((p) =>
      p.variable === 'spikes'
        ? { probeId: p.probeId, spikeSteps: Array.from(p.neurons, () => []) }
        : { probeId: p.probeId, values: Array.from(p.neurons, () => new Float32Array(count)) },
    );
    for (let s = 0; s < count; s++) {
      const t = startStep + s;
      const base = runStep(t);
      for (let k = 0; k < plan.probes.length; k++) {
        const probe = plan.probes[k]!;
        const chunk = probes[k]!;
        const offset = probe.targetOffset;
        const neurons = probe.neurons;
        if (chunk.spikeSteps) {
          for (let j = 0; j < neurons.length; j++) {
            if (history[base + offset + neurons[j]!] !== 0) chunk.spikeSteps[j]!.push(t);
          }
        } else {
          const source = probe.variable === 'v' ? state.v : state.i;
          const values = chunk.values!;
          for (let j = 0; j < neurons.length; j++) values[j]![s] = source[offset + neurons[j]!]!;
        }
      }
      step = t + 1;
    }
    return { startStep, stepCount: count, probes };
  };

  reset();
  return {
    plan,
    get currentStep() {
      return step;
    },
    advance,
    reset,
    // It reads its plan's arrays every step: new numbers are copied into them, state kept.
    updatePlan(next) {
      if (!sameLayout(plan, next)) return false;
      takeOverNumbers(plan, next);
      return true;
    },
    findNonFinite: () => scanUnitArrays(plan, state.v, state.i),
  };
}
