/**
 * Turns the worker's events into the window's state: samples into the sample store (published
 * at once in live mode, at the end of the run in instant mode), state changes into the phase and
 * the "simulated in" figures, a halted run into a notice naming the population.
 */
import { assertNever } from '../../engine/protocol/messages';
import type { LoadedEvent, StateEvent, WorkerEvent } from './protocolTypes';
import { haltedNotice, errorNotice } from './notices';
import type { SampleStore } from './sampleStore';
import type { SimPhase, SimState } from './simStore';

export interface EventHandler {
  handle(event: WorkerEvent): void;
  /** The worker's step counter as last reported (samples or state). */
  readonly currentStep: number;
}

const PHASES: Record<StateEvent['state'], SimPhase> = {
  running: 'running',
  paused: 'paused',
  stepped: 'paused',
  finished: 'finished',
  reset: 'ready',
};

export function createEventHandler(
  samples: SampleStore,
  store: { getState(): SimState; setState(partial: Partial<SimState>): void },
  instantRunActive: () => boolean,
): EventHandler {
  let currentStep = 0;

  function onState(event: StateEvent): void {
    currentStep = event.currentStep;
    const partial: Partial<SimState> = { phase: PHASES[event.state] };
    if (event.stepsRun > 0 && event.state !== 'running' && event.state !== 'stepped') {
      partial.lastRun = {
        simulatedMs: +(event.stepsRun * store.getState().dtMs).toFixed(6),
        computeMs: event.computeMs,
      };
    }
    if (event.state === 'reset') partial.lastRun = null;
    // A failure of an earlier request does not stop the phase from following the engine.
    if (store.getState().phase === 'failed' && store.getState().failure !== null) {
      delete partial.phase;
    }
    store.setState(partial);
  }

  function handle(event: WorkerEvent): void {
    switch (event.kind) {
      case 'samples':
        samples.write(event);
        currentStep = event.fromStep + event.steps;
        if (!instantRunActive()) samples.publish();
        return;
      case 'state':
        // The answer to a parameter taken over during an instant re-run is no change of phase.
        if (instantRunActive() && event.stepsRun === 0 && event.state === 'paused') return;
        onState(event);
        return;
      case 'halted':
        store.setState({ notice: haltedNotice(event, store.getState().dtMs) });
        return;
      case 'error':
        if (event.requestId === null)
          store.setState({ notice: errorNotice(new Error(event.error.message)) });
        return;
      case 'loaded':
        currentStep = 0;
        return;
      case 'pong':
      case 'lessonEvaluated': // answers a request (renderer/lesson), not the simulation's state
      case 'exported': // answers an export (renderer/export)
        return;
      default:
        assertNever(event);
    }
  }

  return {
    handle,
    get currentStep() {
      return currentStep;
    },
  };
}

/** What the window shows of a loaded circuit; the panes rebuild only when the probes change. */
export function loadedState(loaded: LoadedEvent, state: SimState): Partial<SimState> {
  const changed = JSON.stringify(loaded.probes) !== JSON.stringify(state.probes);
  return {
    backend: loaded.backend,
    backendReason: loaded.backendReason,
    backends: loaded.backends,
    inputOrder: loaded.inputOrder,
    dtMs: loaded.dtMs,
    totalSteps: loaded.totalSteps,
    // The same array while the probes are the same: panes keep their plots across reloads.
    probes: changed ? loaded.probes : state.probes,
    layoutVersion: changed ? state.layoutVersion + 1 : state.layoutVersion,
    failure: null,
    // "N ms simulated in M ms" described the circuit loaded before; a live window shows "ready"
    // until this one runs (an instant run reports its own figures right after).
    lastRun: null,
  };
}
