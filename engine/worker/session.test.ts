import { describe, expect, it } from 'vitest';
import { createReferenceRunner } from '../backends/reference';
import { compile } from '../compile';
import type { StateEvent, WorkerEvent } from '../protocol/messages';
import { doc, lif, probe, attach, spikeTimes, oneToOne } from '../testdata/circuits';
import { goldenCase, mismatches } from '../testdata/golden';
import { lifVersusLi, overflowing } from './fixtures';
import { createSimulationSession } from './session';
import { concatTrace, createTestHost } from './testHost';

function setup() {
  const host = createTestHost();
  const session = createSimulationSession(host);
  const send = async (message: unknown) => {
    session.handle(message);
    await host.settle();
  };
  return { host, session, send };
}

const states = (events: WorkerEvent[]) =>
  events.filter((e): e is StateEvent => e.kind === 'state').map((e) => [e.state, e.currentStep]);

describe('simulation session: load and run for a duration', () => {
  it('loads, then simulates the run length and reproduces Norse 0.0.7 exactly', async () => {
    const { host, send } = setup();
    await send({ kind: 'load', requestId: 1, document: lifVersusLi() });
    expect(host.events[0]).toMatchObject({
      kind: 'loaded',
      requestId: 1,
      backend: 'reference',
      backendChoice: 'auto',
      dtMs: 1,
      totalSteps: 1000,
      inputOrder: 'norse-0.0.7',
      backends: [expect.objectContaining({ name: 'reference', available: true })],
    });
    await send({ kind: 'runFor', requestId: 2, durationMs: 1000, fromStart: true });
    const golden = goldenCase('norse-0.0.7', 'notebook-lif-vs-li');
    expect(mismatches(concatTrace(host.samples(), 'pLif'), golden.lif!.v)).toEqual([]);
    expect(mismatches(concatTrace(host.samples(), 'pLi'), golden.li!.v)).toEqual([]);
    const spikes = host.samples().flatMap((s) => [...(s.traces[2]?.spikeSteps ?? [])]);
    expect(spikes).toEqual(golden.lif!.spikeSteps);
    expect(host.events.at(-1)).toMatchObject({
      kind: 'state',
      requestId: 2,
      state: 'finished',
      currentStep: 1000,
      stepsRun: 1000,
    });
    // Every value array travels as a transferable, not a copy.
    const samplesIndex = host.events.findIndex((e) => e.kind === 'samples');
    expect(host.transfers[samplesIndex]!.length).toBeGreaterThanOrEqual(2);
  });

  it('slices a long run, answers ping in between, and pause stops it early', async () => {
    const { host, session } = setup();
    host.msPerStep = 0.01;
    const long = {
      ...lifVersusLi(),
      simulation: { ...lifVersusLi().simulation, durationMs: 200_000 },
    };
    session.handle({ kind: 'load', requestId: 1, document: long });
    await host.settle();
    session.handle({ kind: 'runFor', requestId: 2, durationMs: 200_000 });
    // Let a few slices run, then ask.
    for (let k = 0; k < 3; k++) await new Promise((r) => setTimeout(r, 0));
    session.handle({ kind: 'ping', requestId: 3 });
    session.handle({ kind: 'pause', requestId: 4 });
    await host.settle();
    const kinds = host.events.map((e) => `${e.kind}:${e.requestId}`);
    expect(kinds.indexOf('pong:3')).toBeLessThan(kinds.indexOf('state:2'));
    const end = host.events.find((e) => e.kind === 'state' && e.requestId === 2) as StateEvent;
    expect(end.state).toBe('paused');
    expect(end.currentStep).toBeGreaterThan(0);
    expect(end.currentStep).toBeLessThan(200_000);
    expect(host.events.at(-1)).toMatchObject({ kind: 'state', requestId: 4, state: 'paused' });
    // Posts come at most once per frame of (fake) time: never two within 16 ms of each other.
    expect(host.samples().length).toBeLessThanOrEqual(Math.ceil(end.currentStep * 0.01) / 16 + 2);
  });

  it('steps, resets and keeps the samples continuous', async () => {
    const { host, send } = setup();
    await send({ kind: 'load', requestId: 1, document: lifVersusLi() });
    await send({ kind: 'step', requestId: 2 });
    await send({ kind: 'step', requestId: 3, steps: 24 });
    expect(states(host.events)).toEqual([
      ['stepped', 1],
      ['stepped', 25],
    ]);
    expect(host.samples().map((s) => [s.fromStep, s.steps])).toEqual([
      [0, 1],
      [1, 24],
    ]);
    await send({ kind: 'reset', requestId: 4 });
    expect(host.events.at(-1)).toMatchObject({ state: 'reset', currentStep: 0 });
  });

  it('re-loading the same structure keeps the runner and equals a fresh compile', async () => {
    const { host, send } = setup();
    await send({ kind: 'load', requestId: 1, document: lifVersusLi() });
    await send({ kind: 'runFor', requestId: 2, durationMs: 1000, fromStart: true });
    await send({ kind: 'load', requestId: 3, document: lifVersusLi({ tauMemMs: 25 }) });
    const before = host.events.length;
    await send({ kind: 'runFor', requestId: 4, durationMs: 1000, fromStart: true });
    expect(host.created).toHaveLength(1);
    const compiled = compile(lifVersusLi({ tauMemMs: 25 }));
    if (!compiled.ok) throw new Error('does not compile');
    const expected = createReferenceRunner(compiled.plan).advance(1000).probes[0]!.values![0]!;
    const samples = host.samples().filter((s) => host.events.indexOf(s) >= before);
    expect(concatTrace(samples, 'pLif')).toEqual(expected);
  });
});

