import { describe, expect, it } from 'vitest';
import { createReferenceRunner } from '../backends/reference';
import { compile, type Plan } from '../compile';
import type { StateEvent } from '../protocol/messages';
import { goldenCase, mismatches } from '../testdata/golden';
import { lifVersusLi, overflowing } from './fixtures';
import { createSimulationSession } from './session';
import { concatTrace, createTestHost } from './testHost';

async function loaded(document = lifVersusLi()) {
  const host = createTestHost();
  const session = createSimulationSession(host);
  const send = async (message: unknown) => {
    session.handle(message);
    await host.settle();
  };
  await send({ kind: 'load', requestId: 1, document });
  return { host, send };
}

function planOf(document: ReturnType<typeof lifVersusLi>): Plan {
  const compiled = compile(document);
  if (!compiled.ok) throw new Error('does not compile');
  return compiled.plan;
}

const lastState = (events: unknown[]) =>
  events.filter((e): e is StateEvent => (e as StateEvent).kind === 'state').at(-1);

describe('live runs', () => {
  it('streams at real time (speed 1), one batch per frame, and pause freezes it', async () => {
    const { host, send } = await loaded();
    await send({ kind: 'run', requestId: 2, speed: 1 });
    expect(lastState(host.events)).toMatchObject({ state: 'running', requestId: 2 });
    await host.advanceTime(160);
    const streamed = host.samples();
    const simulated = streamed.reduce((n, s) => n + s.steps, 0);
    expect(simulated).toBeGreaterThanOrEqual(140);
    expect(simulated).toBeLessThanOrEqual(160);
    expect(streamed.length).toBeGreaterThanOrEqual(8);
    expect(streamed.length).toBeLessThanOrEqual(11);
    await send({ kind: 'pause', requestId: 3 });
    const paused = lastState(host.events)!;
    expect(paused).toMatchObject({ state: 'paused', requestId: 3 });
    const count = host.samples().length;
    await host.advanceTime(200);
    expect(host.samples()).toHaveLength(count);
    // The stream is the exact Norse trace so far.
    const golden = goldenCase('norse-0.0.7', 'notebook-lif-vs-li');
    const trace = concatTrace(host.samples(), 'pLif');
    expect(mismatches(trace, golden.lif!.v.slice(0, trace.length))).toEqual([]);
    expect(trace.length).toBe(paused.currentStep);
  });

  it('runs to the end at a higher speed, then reports finished with the compute time', async () => {
    const { host, send } = await loaded();
    await send({ kind: 'run', requestId: 2, speed: 1 });
    await host.advanceTime(50);
    await send({ kind: 'run', requestId: 3, speed: 10 });
    await host.advanceTime(200);
    expect(lastState(host.events)).toMatchObject({
      state: 'finished',
      requestId: 3,
      currentStep: 1000,
    });
    expect(concatTrace(host.samples(), 'pLi')).toHaveLength(1000);
    // Running again at the end does nothing but say so.
    await send({ kind: 'run', requestId: 4, speed: 1 });
    expect(lastState(host.events)).toMatchObject({ state: 'finished', requestId: 4 });
  });

  it('runs as fast as possible with speed "max" and stops at untilStep', async () => {
    const { host, send } = await loaded();
    host.msPerStep = 0.001;
    await send({ kind: 'run', requestId: 2, speed: 'max', untilStep: 600 });
    await host.advanceTime(50);
    expect(lastState(host.events)).toMatchObject({ state: 'paused', currentStep: 600 });
  });

  it('takes a parameter change while running from the current step on', async () => {
    const { host, send } = await loaded();
    await send({ kind: 'run', requestId: 2, speed: 1 });
    await host.advanceTime(64);
    await send({ kind: 'setParam', requestId: 3, nodeId: 'lif', field: 'tauMemMs', value: 15 });
    const changedAt = lastState(host.events)!;
    expect(changedAt).toMatchObject({ state: 'running', requestId: 3 });
    await send({ kind: 'run', requestId: 4, speed: 100 });
    await host.advanceTime(200);
    expect(lastState(host.events)).toMatchObject({ state: 'finished' });

    // Expected: the old τmem up to the change, the new one after (the reference runner reads its
    // plan's coefficient arrays at every step).
    const plan = planOf(lifVersusLi());
    const runner = createReferenceRunner(plan);
    const first = runner.advance(changedAt.currentStep).probes[0]!.values![0]!;
    plan.a.set(planOf(lifVersusLi({ tauMemMs: 15 })).a.subarray(0, plan.a.length));
    const rest = runner.advance(1000 - changedAt.currentStep).probes[0]!.values![0]!;
    const expected = new Float32Array(1000);
    expected.set(first);
    expected.set(rest, first.length);
    expect(concatTrace(host.samples(), 'pLif')).toEqual(expected);
  });

  it('refuses a change of structure, an unknown field and an out-of-range value', async () => {
    const { host, send } = await loaded();
    await send({ kind: 'setParam', requestId: 2, nodeId: 'lif', field: 'size', value: 3 });
    await send({ kind: 'setParam', requestId: 3, nodeId: 'lif', field: 'tauMemMs', value: -1 });
    await send({ kind: 'setParam', requestId: 4, nodeId: 'nowhere', field: 'vTh', value: 1 });
    await send({ kind: 'setParam', requestId: 5, nodeId: 'toLif', field: 'weight', value: 2 });
    await send({
      kind: 'setParam',
      requestId: 6,
      nodeId: 'lif',
      field: 'vTh',
      value: 0.5,
      neuron: 4,
    });
    const answers = host.events.slice(1).map((e) => (e.kind === 'error' ? e.error.name : e.kind));
    expect(answers).toEqual([
      'ParameterError',
      'SchemaError',
      'ParameterError',
      'state',
      'ParameterError',
    ]);
  });

  it('pauses a live run on a NaN and names the population', async () => {
    const { host, send } = await loaded(overflowing());
    await send({ kind: 'run', requestId: 2, speed: 1 });
    await host.advanceTime(100);
    const halted = host.events.find((e) => e.kind === 'halted');
    expect(halted).toMatchObject({ requestId: 2, populationLabel: 'leaky', variable: 'v' });
    expect(lastState(host.events)).toMatchObject({ state: 'paused', requestId: 2 });
  });

  it('a step, reset or load during a run stops the run first', async () => {
    const { host, send } = await loaded();
    await send({ kind: 'run', requestId: 2, speed: 1 });
    await host.advanceTime(32);
    await send({ kind: 'step', requestId: 3 });
    const stepped = lastState(host.events)!;
    expect(stepped.state).toBe('stepped');
    await host.advanceTime(100);
    expect(lastState(host.events)).toBe(stepped);
    const samples = host.samples();
    expect(samples.at(-1)).toMatchObject({ requestId: 3, steps: 1 });
    // The stream has no gap or overlap.
    samples.reduce((next, s) => {
      expect(s.fromStep).toBe(next);
      return s.fromStep + s.steps;
    }, 0);
  });
});
