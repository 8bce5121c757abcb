/**
 * The node cards' live activity in a small zustand store, apart from the editor store: it
 * changes up to once per frame while a simulation runs, and each card reads only its own entry
 * (`useNodeActivity(id)`), so a batch re-renders the cards whose figures changed and nothing else.
 */
import { create } from 'zustand';
import type { WorkerEvent } from '../../../engine/protocol/messages';
import { createActivityTracker, type ActivityMap, type NodeActivityView } from './activityTracker';

interface ActivityState {
  byNode: ActivityMap;
}

export const useActivityStore = create<ActivityState>(() => ({ byNode: {} }));

export function useNodeActivity(nodeId: string): NodeActivityView | undefined {
  return useActivityStore((state) => state.byNode[nodeId]);
}

/** Feeds the activity store from an engine client's events; returns the unsubscribe. */
export function trackActivity(client: {
  onEvent(listener: (event: WorkerEvent) => void): () => void;
}): () => void {
  const tracker = createActivityTracker();
  return client.onEvent((event) => {
    const next = tracker.handle(event);
    if (next !== null) useActivityStore.setState({ byNode: next });
  });
}
