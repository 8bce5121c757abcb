/**
 * The client against a scripted worker: the renderer may talk to the engine only through the
 * protocol, so this test speaks only the protocol. (engine/worker/session.test.ts checks that the
 * real worker answers these requests with Norse's exact traces; e2e checks the two together.)
 */
import { describe, expect, it } from 'vitest';
import type { WorkerEvent, WorkerRequest } from '../../engine/protocol/messages';
import { doc } from '../../engine/testdata/circuits';
import { createEngineClient, EngineError, type WorkerLike } from './engineClient';
import { createTraceStore } from './traceStore';

type Script = (request: WorkerRequest) => WorkerEvent[];

/** A worker stand-in that answers each request with scripted events, asynchronously. */
function scriptedWorker(script: Script) {
  const messageListeners: ((event: MessageEvent<WorkerEvent>) => void)[] = [];
  const errorListeners: ((event: ErrorEvent) => void)[] = [];
  const emit = (event: WorkerEvent): void =>
    messageListeners.forEach((l) => l({ data: event } as MessageEvent<WorkerEvent>));
  const worker = {
    terminated: false,
    posted: [] as WorkerRequest[],
    postMessage(message: WorkerRequest) {
      worker.posted.push(message);
      setTimeout(() => script(structuredClone(message)).forEach(emit));
    },
    addEventListener(type: 'message' | 'error', listener: never) {
      if (type === 'message') messageListeners.push(listener);
      else errorListeners.push(listener);
    },
    terminate() {
      worker.terminated = true;
    },
    emit,
    fail(message: string) {
      errorListeners.forEach((l) => l({ message } as ErrorEvent));
    },
  };
  return worker satisfies WorkerLike;
}

const twoStepRun: Script = (request) => {
  if (request.kind === 'load') {
    return [
      {
        kind: 'loaded',
        requestId: request.requestId,
        backend: 'reference',
        dtMs: 1,
        totalSteps: 4,
        inputOrder: 'norse-1.1',
        probes: [{ probeId: 'p', label: 'p', targetId: 'pop', variable: 'v', neurons: [0] }],
        diagnostics: [],
      },
    ];
  }
  const chunk = (fromStep: number, values: number[]): WorkerEvent => ({
    kind: 'samples',
    requestId: request.requestId,
    fromStep,
    steps: values.length,
    traces: [{ probeId: 'p', values: [Float32Array.from(values)] }],
  });
  return [
    chunk(0, [0.5, 0.25]),
    chunk(2, [0.125, 0]),
    {
      kind: 'done',
      requestId: request.requestId,
      stepsRun: 4,
      currentStep: 4,
      totalSteps: 4,
      finished: true,
    },
  ];
};

describe('engine client', () => {
  it('sends typed requests and streams the samples of its run into a trace store', async () => {
    const worker = scriptedWorker(twoStepRun);
    const client = createEngineClient(worker);
    const document = doc([], []);
    const loaded = await client.load(document);
    const store = createTraceStore(loaded);
    let chunks = 0;
    const done = await client.run({ chunkSteps: 2 }, (event) => {
      chunks++;
      store.write(event);
    });
    expect(worker.posted).toEqual([
      { kind: 'load', requestId: 1, document },
      { kind: 'run', requestId: 2, chunkSteps: 2 },
    ]);
    expect(chunks).toBe(2);
    expect(done).toMatchObject({ kind: 'done', currentStep: 4, finished: true });
    expect(Array.from(store.values('p', 0))).toEqual([0.5, 0.25, 0.125, 0]);
  });

  it("rejects with the worker's error, named, with its request kind and diagnostics", async () => {
    const diagnostic = {
      code: 'E_X',
      severity: 'error' as const,
      message: 'x',
      nodeIds: [],
      edgeIds: [],
    };
    const client = createEngineClient(
      scriptedWorker((request) => [
        {
          kind: 'error',
          requestId: request.requestId,
          requestKind: request.kind,
          error: { name: 'CompileError', message: 'E_X: x' },
          diagnostics: [diagnostic],
        },
      ]),
    );
    const error = await client.load(doc([], [])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({
      name: 'CompileError',
      message: 'E_X: x',
      requestKind: 'load',
      diagnostics: [diagnostic],
    });
  });

  it('fails every open request on an error no request owns', async () => {
    const worker = scriptedWorker(() => []);
    const client = createEngineClient(worker);
    const pending = client.run({}, () => {});
    worker.emit({
      kind: 'error',
      requestId: null,
      requestKind: null,
      error: { name: 'ProtocolError', message: 'unreadable' },
      diagnostics: [],
    });
    await expect(pending).rejects.toMatchObject({ name: 'ProtocolError' });
  });

  it('fails every open request when the worker itself fails, and after dispose', async () => {
    const worker = scriptedWorker(() => []);
    const client = createEngineClient(worker);
    const pending = client.run({}, () => {});
    worker.fail('worker script failed to load');
    await expect(pending).rejects.toMatchObject({ name: 'WorkerError' });
    client.dispose();
    expect(worker.terminated).toBe(true);
    await expect(client.run({}, () => {})).rejects.toMatchObject({ name: 'DisposedError' });
  });
});
