import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compile';
import type {
  CircuitDocument,
  CircuitEdge,
  CircuitNode,
  ConnectionRule,
  WeightValue,
} from '../../schema/types';
import { FORMAT_VERSION } from '../../schema/types';
import { simulate } from './simulate';

const at = { x: 0, y: 0 };
const size = fc.integer({ min: 1, max: 4 });
const tau = fc.oneof(
  { arbitrary: fc.double({ min: 0.5, max: 200, noNaN: true }), weight: 30 },
  { arbitrary: fc.constant(-1), weight: 1 },
);
const potential = fc.double({ min: -2, max: 2, noNaN: true });

const node = (id: string): fc.Arbitrary<CircuitNode> =>
  fc.oneof(
    { arbitrary: population(id), weight: 6 },
    { arbitrary: spikeTimesNode(id), weight: 3 },
    { arbitrary: otherGenerator(id), weight: 2 },
    { arbitrary: probeNode(id), weight: 1 },
  );

const population = (id: string): fc.Arbitrary<CircuitNode> =>
  fc
    .record({
      size,
      tauMemMs: tau,
      tauSynMs: tau,
      vLeak: potential,
      vTh: potential,
      vReset: potential,
      lif: fc.boolean(),
    })
    .map(({ size, lif, vTh, vReset, ...p }): CircuitNode =>
      lif
        ? { id, label: id, position: at, kind: 'lif', size, params: { ...p, vTh, vReset } }
        : { id, label: id, position: at, kind: 'li', size, params: p },
    );

const spikeTimesNode = (id: string): fc.Arbitrary<CircuitNode> =>
  size.chain((n) =>
    fc
      .array(fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { maxLength: 4 }), {
        minLength: n,
        maxLength: n,
      })
      .map((spikeTimesMs): CircuitNode => ({
        id,
        label: id,
        position: at,
        kind: 'spikeTimes',
        size: n,
        spikeTimesMs,
      })),
  );

const otherGenerator = (id: string): fc.Arbitrary<CircuitNode> =>
  fc.oneof(
    fc
      .record({ size, rateHz: fc.double({ min: 0, max: 2000, noNaN: true }), seed: fc.nat() })
      .map((g): CircuitNode => ({ id, label: id, position: at, kind: 'poisson', ...g })),
    fc
      .record({
        size,
        periodMs: fc.double({ min: 0.1, max: 30, noNaN: true }),
        phaseMs: fc.double({ min: 0, max: 10, noNaN: true }),
      })
      .map((g): CircuitNode => ({ id, label: id, position: at, kind: 'regular', ...g })),
    fc
      .record({ size, amplitude: fc.double({ min: -5, max: 5, noNaN: true }) })
      .map((g): CircuitNode => ({ id, label: id, position: at, kind: 'constantCurrent', ...g })),
  );

const probeNode = (id: string): fc.Arbitrary<CircuitNode> =>
  fc
    .record({
      variable: fc.constantFrom('v' as const, 'i' as const, 'spikes' as const),
      neurons: fc.oneof(
        fc.constant('all' as const),
        fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 3 }),
      ),
    })
    .map((p): CircuitNode => ({ id, label: id, position: at, kind: 'probe', ...p }));

const weight: fc.Arbitrary<WeightValue> = fc.oneof(
  fc.double({ min: -3, max: 3, noNaN: true }),
  fc.constant({ distribution: 'uniform' as const, low: -1, high: 1 }),
  fc.constant({ distribution: 'normal' as const, mean: 0.5, std: 0.5 }),
);

const rule: fc.Arbitrary<ConnectionRule> = fc.oneof(
  weight.map((w) => ({ type: 'oneToOne' as const, weight: w })),
  weight.map((w) => ({ type: 'allToAll' as const, weight: w })),
  fc
    .record({ probability: fc.double({ min: 0, max: 1, noNaN: true }), weight })
    .map((r) => ({ type: 'random' as const, ...r })),
  fc.constant<ConnectionRule>({
    type: 'matrix',
    weights: [
      [1, 0.5],
      [0.25, 2],
    ],
  }),
);

