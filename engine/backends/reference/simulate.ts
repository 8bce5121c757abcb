import type { Plan } from '../../compile/types';
import type { ProbeTrace, SimulationResult } from '../types';
import { createReferenceRunner } from './runner';

/** Runs a plan from rest for `steps` steps (default: the plan's duration) on the exact backend. */
export function simulate(plan: Plan, steps: number = plan.steps): SimulationResult {
  const chunk = createReferenceRunner(plan).advance(steps);
  const probes: ProbeTrace[] = plan.probes.map((p, k) => {
    const samples = chunk.probes[k]!;
    const trace: ProbeTrace = {
      probeId: p.probeId,
      label: p.label,
      targetId: p.targetId,
      variable: p.variable,
      neurons: Array.from(p.neurons),
    };
    if (samples.values) trace.values = samples.values;
    if (samples.spikeSteps) trace.spikeSteps = samples.spikeSteps;
    return trace;
  });
  return { dtMs: plan.dtMs, steps, inputOrder: plan.inputOrder, probes };
}
