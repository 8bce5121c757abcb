/**
 * Advancing the runner: as fast as possible in slices (step, runFor) or a given number of steps
 * for a live tick. Samples gather in a batch posted at most once per frame; a NaN or infinity
 * anywhere in the state (nonFinite.ts) stops the run with a `halted` event naming the population,
 * neuron and first step; between slices the stepper yields
 * so that `pause` and `ping` get through.
 */
import type { SimulationState, WorkerEvent } from '../protocol/messages';
import type { Circuit } from './circuit';
import { FRAME_MS, SLICE_MS, type SessionHost } from './host';
import { checkChunk } from './nonFinite';
import { createSampleBatch, type SampleBatch, type Subscription } from './sampleBatch';

export interface StepperDeps {
  host: SessionHost;
  post(event: WorkerEvent): void;
  postState(requestId: number, state: SimulationState, stepsRun?: number, computeMs?: number): void;
  circuit(): Circuit;
  subscription(): Subscription;
  /** Whether replaying from step 0 repeats the current run (no live edit since step 0). */
  replayable(): boolean;
}

export interface Advanced {
  computeMs: number;
  /** True when a NaN or infinity stopped it (the `halted` event is posted). */
  halted: boolean;
}

export interface Stepper {
  newBatch(): SampleBatch;
  /** Runs `steps` on the current circuit into `batch`; posts `halted` (with the batch) if needed. */
  advance(requestId: number, batch: SampleBatch, steps: number): Promise<Advanced>;
  flush(requestId: number, batch: SampleBatch): void;
  /**
   * Runs `steps` as fast as possible and answers with a state event: `finalState`, or 'finished'
   * / 'paused' by whether the run length is reached.
   */
  runSteps(requestId: number, steps: number, finalState: SimulationState | null): Promise<void>;
  /** Stops runs of requests up to `requestId` at their next slice boundary. */
  cancel(requestId: number): void;
  /** Steps per slice of about SLICE_MS, learnt from the runs so far. */
  readonly sliceSteps: number;
}

const MAX_SLICE_STEPS = 1 << 20;

export function createStepper(deps: StepperDeps): Stepper {
  const { host, post } = deps;
  let sliceSteps = 1024;
  let cancelledUpTo = -1;

  const yieldToMessages = (): Promise<void> => new Promise((resolve) => host.later(resolve, 0));

  function learn(steps: number, ms: number): void {
    const estimate = (steps * SLICE_MS) / Math.max(ms, 0.05);
    const blended = Math.sqrt(sliceSteps * estimate);
    sliceSteps = Math.max(1, Math.min(MAX_SLICE_STEPS, Math.round(blended)));
  }

  const newBatch = (): SampleBatch =>
    createSampleBatch(deps.circuit().plan.probes, deps.subscription);

  function flush(requestId: number, batch: SampleBatch): void {
    const event = batch.take(requestId);
    if (event !== null) post(event);
  }

  async function advance(requestId: number, batch: SampleBatch, steps: number): Promise<Advanced> {
    const circuit = deps.circuit();
    const started = host.now();
    const chunk = await circuit.runner.advance(steps);
    const computeMs = host.now() - started;
    learn(steps, computeMs);
    batch.add(chunk);
    const bad = await checkChunk({
      plan: circuit.plan,
      runner: circuit.runner,
      chunk,
      replayable: deps.replayable(),
      msPerStep: SLICE_MS / sliceSteps,
    });
    if (bad === null) return { computeMs, halted: false };
    flush(requestId, batch);
    post({ kind: 'halted', requestId, ...bad, currentStep: circuit.runner.currentStep });
    return { computeMs, halted: true };
  }

  async function runSteps(
    requestId: number,
    steps: number,
    finalState: SimulationState | null,
  ): Promise<void> {
    const circuit = deps.circuit();
    const until = circuit.runner.currentStep + steps;
    const batch = newBatch();
    let lastPost = host.now();
    let computeMs = 0;
    let stepsRun = 0;
    while (circuit.runner.currentStep < until) {
      const n = Math.min(sliceSteps, until - circuit.runner.currentStep);
      const result = await advance(requestId, batch, n);
      computeMs += result.computeMs;
      stepsRun += n;
      if (result.halted) {
        deps.postState(requestId, 'paused', stepsRun, computeMs);
        return;
      }
      if (circuit.runner.currentStep >= until) break;
      if (host.now() - lastPost >= FRAME_MS) {
        flush(requestId, batch);
        lastPost = host.now();
      }
      await yieldToMessages();
      if (requestId <= cancelledUpTo) break;
    }
    flush(requestId, batch);
    const reached = circuit.runner.currentStep >= circuit.plan.steps ? 'finished' : 'paused';
    deps.postState(requestId, finalState ?? reached, stepsRun, computeMs);
  }

  return {
    newBatch,
    advance,
    flush,
    runSteps,
    cancel(requestId) {
      cancelledUpTo = Math.max(cancelledUpTo, requestId);
    },
    get sliceSteps() {
      return sliceSteps;
    },
  };
}