/** Edges among `nodes`: mostly plausible (so many circuits compile), sometimes anything. */
function edges(nodes: readonly CircuitNode[]): fc.Arbitrary<CircuitEdge[]> {
  const ids = nodes.map((n) => n.id);
  const pick = (list: string[]) =>
    list.length > 0 ? fc.constantFrom(...list) : fc.constantFrom(...ids);
  const senders = nodes.filter((n) => n.kind !== 'probe' && n.kind !== 'li').map((n) => n.id);
  const populations = nodes.filter((n) => n.kind === 'li' || n.kind === 'lif').map((n) => n.id);
  const recordable = nodes.filter((n) => n.kind !== 'probe').map((n) => n.id);
  const probes = nodes.filter((n) => n.kind === 'probe').map((n) => n.id);
  const edge = (k: number): fc.Arbitrary<CircuitEdge> =>
    fc.oneof(
      {
        arbitrary: fc
          .record({
            source: pick(senders),
            target: pick(populations),
            rule,
            delaySteps: fc.nat({ max: 3 }),
            seed: fc.nat(),
          })
          .map((e): CircuitEdge => ({ kind: 'projection', id: `e${k}`, ...e })),
        weight: 6,
      },
      {
        arbitrary: fc
          .record({ source: pick(recordable), target: pick(probes) })
          .map((e): CircuitEdge => ({ kind: 'probe', id: `e${k}`, ...e })),
        weight: 3,
      },
      {
        arbitrary: fc
          .record({
            source: pick(ids),
            target: pick(ids),
            rule,
            delaySteps: fc.nat({ max: 3 }),
            seed: fc.nat(),
          })
          .map((e): CircuitEdge => ({ kind: 'projection', id: `e${k}`, ...e })),
        weight: 1,
      },
      {
        arbitrary: fc
          .record({ source: pick(ids), target: pick(ids) })
          .map((e): CircuitEdge => ({ kind: 'probe', id: `e${k}`, ...e })),
        weight: 1,
      },
    );
  return fc
    .integer({ min: 0, max: 6 })
    .chain((m) => fc.tuple(...Array.from({ length: m }, (_, k) => edge(k))));
}

const circuit: fc.Arbitrary<CircuitDocument> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => node(`n${k}`))))
  .chain((nodes) =>
    fc.record({
      nodes: fc.constant(nodes),
      edges: edges(nodes),
      inputOrder: fc.constantFrom('norse-1.1' as const, 'norse-0.0.7' as const),
      durationMs: fc.integer({ min: 0, max: 50 }),
    }),
  )
  .map(({ nodes, edges, inputOrder, durationMs }) => ({
    formatVersion: FORMAT_VERSION,
    name: 'random',
    simulation: { dtMs: 1, durationMs, inputOrder, seed: 0 },
    nodes: [...nodes],
    edges: [...edges],
  }));

describe('random small circuits', () => {
  it('never make compile or simulate throw, and results have the promised shape', () => {
    let compiled = 0;
    fc.assert(
      fc.property(circuit, (d) => {
        const r = compile(d);
        if (!r.ok) {
          expect(r.diagnostics.some((x) => x.severity === 'error')).toBe(true);
          return;
        }
        compiled++;
        const result = simulate(r.plan);
        expect(result.steps).toBe(d.simulation.durationMs);
        for (const trace of result.probes) {
          if (trace.variable === 'spikes') {
            expect(trace.spikeSteps).toHaveLength(trace.neurons.length);
          } else {
            for (const v of trace.values!) expect(v).toHaveLength(result.steps);
          }
        }
        expect(simulate(r.plan)).toEqual(result);
      }),
      { numRuns: 400, seed: 20261128 },
    );
    // The generator must produce runnable circuits too, or the property says little.
    expect(compiled).toBeGreaterThan(50);
  });
});
