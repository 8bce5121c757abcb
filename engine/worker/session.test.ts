import { describe, expect, it } from 'vitest';
import type { SamplesEvent, WorkerEvent } from '../protocol/messages';
import type { CircuitDocument } from '../schema';
import {
  attach,
  doc,
  goldenCircuit,
  li,
  lif,
  oneToOne,
  probe,
  spikeTimes,
} from '../testdata/circuits';
import { goldenCase, mismatches } from '../testdata/golden';
import { createSimulationSession } from './session';

function harness() {
  const events: WorkerEvent[] = [];
  const transfers: ArrayBuffer[][] = [];
  const session = createSimulationSession((event, transfer) => {
    events.push(event);
    transfers.push(transfer);
  });
  return { session, events, transfers };
}

/** The seed notebook's LIF-versus-LI circuit, as the example file describes it. */
function lifVersusLi(): CircuitDocument {
  const params = { tauMemMs: 40, tauSynMs: 60, vLeak: 0, vTh: 0.8, vReset: 0 };
  return doc(
    [
      spikeTimes('in', [[20, 85, 150]]),
      lif('lif', 1, params),
      li('li', 1, params),
      probe('pLif', 'v'),
      probe('pLi', 'v'),
    ],
    [
      oneToOne('toLif', 'in', 'lif'),
      oneToOne('toLi', 'in', 'li'),
      attach('aLif', 'lif', 'pLif'),
      attach('aLi', 'li', 'pLi'),
    ],
    { durationMs: 1000, inputOrder: 'norse-0.0.7' },
  );
}

function concat(chunks: SamplesEvent[], probeId: string): Float32Array {
  const steps = chunks.reduce((n, c) => n + c.steps, 0);
  const out = new Float32Array(steps);
  for (const chunk of chunks) {
    const values = chunk.traces.find((t) => t.probeId === probeId)?.values?.[0];
    if (values) out.set(values, chunk.fromStep);
  }
  return out;
}

describe('simulation worker session', () => {
  it('loads, then streams the whole run in chunks that reproduce Norse 0.0.7 exactly', () => {
    const { session, events, transfers } = harness();
    session.handle({ kind: 'load', requestId: 1, document: lifVersusLi() });
    expect(events[0]).toMatchObject({
      kind: 'loaded',
      requestId: 1,
      backend: 'reference',
      dtMs: 1,
      totalSteps: 1000,
      inputOrder: 'norse-0.0.7',
    });
    session.handle({ kind: 'run', requestId: 2, chunkSteps: 300 });
    const samples = events.filter((e): e is SamplesEvent => e.kind === 'samples');
    expect(samples.map((s) => [s.fromStep, s.steps])).toEqual([
      [0, 300],
      [300, 300],
      [600, 300],
      [900, 100],
    ]);
    expect(events.at(-1)).toEqual({
      kind: 'done',
      requestId: 2,
      stepsRun: 1000,
      currentStep: 1000,
      totalSteps: 1000,
      finished: true,
    });
    // Every value array travels as a transferable, not a copy.
    expect(transfers[1]).toHaveLength(2);

    const expected = goldenCase('norse-0.0.7', 'notebook-lif-vs-li');
    expect(mismatches(concat(samples, 'pLif'), expected.lif!.v)).toEqual([]);
    expect(mismatches(concat(samples, 'pLi'), expected.li!.v)).toEqual([]);
  });

  it('runs a given number of steps, then the rest, and stops at the duration', () => {
    const { session, events } = harness();
    session.handle({
      kind: 'load',
      requestId: 1,
      document: goldenCircuit('li', {}, [3], 'norse-1.1', 20),
    });
    session.handle({ kind: 'run', requestId: 2, steps: 5 });
    expect(events.at(-1)).toMatchObject({
      kind: 'done',
      stepsRun: 5,
      currentStep: 5,
      finished: false,
    });
    session.handle({ kind: 'run', requestId: 3, steps: 100 });
    expect(events.at(-1)).toMatchObject({
      kind: 'done',
      stepsRun: 15,
      currentStep: 20,
      finished: true,
    });
    session.handle({ kind: 'run', requestId: 4 });
    expect(events.at(-1)).toMatchObject({
      kind: 'done',
      requestId: 4,
      stepsRun: 0,
      finished: true,
    });
  });

  it('answers a run before any load with an error naming the request', () => {
    const { session, events } = harness();
    session.handle({ kind: 'run', requestId: 7 });
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'error',
        requestId: 7,
        requestKind: 'run',
        error: expect.objectContaining({ name: 'NotLoadedError' }),
      }),
    ]);
  });

  it('turns malformed messages into protocol errors instead of dying', () => {
    const { session, events } = harness();
    session.handle(null);
    session.handle({ kind: 'explode', requestId: 3 });
    session.handle({ kind: 'run', requestId: 4, steps: -1 });
    expect(events.map((e) => e.kind === 'error' && [e.requestId, e.error.name])).toEqual([
      [null, 'ProtocolError'],
      [3, 'ProtocolError'],
      [4, 'ProtocolError'],
    ]);
  });

  it('reports an invalid document with its JSON paths, and unloads the previous circuit', () => {
    const { session, events } = harness();
    session.handle({ kind: 'load', requestId: 1, document: lifVersusLi() });
    const broken = lifVersusLi() as unknown as { nodes: { params?: { tauMemMs: number } }[] };
    broken.nodes[1]!.params!.tauMemMs = -5;
    session.handle({ kind: 'load', requestId: 2, document: broken });
    const error = events[1];
    expect(error).toMatchObject({ kind: 'error', requestId: 2, requestKind: 'load' });
    expect(error?.kind === 'error' && error.error.name).toBe('SchemaError');
    expect(error?.kind === 'error' && error.error.message).toContain('$.nodes[1].params.tauMemMs');
    session.handle({ kind: 'run', requestId: 3 });
    expect(events[2]).toMatchObject({ kind: 'error', error: { name: 'NotLoadedError' } });
  });

  it('reports a circuit that cannot compile with its coded diagnostics', () => {
    const { session, events } = harness();
    const intoGenerator = doc(
      [spikeTimes('a', [[1]]), spikeTimes('b', [[2]])],
      [oneToOne('ab', 'a', 'b')],
    );
    session.handle({ kind: 'load', requestId: 1, document: intoGenerator });
    const error = events[0];
    if (error?.kind !== 'error') throw new Error(`expected an error, got ${error?.kind}`);
    expect(error.error.name).toBe('CompileError');
    expect(error.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(error.error.message.length).toBeGreaterThan(0);
  });
});
