/**
 * The node cards' live activity in a small zustand store, apart from the editor store: it
 * changes at most every `PUBLISH_INTERVAL_MS` while a simulation runs (a figure redrawn in every
 * frame cannot be read, and each change costs the page a style, layout and paint pass), the
 * latest figures always shown in the end; each card reads only its own entry
 * (`useNodeActivity(id)`), so an update re-renders the cards whose figures changed and nothing else.
 */
import { create } from 'zustand';
import type { WorkerEvent } from '../../../engine/protocol/messages';
import { atMostEvery } from '../../sim/atMostEvery';
import { createActivityTracker, type ActivityMap, type NodeActivityView } from './activityTracker';

interface ActivityState {
  byNode: ActivityMap;
}

/** How long cleared cards keep their figures unless a new batch replaces them first. */
const CLEAR_DELAY_MS = 250;

/** The cards' figures change at most this often (ten times a second). */
export const PUBLISH_INTERVAL_MS = 100;

export const useActivityStore = create<ActivityState>(() => ({ byNode: {} }));

export function useNodeActivity(nodeId: string): NodeActivityView | undefined {
  return useActivityStore((state) => state.byNode[nodeId]);
}

/** Feeds the activity store from an engine client's events; returns the unsubscribe. */
export function trackActivity(client: {
  onEvent(listener: (event: WorkerEvent) => void): () => void;
}): () => void {
  const tracker = createActivityTracker();
  let clearing: ReturnType<typeof setTimeout> | null = null;
  let pending: ActivityMap | null = null;
  const publishing = atMostEvery(PUBLISH_INTERVAL_MS, () => {
    if (pending === null) return;
    useActivityStore.setState({ byNode: pending });
    pending = null;
  });
  const stop = client.onEvent((event) => {
    // A pause or the run's end shows the latest figures at once: they hold from then on.
    if (event.kind === 'state') publishing.flush();
    const next = tracker.handle(event);
    if (next === null) return;
    if (clearing !== null) clearTimeout(clearing);
    clearing = null;
    if (Object.keys(next).length > 0) {
      pending = next;
      publishing.request();
      return;
    }
    pending = null;
    // A reload or reset clears the cards, but not at once: in instant mode the new run's first
    // batch follows within milliseconds, and clearing first would flicker every card per edit.
    clearing = setTimeout(() => {
      clearing = null;
      useActivityStore.setState({ byNode: next });
    }, CLEAR_DELAY_MS);
  });
  return () => {
    if (clearing !== null) clearTimeout(clearing);
    publishing.cancel();
    stop();
  };
}
