/**
 * Live parameter changes: a new plan of the same circuit (same neurons, connections, delays and
 * probes, only numbers changed) can replace the running plan's numbers in place, so the run goes
 * on from the current step with the new values and the neurons keep their state. Every runner's
 * `updatePlan` starts from `sameLayout`; each backend then checks what its own buffers need.
 *
 * The reference backend reads its plan's arrays at every step (its runner keeps references to
 * `plan.a`, `plan.b`, … and reads `plan.generators` / `plan.projections` each step), so copying
 * the numbers into its plan (`takeOverNumbers`) is the whole update there.
 */
import type { Plan, ProjectionPlan } from '../compile/types';

function sameProbes(a: Plan, b: Plan): boolean {
  return (
    a.probes.length === b.probes.length &&
    a.probes.every((p, k) => {
      const q = b.probes[k]!;
      return (
        p.probeId === q.probeId &&
        p.variable === q.variable &&
        p.targetOffset === q.targetOffset &&
        p.neurons.length === q.neurons.length &&
        p.neurons.every((n, j) => n === q.neurons[j])
      );
    })
  );
}

function sameProjection(p: ProjectionPlan, q: ProjectionPlan): boolean {
  return (
    p.edgeId === q.edgeId &&
    p.sourceOffset === q.sourceOffset &&
    p.sourceSize === q.sourceSize &&
    p.targetOffset === q.targetOffset &&
    p.targetSize === q.targetSize &&
    p.delaySteps === q.delaySteps &&
    p.closesLoop === q.closesLoop
  );
}

/**
 * True when `next` differs from `current` only in numbers a running simulation can take over:
 * model coefficients, generator settings and weights. Anything that changes the index space, the
 * update order, a delay (the history depth), the time step, the input order or a probe is not.
 */
export function sameLayout(current: Plan, next: Plan): boolean {
  return (
    current.unitCount === next.unitCount &&
    current.historySteps === next.historySteps &&
    current.dtMs === next.dtMs &&
    current.inputOrder === next.inputOrder &&
    current.generators.length === next.generators.length &&
    current.generators.every((g, k) => {
      const h = next.generators[k]!;
      return (
        g.nodeId === h.nodeId && g.kind === h.kind && g.offset === h.offset && g.size === h.size
      );
    }) &&
    current.populations.length === next.populations.length &&
    current.populations.every((p, k) => {
      const q = next.populations[k]!;
      return (
        p.nodeId === q.nodeId &&
        p.kind === q.kind &&
        p.offset === q.offset &&
        p.size === q.size &&
        p.inputs.length === q.inputs.length &&
        p.inputs.every((j, i) => j === q.inputs[i])
      );
    }) &&
    current.projections.length === next.projections.length &&
    current.projections.every((p, k) => sameProjection(p, next.projections[k]!)) &&
    sameProbes(current, next)
  );
}

/** Copies `next`'s numbers into `current` (which a reference runner is running). Needs `sameLayout`. */
export function takeOverNumbers(current: Plan, next: Plan): void {
  current.a.set(next.a);
  current.b.set(next.b);
  current.vLeak.set(next.vLeak);
  current.vTh.set(next.vTh);
  current.vReset.set(next.vReset);
  // The state a reset starts from (vLeak unless the file sets initialV) follows the edit too.
  current.vInit.set(next.vInit);
  next.generators.forEach((g, k) => {
    current.generators[k] = g;
  });
  next.projections.forEach((p, k) => {
    current.projections[k] = p;
  });
  next.populations.forEach((p, k) => {
    current.populations[k]!.label = p.label;
  });
  current.steps = next.steps;
}
