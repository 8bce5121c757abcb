/**
 * Live runs: the worker advances the simulation in ticks about one frame apart, as many steps
 * as the speed asks for (1 = one simulated ms per wall-clock ms), and posts the samples of each
 * frame as one batch. A live run ends at its `untilStep`, on `pause`, on a NaN, or when another
 * request (step, reset, load, …) takes over the runner.
 */
import type { RequestKind, RunRequest, RunSpeed, SimulationState } from '../protocol/messages';
import type { Circuit } from './circuit';
import { FRAME_MS, MAX_LAG_MS, type SessionHost } from './host';
import type { SampleBatch } from './sampleBatch';
import type { Stepper } from './stepper';

interface LiveRun {
  requestId: number;
  speed: RunSpeed;
  untilStep: number;
  /** Pacing: at wall time anchorWallMs the run was at anchorStep. */
  anchorWallMs: number;
  anchorStep: number;
  batch: SampleBatch;
  lastPostMs: number;
  stepsRun: number;
  computeMs: number;
}

export interface StoppedRun {
  stepsRun: number;
  computeMs: number;
}

export interface LiveRuns {
  /** Starts a run, or changes the speed and end of the one in progress. */
  start(request: RunRequest): void;
  /** Stops the run in progress (posting its samples so far); null when none was running. */
  stop(): StoppedRun | null;
  active(): boolean;
}

export interface LiveDeps {
  host: SessionHost;
  stepper: Stepper;
  postState(requestId: number, state: SimulationState, stepsRun?: number, computeMs?: number): void;
  enqueue(requestId: number, kind: RequestKind, op: () => Promise<void> | void): void;
  circuit(): Circuit;
}

export function createLiveRuns(deps: LiveDeps): LiveRuns {
  const { host, stepper } = deps;
  let live: LiveRun | null = null;

  function schedule(run: LiveRun): void {
    const delay = run.speed === 'max' ? 0 : FRAME_MS;
    host.later(() => deps.enqueue(run.requestId, 'run', () => tick(run)), delay);
  }

  function targetStep(run: LiveRun, circuit: Circuit): number {
    const current = circuit.runner.currentStep;
    if (run.speed === 'max') return current + stepper.sliceSteps;
    const now = host.now();
    const due =
      run.anchorStep + Math.floor(((now - run.anchorWallMs) * run.speed) / circuit.plan.dtMs);
    const maxLagSteps = Math.max(1, Math.floor((MAX_LAG_MS * run.speed) / circuit.plan.dtMs));
    if (due - current <= maxLagSteps) return due;
    // Too far behind (the machine cannot keep up, or the worker was busy): catch up one lag's
    // worth and pace from here, instead of a growing backlog.
    run.anchorWallMs = now;
    run.anchorStep = current + maxLagSteps;
    return run.anchorStep;
  }

  async function tick(run: LiveRun): Promise<void> {
    if (live !== run) return;
    const circuit = deps.circuit();
    const target = Math.min(targetStep(run, circuit), run.untilStep);
    const steps = target - circuit.runner.currentStep;
    if (steps > 0) {
      const result = await stepper.advance(run.requestId, run.batch, steps);
      run.stepsRun += steps;
      run.computeMs += result.computeMs;
      if (result.halted) {
        live = null;
        deps.postState(run.requestId, 'paused', run.stepsRun, run.computeMs);
        return;
      }
    }
    const reached = circuit.runner.currentStep >= run.untilStep;
    if (reached || host.now() - run.lastPostMs >= FRAME_MS - 1) {
      stepper.flush(run.requestId, run.batch);
      run.lastPostMs = host.now();
    }
    if (reached) {
      live = null;
      const state = circuit.runner.currentStep >= circuit.plan.steps ? 'finished' : 'paused';
      deps.postState(run.requestId, state, run.stepsRun, run.computeMs);
      return;
    }
    schedule(run);
  }

  return {
    start(request) {
      const circuit = deps.circuit();
      const untilStep = request.untilStep ?? circuit.plan.steps;
      const now = host.now();
      const step = circuit.runner.currentStep;
      if (live !== null) {
        Object.assign(live, {
          requestId: request.requestId,
          speed: request.speed,
          untilStep,
          anchorWallMs: now,
          anchorStep: step,
        });
        deps.postState(request.requestId, 'running');
        return;
      }
      if (step >= untilStep) {
        deps.postState(request.requestId, step >= circuit.plan.steps ? 'finished' : 'paused');
        return;
      }
      const run: LiveRun = {
        requestId: request.requestId,
        speed: request.speed,
        untilStep,
        anchorWallMs: now,
        anchorStep: step,
        batch: stepper.newBatch(),
        lastPostMs: now,
        stepsRun: 0,
        computeMs: 0,
      };
      live = run;
      deps.postState(request.requestId, 'running');
      schedule(run);
    },
    stop() {
      const run = live;
      if (run === null) return null;
      live = null;
      stepper.flush(run.requestId, run.batch);
      return { stepsRun: run.stepsRun, computeMs: run.computeMs };
    },
    active: () => live !== null,
  };
}
