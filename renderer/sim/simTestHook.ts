/**
 * `window.__spikeboard.sim`: a read-mostly window into the simulation for end-to-end tests and
 * the UI benchmark. It exposes nothing a user cannot already see or do, except shortening the
 * worker watchdog so a test of a dead worker need not wait 8 s.
 */
import type { CircuitDocument } from '../../engine/schema';
import { installTestHook } from '../scopes/testHook';
import { useEditorStore } from '../state/editorStore';
import type { ClientTiming } from './engineClient';
import type { Simulation } from './simulation';
import { useSimStore, type SimState } from './simStore';

export interface SimTestHook {
  state(): SimState & { currentStep: number; documentSeq: number };
  /** The document whose simulation the scopes show now. */
  shownDocument(): CircuitDocument | null;
  setWatchdog(timing: Partial<ClientTiming>): void;
  /** The editor's document, and a way to replace it as an edit would (tests without an inspector). */
  editorDocument(): CircuitDocument;
  replaceDocument(document: CircuitDocument): number;
  idle(): Promise<void>;
}

export function installSimTestHook(simulation: Simulation): void {
  const { controller, client } = simulation;
  const hook: SimTestHook = {
    state: () => ({
      ...useSimStore.getState(),
      currentStep: controller.currentStep,
      documentSeq: controller.documentSeq,
    }),
    shownDocument: () => controller.shownDocument,
    setWatchdog: (timing) => client.setTiming(timing),
    editorDocument: () => useEditorStore.getState().document,
    replaceDocument(document) {
      useEditorStore.getState().replaceDocument(document);
      return controller.documentSeq;
    },
    idle: () => controller.idle(),
  };
  installTestHook({ sim: hook });
}
