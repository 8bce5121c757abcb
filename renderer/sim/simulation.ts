/**
 * The window's one simulation: engine client, sample store and controller, created on first use
 * and bound to the editor store's document. The simulation bar, the scopes and the status bar all
 * reach it through `getSimulation()`.
 */
import { trackActivity } from '../nodes/activity/activityStore';
import { useEditorStore } from '../state/editorStore';
import { createSimController, type SimController } from './controller';
import { createEngineClient, type EngineClient } from './engineClient';
import { createSampleStore, type SampleStore } from './sampleStore';
import { installSimTestHook } from './simTestHook';
import { useSimStore } from './simStore';

export interface Simulation {
  controller: SimController;
  samples: SampleStore;
  client: EngineClient;
}

let instance: Simulation | null = null;

export function getSimulation(): Simulation {
  if (instance !== null) return instance;
  const samples = createSampleStore();
  const client = createEngineClient();
  const controller = createSimController(client, samples, useSimStore, {
    get: () => useEditorStore.getState().document,
    subscribe: (listener) =>
      useEditorStore.subscribe((state, previous) => {
        if (state.document !== previous.document) listener(state.document);
      }),
  });
  trackActivity(client); // the node cards' live activity indicators
  instance = { controller, samples, client };
  installSimTestHook(instance);
  controller.start();
  return instance;
}
