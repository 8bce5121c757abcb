/**
 * Instant mode's cheap path: when an edit changed only numbers (a slider step), the worker takes
 * them in place (`setParam`: no document to copy, parse and load, the runner keeps its compiled
 * module) and runs the window again from t = 0. The requests go together, one round trip.
 */
import { EngineError, type EngineClient } from './engineClient';
import type { ParamChange } from './paramDiff';

/** More changes than this in one edit (a pasted array) are sent as a new document instead. */
export const MAX_INSTANT_PARAMS = 16;

/** True when done; false when the worker needs the document loaded again (structure changed). */
export async function rerunWithChanges(
  client: EngineClient,
  changes: readonly ParamChange[],
  durationMs: number,
  setActive: (active: boolean) => void,
): Promise<boolean> {
  const edits = changes.map((change) => client.request({ kind: 'setParam', ...change }));
  const running = client.request({ kind: 'runFor', durationMs, fromStart: true });
  running.catch(() => undefined);
  edits.forEach((edit) => edit.catch(() => undefined));
  setActive(true);
  try {
    try {
      await Promise.all(edits);
    } catch (error) {
      // A change of structure, or numbers the document's rules refuse: a load says why.
      if (error instanceof EngineError && error.name === 'WorkerCrashed') throw error;
      await running.catch(() => undefined);
      return false;
    }
    await running;
    return true;
  } finally {
    setActive(false);
  }
}
