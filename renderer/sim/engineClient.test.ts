import { afterEach, describe, expect, it } from 'vitest';
import { doc, lif } from '../../engine/testdata/circuits';
import { createEngineClient, EngineError, type EngineClient } from './engineClient';
import { createFakeWorker, type FakeWorker } from './fakeWorker';

let client: EngineClient | null = null;
afterEach(() => client?.dispose());

function setup(timing = { pingMs: 1000, silenceMs: 8000 }) {
  const workers: FakeWorker[] = [];
  client = createEngineClient(() => {
    const worker = createFakeWorker();
    workers.push(worker);
    return worker;
  }, timing);
  const crashes: string[] = [];
  client.onCrash((error) => crashes.push(`${error.name}: ${error.message}`));
  return { client, workers, crashes };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('engine client', () => {
  it('matches answers to requests by id and hands every event to listeners', async () => {
    const { client, workers } = setup();
    const kinds: string[] = [];
    client.onEvent((event) => kinds.push(event.kind));
    const loaded = await client.request({ kind: 'load', document: doc([lif('lif')], []) });
    expect(loaded).toMatchObject({ kind: 'loaded', backend: 'reference' });
    const state = await client.request({ kind: 'runFor', durationMs: 10, fromStart: true });
    expect(state).toMatchObject({ kind: 'state', state: 'paused', stepsRun: 10 });
    expect(kinds).toEqual(['loaded', 'samples', 'state']);
    expect(workers[0]!.requests.map((r) => r.requestId)).toEqual([1, 2]);
  });

  it('turns an error event into an EngineError of that request', async () => {
    const { client, workers } = setup();
    workers[0]!.failLoads = { name: 'CompileError', message: 'E_LOOP: delay 0' };
    const failure = await client.request({ kind: 'load', document: doc([], []) }).catch((e) => e);
    expect(failure).toBeInstanceOf(EngineError);
    expect(failure).toMatchObject({
      name: 'CompileError',
      message: 'E_LOOP: delay 0',
      requestKind: 'load',
    });
  });

  it('treats a worker error, an unreadable message and silence as a crash', async () => {
    const { client, workers, crashes } = setup({ pingMs: 20, silenceMs: 120 });
    workers[0]!.hold = true;
    const pending = client.request({ kind: 'ping' }).catch((e: EngineError) => e.name);
    workers[0]!.crash('boom');
    expect(await pending).toBe('WorkerCrashed');
    expect(crashes).toEqual(['WorkerError: boom']);

    client.restart();
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    // An unreadable message from the worker.
    workers[1]!.emitMessageError();
    expect(crashes.at(-1)).toBe('MessageError: a message from the worker could not be read');

    client.restart();
    workers[2]!.hold = true; // answers nothing, not even pings
    await wait(400);
    expect(crashes.at(-1)).toMatch(/^WorkerUnresponsive: the simulation worker did not answer/);
  });
});
