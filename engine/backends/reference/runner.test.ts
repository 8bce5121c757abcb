import { describe, expect, it } from 'vitest';
import { compile } from '../../compile';
import type { Plan } from '../../compile/types';
import type { CircuitDocument, CircuitNode } from '../../schema/types';
import { attach, doc, lif, oneToOne, probe } from '../../testdata/circuits';
import { createReferenceRunner } from './runner';
import { simulate } from './simulate';

const at = { x: 0, y: 0 };

function poissonCircuit(seed: number, circuitSeed = 0): CircuitDocument {
  const poisson: CircuitNode = {
    id: 'p',
    label: 'Poisson',
    position: at,
    kind: 'poisson',
    size: 20,
    rateHz: 50,
    seed,
  };
  return doc(
    [poisson, lif('A', 20), probe('zp', 'spikes'), probe('v', 'v', [0, 7])],
    [oneToOne('e', 'p', 'A', 3), attach('a', 'p', 'zp'), attach('b', 'A', 'v')],
    { durationMs: 500, seed: circuitSeed },
  );
}

function planOf(d: CircuitDocument): Plan {
  const r = compile(d);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.plan;
}

describe('reference runner', () => {
  it('is deterministic: two runs give identical results', () => {
    const plan = planOf(poissonCircuit(7));
    expect(simulate(plan)).toEqual(simulate(plan));
    expect(simulate(planOf(poissonCircuit(7)))).toEqual(simulate(plan));
  });

  it('draws Poisson spikes from the seed: same seed same spikes, another seed others', () => {
    const spikesOf = (seed: number) =>
      simulate(planOf(poissonCircuit(seed))).probes[0]!.spikeSteps!;
    const a = spikesOf(7);
    expect(spikesOf(7)).toEqual(a);
    expect(spikesOf(8)).not.toEqual(a);
    const total = a.reduce((n, s) => n + s.length, 0);
    // 20 neurons · 0.5 s · 50 Hz = 500 expected spikes
    expect(total).toBeGreaterThan(400);
    expect(total).toBeLessThan(600);
    // neurons are independent trains
    expect(a[0]).not.toEqual(a[1]);
  });

  it('mixes the circuit seed and the node id into the draws', () => {
    const spikesOf = (d: CircuitDocument) => simulate(planOf(d)).probes[0]!.spikeSteps!;
    const base = spikesOf(poissonCircuit(7));
    expect(spikesOf(poissonCircuit(7, 1))).not.toEqual(base);
    const twin = poissonCircuit(7);
    const copy = { ...twin.nodes[0]!, id: 'p2' };
    twin.nodes.push(copy, probe('zp2', 'spikes'));
    twin.edges.push(attach('c', 'p2', 'zp2'));
    const both = simulate(planOf(twin)).probes;
    expect(both[0]!.spikeSteps).toEqual(base);
    expect(both.find((p) => p.probeId === 'zp2')!.spikeSteps).not.toEqual(base);
  });

  it('streams in chunks exactly what one long run gives, and reset starts over', () => {
    const plan = planOf(poissonCircuit(3));
    const whole = simulate(plan);
    const runner = createReferenceRunner(plan);
    const chunks = [runner.advance(123), runner.advance(0), runner.advance(377)];
    expect(runner.currentStep).toBe(500);
    expect(chunks.map((c) => [c.startStep, c.stepCount])).toEqual([
      [0, 123],
      [123, 0],
      [123, 377],
    ]);
    const v = chunks.flatMap((c) => Array.from(c.probes[1]!.values![1]!));
    expect(v).toEqual(Array.from(whole.probes[1]!.values![1]!));
    const spikes = chunks.flatMap((c) => c.probes[0]!.spikeSteps![4]!);
    expect(spikes).toEqual(whole.probes[0]!.spikeSteps![4]);

    runner.reset();
    expect(runner.currentStep).toBe(0);
    expect(runner.advance(500).probes[1]!.values).toEqual(whole.probes[1]!.values);
    // a runner keeps going past the plan's duration
    expect(runner.advance(10).startStep).toBe(500);
  });

  it('reports the run settings and probe metadata', () => {
    const plan = planOf(poissonCircuit(1));
    const r = simulate(plan, 12);
    expect(r).toMatchObject({ dtMs: 1, steps: 12, inputOrder: 'norse-1.1' });
    expect(r.probes[1]).toMatchObject({
      probeId: 'v',
      label: 'v',
      targetId: 'A',
      variable: 'v',
      neurons: [0, 7],
    });
    expect(r.probes[1]!.values![0]).toHaveLength(12);
  });

  it('refuses a negative or fractional step count (a caller bug)', () => {
    const runner = createReferenceRunner(planOf(poissonCircuit(1)));
    expect(() => runner.advance(-1)).toThrow(RangeError);
    expect(() => runner.advance(1.5)).toThrow(RangeError);
  });

  it('runs regular trains and a switched constant current', () => {
    const nodes: CircuitNode[] = [
      {
        id: 'r',
        label: 'Regular',
        position: at,
        kind: 'regular',
        size: 2,
        periodMs: 10,
        phaseMs: 3,
      },
      {
        id: 'c',
        label: 'Current',
        position: at,
        kind: 'constantCurrent',
        size: 1,
        amplitude: 2,
        startMs: 10,
        stopMs: 20,
      },
      lif('A', 1, { vTh: 1e9 }),
      probe('zr', 'spikes'),
      probe('i', 'i'),
    ];
    const r = simulate(
      planOf(
        doc(nodes, [oneToOne('e', 'c', 'A'), attach('a', 'r', 'zr'), attach('b', 'A', 'i')], {
          durationMs: 40,
        }),
      ),
    );
    expect(r.probes[0]!.spikeSteps).toEqual([
      [3, 13, 23, 33],
      [3, 13, 23, 33],
    ]);
    const i = Array.from(r.probes[1]!.values![0]!);
    expect(i.slice(0, 10).every((x) => x === 0)).toBe(true);
    expect(i[10]).toBeGreaterThan(0);
    // after the current stops, i only decays
    expect(i[20]!).toBeLessThan(i[19]!);
    expect(i[21]!).toBeLessThan(i[20]!);
  });
});
