/** The words the window uses for engine events: halted runs, crashes, refused requests. */
import type { HaltedEvent } from './protocolTypes';
import type { Failure } from './failure';
import type { SimNotice } from './simStore';

export function haltedNotice(event: HaltedEvent, dtMs: number): SimNotice {
  const what = event.variable === 'v' ? 'membrane potential v' : 'synaptic current i';
  const timeMs = +(event.step * dtMs).toFixed(6);
  return {
    kind: 'halted',
    title: `Paused: ${event.value} in population “${event.populationLabel}”`,
    message:
      `The ${what} of neuron ${event.neuron} of “${event.populationLabel}” became ${event.value} ` +
      (event.approximate === true
        ? `by step ${event.step} (t = ${timeMs} ms; a live edit since the start kept the first step from being found). `
        : `at step ${event.step} (t = ${timeMs} ms). `) +
      (event.probeId === null ? 'No probe watches it. ' : '') +
      'Smaller weights or inputs keep it finite.',
  };
}

export function crashNotice(error: { name: string; message: string }, live: boolean): SimNotice {
  return {
    kind: 'crash',
    title: 'The simulation engine stopped and was restarted',
    message:
      `${error.name}: ${error.message}. Your circuit is intact` +
      (live ? '; press Run to simulate it again.' : ' and was simulated again.'),
  };
}

export function errorNotice(error: unknown): SimNotice {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'error', title: `The engine refused a request (${name})`, message };
}

/** Restarts allowed within CRASH_WINDOW_MS before the window gives up and says so. */
export const MAX_CRASHES = 3;
export const CRASH_WINDOW_MS = 20_000;

/** When the engine keeps dying on a circuit: stop restarting and say so. */
export function crashFailure(
  documentName: string,
  error: { name: string; message: string },
  crashes: number,
): Failure {
  return {
    title: `The simulation of ${documentName} failed`,
    message: `${error.name}: ${error.message}`,
    details: [`The engine stopped ${crashes} times in a row: press Restart engine to try again.`],
  };
}
