import { afterEach, describe, expect, it } from 'vitest';
import { doc, lif, probe, attach } from '../../engine/testdata/circuits';
import type { CircuitDocument } from '../../engine/schema';
import { createSimController, type SimController } from './controller';
import { createEngineClient } from './engineClient';
import { createFakeWorker, toyValue, type FakeWorker } from './fakeWorker';
import { createSampleStore, type SampleStore } from './sampleStore';
import { INITIAL_SIM_STATE, type SimState } from './simStore';

const circuit = (tauMemMs = 10, size = 1): CircuitDocument =>
  doc([lif('lif', size, { tauMemMs }), probe('pv', 'v')], [attach('a', 'lif', 'pv')], {
    durationMs: 50,
  });

const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

function setup(mode: SimState['mode'] = 'instant') {
  let state: SimState = { ...INITIAL_SIM_STATE, mode };
  const store = {
    getState: () => state,
    setState: (partial: Partial<SimState>) => {
      state = { ...state, ...partial };
    },
  };
  let current = circuit();
  const listeners = new Set<(d: CircuitDocument) => void>();
  const documents = {
    get: () => current,
    subscribe(listener: (d: CircuitDocument) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const workers: FakeWorker[] = [];
  const client = createEngineClient(() => {
    const worker = createFakeWorker();
    workers.push(worker);
    return worker;
  });
  const samples: SampleStore = createSampleStore();
  const controller = createSimController(client, samples, store, documents);
  const edit = (next: CircuitDocument) => {
    current = next;
    for (const l of listeners) l(next);
  };
  const kinds = (worker = workers.at(-1)!) => worker.requests.map((r) => r.kind);
  return { controller, samples, store, edit, workers, kinds, state: () => state };
}

let active: SimController | null = null;
afterEach(() => active?.dispose());

describe('simulation controller: instant mode', () => {
  it('simulates the run length on start and publishes it as one drawing', async () => {
    const t = setup();
    active = t.controller;
    let published = 0;
    t.samples.subscribe(() => published++);
    t.controller.start();
    await t.controller.idle();
    expect(t.kinds()).toEqual(['subscribe', 'load', 'runFor']);
    expect(t.state()).toMatchObject({ phase: 'finished', backend: 'reference', totalSteps: 50 });
    expect(t.state().lastRun).toEqual({ simulatedMs: 50, computeMs: 1 });
    expect(published).toBe(1);
    expect(t.samples.endStep).toBe(50);
    expect(t.samples.trace('pv', 0)?.at(3)).toBe(toyValue(circuit(), 3));
  });

  it('coalesces a slider drag: one run in flight, then only the latest document', async () => {
    const t = setup();
    active = t.controller;
    t.controller.start();
    await t.controller.idle();
    const worker = t.workers[0]!;
    worker.hold = true;
    t.edit(circuit(11));
    await tick();
    for (let tau = 12; tau <= 30; tau++) t.edit(circuit(tau));
    worker.hold = false;
    worker.release();
    await t.controller.idle();
    // The first document is loaded; the slider's numbers follow as setParam (no reload).
    const loads = worker.requests.filter((r) => r.kind === 'load');
    expect(loads.map((r) => (r.kind === 'load' ? toyValue(r.document, 0) : -1))).toEqual([10]);
    const edits = worker.requests.flatMap((r) => (r.kind === 'setParam' ? [r.value] : []));
    expect(edits).toEqual([11, 30]);
    expect(t.controller.shownDocument).toEqual(circuit(30));
    expect(t.samples.documentSeq).toBe(t.controller.documentSeq);
    expect(t.samples.trace('pv', 0)?.at(0)).toBe(30);
  });

  it('shows a circuit that cannot be loaded as a failure, cleared by the next good edit', async () => {
    const t = setup();
    active = t.controller;
    t.controller.start();
    await t.controller.idle();
    t.workers[0]!.failLoads = { name: 'CompileError', message: 'E_LOOP: a loop of delay 0' };
    t.edit(circuit(12));
    await t.controller.idle();
    expect(t.state().phase).toBe('failed');
    expect(t.state().failure).toMatchObject({
      title: 'test cannot be simulated',
      message: 'E_LOOP: a loop of delay 0',
    });
    t.workers[0]!.failLoads = null;
    t.edit(circuit(13));
    await t.controller.idle();
    expect(t.state()).toMatchObject({ failure: null, phase: 'finished' });
  });
});

describe('simulation controller: live mode', () => {
  it('Run leaves instant mode, starts over at the end, and streams frame by frame', async () => {
    const t = setup();
    active = t.controller;
    t.controller.start();
    await t.controller.idle();
    let published = 0;
    t.samples.subscribe(() => published++);
    t.controller.run();
    await t.controller.idle();
    expect(t.state().mode).toBe('live');
    expect(t.kinds().slice(-2)).toEqual(['reset', 'run']);
    expect(t.state().phase).toBe('running');
    expect(t.samples.endStep).toBe(0);
    t.workers[0]!.stream(5);
    t.workers[0]!.stream(5);
    expect(published).toBe(3); // the reset, then one per batch
    expect(t.samples.endStep).toBe(10);
    t.controller.pause();
    await t.controller.idle();
    expect(t.state().phase).toBe('paused');
  });

  it('sends a slider step as setParam, and reloads on a structural edit', async () => {
    const t = setup('live');
    active = t.controller;
    t.controller.start();
    await t.controller.idle();
    expect(t.kinds()).toEqual(['subscribe', 'load']);
    t.edit(circuit(25));
    await t.controller.idle();
    expect(t.workers[0]!.requests.at(-1)).toMatchObject({
      kind: 'setParam',
      nodeId: 'lif',
      field: 'tauMemMs',
      value: 25,
    });
    t.edit(circuit(25, 3));
    await t.controller.idle();
    expect(t.kinds().at(-1)).toBe('load');
  });

  it('restarts a crashed worker with the circuit intact, and gives up after three crashes', async () => {
    const t = setup('live');
    active = t.controller;
    t.controller.start();
    await t.controller.idle();
    t.edit(circuit(42));
    await t.controller.idle();
    t.workers[0]!.crash('out of memory');
    await t.controller.idle();
    expect(t.workers[0]!.terminated).toBe(true);
    expect(t.workers).toHaveLength(2);
    expect(t.state().notice).toMatchObject({ kind: 'crash' });
    expect(t.state().notice?.message).toContain('WorkerError: out of memory');
    const reload = t.workers[1]!.requests.find((r) => r.kind === 'load');
    expect(reload?.kind === 'load' && reload.document).toEqual(circuit(42));
    t.workers[1]!.crash();
    await t.controller.idle();
    t.workers[2]!.crash();
    await t.controller.idle();
    expect(t.workers).toHaveLength(3);
    expect(t.state().phase).toBe('failed');
    expect(t.state().failure?.title).toBe('The simulation of test failed');
    t.controller.restartEngine();
    await t.controller.idle();
    expect(t.workers).toHaveLength(4);
    expect(t.state().failure).toBeNull();
  });

  it('names the population of a NaN in a notice', async () => {
    const t = setup('live');
    active = t.controller;
    t.controller.start();
    await t.controller.idle();
    t.workers[0]!.emit({
      kind: 'halted',
      requestId: 9,
      populationId: 'lif',
      populationLabel: 'LIF 1',
      probeId: 'pv',
      variable: 'v',
      neuron: 0,
      step: 12,
      value: 'NaN',
      currentStep: 16,
    });
    expect(t.state().notice).toMatchObject({
      kind: 'halted',
      title: 'Paused: NaN in population “LIF 1”',
    });
    expect(t.state().notice?.message).toContain('at step 12 (t = 12 ms)');
  });
});
