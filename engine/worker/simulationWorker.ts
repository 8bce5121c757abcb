/**
 * The simulation worker's entry point (bundled by Vite as an ES module worker). It only wires
 * messages to the session; the session owns the runner and turns exceptions into `error` events.
 */
import { toErrorInfo, type WorkerEvent } from '../protocol/messages';
import { createSimulationSession } from './session';

declare const self: DedicatedWorkerGlobalScope;

const session = createSimulationSession((event, transfer) => self.postMessage(event, transfer));

self.addEventListener('message', (message: MessageEvent<unknown>) => {
  try {
    session.handle(message.data);
  } catch (error) {
    // Only a failure to post (e.g. an event that cannot be cloned) lands here: report it plainly.
    const event: WorkerEvent = {
      kind: 'error',
      requestId: null,
      requestKind: null,
      error: toErrorInfo(error),
      diagnostics: [],
    };
    self.postMessage(event);
  }
});

self.addEventListener('messageerror', () => {
  const event: WorkerEvent = {
    kind: 'error',
    requestId: null,
    requestKind: null,
    error: { name: 'ProtocolError', message: 'a message to the worker could not be deserialised' },
    diagnostics: [],
  };
  self.postMessage(event);
});
