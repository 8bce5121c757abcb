/**
 * The simulation worker's entry point (bundled by Vite as an ES module worker). It only wires
 * messages, the clock and the backend registry to the session; the session owns the runner and
 * turns every exception of a request into an `error` event.
 *
 * An exception that escapes anyway reaches the renderer as the Worker's `error` event: the
 * renderer then restarts the worker with the circuit intact (renderer/sim/engineClient.ts).
 */
import { toErrorInfo, type ErrorInfo, type WorkerEvent } from '../protocol/messages';
import { createBackendAccess } from './backendAccess';
import { createSimulationSession } from './session';

declare const self: DedicatedWorkerGlobalScope;

const report = (error: ErrorInfo): void => {
  const event: WorkerEvent = {
    kind: 'error',
    requestId: null,
    requestKind: null,
    error,
    diagnostics: [],
  };
  self.postMessage(event);
};

const session = createSimulationSession({
  post: (event, transfer) => self.postMessage(event, transfer),
  now: () => performance.now(),
  later: (callback, delayMs) => {
    setTimeout(callback, delayMs);
  },
  backends: createBackendAccess(),
});

self.addEventListener('message', (message: MessageEvent<unknown>) => {
  try {
    session.handle(message.data);
  } catch (error) {
    // Only a failure to post (an event that cannot be cloned) lands here.
    report(toErrorInfo(error));
  }
});

self.addEventListener('messageerror', () => {
  report({ name: 'ProtocolError', message: 'a message to the worker could not be deserialised' });
});

self.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
  report(toErrorInfo(event.reason));
});