describe('simulation session: failures', () => {
  it('pauses on a NaN or infinity and names the population and step', async () => {
    const { host, send } = setup();
    await send({ kind: 'load', requestId: 1, document: overflowing() });
    await send({ kind: 'runFor', requestId: 2, durationMs: 100, fromStart: true });
    const halted = host.events.find((e) => e.kind === 'halted');
    expect(halted).toMatchObject({
      requestId: 2,
      populationId: 'leaky',
      probeId: 'pv',
      variable: 'v',
      neuron: 0,
    });
    expect(halted?.kind === 'halted' && halted.step).toBeGreaterThanOrEqual(10);
    expect(host.events.at(-1)).toMatchObject({ kind: 'state', state: 'paused' });
  });

  it('refuses a circuit too large with its size and the limit', async () => {
    const { host, send } = setup();
    const huge = doc([lif('big', 6_000_000), lif('big2', 6_000_000)], [], { durationMs: 10 });
    await send({ kind: 'load', requestId: 1, document: huge });
    const error = host.events[0];
    if (error?.kind !== 'error') throw new Error(`expected an error, got ${error?.kind}`);
    expect(error.error.name).toBe('CircuitTooLargeError');
    expect(error.error.message).toMatch(/12000000 neurons.*limit is 10000000/);
    expect(error.diagnostics.map((d) => d.code)).toContain('CIRCUIT_TOO_LARGE');
  });

  it('reports an invalid document with its JSON paths, and unloads the previous circuit', async () => {
    const { host, send } = setup();
    await send({ kind: 'load', requestId: 1, document: lifVersusLi() });
    const broken = lifVersusLi() as unknown as { nodes: { params?: { tauMemMs: number } }[] };
    broken.nodes[1]!.params!.tauMemMs = -5;
    await send({ kind: 'load', requestId: 2, document: broken });
    expect(host.events[1]).toMatchObject({ kind: 'error', requestId: 2, requestKind: 'load' });
    const error = host.events[1];
    expect(error?.kind === 'error' && error.error.name).toBe('SchemaError');
    expect(error?.kind === 'error' && error.error.message).toContain('$.nodes[1].params.tauMemMs');
    await send({ kind: 'run', requestId: 3, speed: 1 });
    expect(host.events[2]).toMatchObject({ kind: 'error', error: { name: 'NotLoadedError' } });
  });

  it('reports a circuit that cannot compile with its coded diagnostics', async () => {
    const { host, send } = setup();
    const intoGenerator = doc(
      [spikeTimes('a', [[1]]), spikeTimes('b', [[2]])],
      [oneToOne('ab', 'a', 'b')],
    );
    await send({ kind: 'load', requestId: 1, document: intoGenerator });
    const error = host.events[0];
    if (error?.kind !== 'error') throw new Error(`expected an error, got ${error?.kind}`);
    expect(error.error.name).toBe('CompileError');
    expect(error.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('turns malformed messages into protocol errors instead of dying', async () => {
    const { host, send } = setup();
    for (const bad of [
      null,
      { kind: 'explode', requestId: 3 },
      { kind: 'step', requestId: 4, steps: -1 },
      { kind: 'run', requestId: 5, speed: 0 },
      { kind: 'setParam', requestId: 6, nodeId: 'lif', field: 'vTh', value: Number.NaN },
      { kind: 'runFor', requestId: 7 },
    ]) {
      await send(bad);
    }
    expect(host.events.map((e) => e.kind === 'error' && [e.requestId, e.error.name])).toEqual([
      [null, 'ProtocolError'],
      [3, 'ProtocolError'],
      [4, 'ProtocolError'],
      [5, 'ProtocolError'],
      [6, 'ProtocolError'],
      [7, 'ProtocolError'],
    ]);
  });

  it('refuses an unknown backend and keeps the circuit loaded', async () => {
    const { host, send } = setup();
    await send({ kind: 'load', requestId: 1, document: lifVersusLi() });
    await send({ kind: 'chooseBackend', requestId: 2, backend: 'quantum' });
    expect(host.events[1]).toMatchObject({ kind: 'error', requestId: 2 });
    await send({ kind: 'step', requestId: 3 });
    expect(host.events.at(-1)).toMatchObject({ kind: 'state', state: 'stepped' });
    await send({ kind: 'chooseBackend', requestId: 4, backend: 'reference' });
    expect(host.events.at(-1)).toMatchObject({ kind: 'loaded', backend: 'reference' });
  });
});

describe('simulation session: subscriptions', () => {
  it('streams only subscribed probes, and at most the asked number of traces', async () => {
    const { host, send } = setup();
    const wide = doc(
      [spikeTimes('in', [[1], [2], [3]]), lif('pop', 3), probe('pv', 'v'), probe('pz', 'spikes')],
      [oneToOne('e', 'in', 'pop', 20), attach('a', 'pop', 'pv'), attach('b', 'pop', 'pz')],
      { durationMs: 10 },
    );
    await send({ kind: 'load', requestId: 1, document: wide });
    await send({ kind: 'subscribe', requestId: 2, probeIds: ['pv'], maxTracesPerProbe: 2 });
    await send({ kind: 'runFor', requestId: 3, durationMs: 10 });
    const [batch] = host.samples();
    expect(batch?.traces.map((t) => [t.probeId, t.values?.length])).toEqual([['pv', 2]]);
    await send({ kind: 'subscribe', requestId: 4, probeIds: 'all' });
    await send({ kind: 'runFor', requestId: 5, durationMs: 10, fromStart: true });
    const last = host.samples().at(-1)!;
    expect(last.traces.map((t) => t.probeId)).toEqual(['pv', 'pz']);
    const compiled = compile(wide);
    if (!compiled.ok) throw new Error('does not compile');
    const lists = createReferenceRunner(compiled.plan).advance(10).probes[1]!.spikeSteps!;
    const expected = lists
      .flatMap((steps, neuron) => steps.map((step) => [step, neuron]))
      .sort((p, q) => p[0]! - q[0]! || p[1]! - q[1]!);
    expect(expected.length).toBeGreaterThan(3);
    expect([...last.traces[1]!.spikeSteps!]).toEqual(expected.map((p) => p[0]));
    expect([...last.traces[1]!.spikeNeurons!]).toEqual(expected.map((p) => p[1]));
  });
});
