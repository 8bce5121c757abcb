/** The harness page: one worker running the engine, reachable from Playwright. */
import type { HarnessAnswer, HarnessApi, HarnessRequest } from './protocol';

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
const pending = new Map<number, (answer: HarnessAnswer) => void>();
let nextId = 1;

worker.onmessage = (event: MessageEvent<{ id: number; answer: HarnessAnswer }>) => {
  pending.get(event.data.id)?.(event.data.answer);
  pending.delete(event.data.id);
};
worker.onerror = (event) => {
  for (const resolve of pending.values()) resolve({ kind: 'error', message: event.message });
  pending.clear();
};

const api: HarnessApi = {
  call(request: HarnessRequest) {
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      worker.postMessage({ id, request });
    });
  },
  crossOriginIsolated: globalThis.crossOriginIsolated,
};
(window as unknown as { spikeboardHarness: HarnessApi }).spikeboardHarness = api;
document.body.dataset.ready = 'true';
