/**
 * The worker's view of one loaded circuit: a backend runner plus what the renderer needs to know
 * about it. Only this file knows which backend runs; gpu.js backends plug in here later.
 */
import { createReferenceRunner } from '../backends/reference';
import type { Plan } from '../compile';
import type { ProbeInfo, TraceChunk } from '../protocol/messages';
import type { InputOrder } from '../schema';

export interface SteppingRun {
  readonly dtMs: number;
  readonly totalSteps: number;
  readonly inputOrder: InputOrder;
  readonly probes: ProbeInfo[];
  readonly currentStep: number;
  /** Simulates `steps` more steps; the returned arrays are fresh and may be transferred. */
  advance(steps: number): TraceChunk[];
}

export function createSteppingRun(plan: Plan): SteppingRun {
  const runner = createReferenceRunner(plan);
  const probes: ProbeInfo[] = plan.probes.map((probe) => ({
    probeId: probe.probeId,
    label: probe.label,
    targetId: probe.targetId,
    variable: probe.variable,
    neurons: Array.from(probe.neurons),
  }));
  return {
    dtMs: plan.dtMs,
    totalSteps: plan.steps,
    inputOrder: plan.inputOrder,
    probes,
    get currentStep() {
      return runner.currentStep;
    },
    advance(steps) {
      return runner.advance(steps).probes.map((chunk) => {
        const trace: TraceChunk = { probeId: chunk.probeId };
        if (chunk.values) trace.values = chunk.values;
        if (chunk.spikeSteps) trace.spikeSteps = chunk.spikeSteps;
        return trace;
      });
    },
  };
}
