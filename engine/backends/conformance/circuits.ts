/**
 * The circuits every backend must agree with the reference on: the golden cases of the seed
 * notebook (both Norse orders, LI and LIF, spikes and a constant current), and random circuits
 * from fast-check covering LI and LIF populations (initial v included), every generator kind,
 * every connection rule (dense: all-to-all, matrix; sparse: one-to-one, random), loops,
 * self-loops and delays.
 */
import fc from 'fast-check';
import { parseCircuit } from '../../schema';
import type { CircuitDocument } from '../../schema/types';
import { FORMAT_VERSION } from '../../schema/types';
import { GOLDEN } from '../../testdata/golden';

export interface ConformanceCase {
  name: string;
  document: CircuitDocument;
}

type Json = Record<string, unknown>;

/** Parses a circuit written as plain JSON (defaults filled in), or throws with the problems. */
export function circuit(json: Json): CircuitDocument {
  const parsed = parseCircuit({ formatVersion: FORMAT_VERSION, name: 'conformance', ...json });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return parsed.document;
}

/** One case per golden trace: generator → one-to-one → a single LI or LIF neuron. */
export function goldenCases(): ConformanceCase[] {
  const cases: ConformanceCase[] = [];
  for (const file of GOLDEN) {
    for (const c of file.cases) {
      for (const kind of ['li', 'lif'] as const) {
        if (!c[kind]) continue;
        const params = {
          tauMemMs: c.params.tauMemMs,
          tauSynMs: c.params.tauSynMs,
          vLeak: c.params.vLeak,
          ...(kind === 'lif' ? { vTh: c.params.vTh ?? 1, vReset: c.params.vReset ?? 0 } : {}),
        };
        const input =
          c.input.constant === undefined
            ? { id: 'in', kind: 'spikeTimes', size: 1, spikeTimesMs: [c.input.spikeSteps ?? []] }
            : { id: 'in', kind: 'constantCurrent', size: 1, amplitude: c.input.constant };
        const probes = kind === 'lif' ? ['v', 'i', 'spikes'] : ['v', 'i'];
        cases.push({
          name: `golden ${file.order} ${c.name} ${kind}`,
          document: circuit({
            simulation: { dtMs: c.dtMs, durationMs: c.steps * c.dtMs, inputOrder: file.order },
            nodes: [
              input,
              { id: 'pop', kind, size: 1, params },
              ...probes.map((variable) => ({ id: `p-${variable}`, kind: 'probe', variable })),
            ],
            edges: [
              {
                kind: 'projection',
                id: 'e',
                source: 'in',
                target: 'pop',
                rule: { type: 'oneToOne', weight: c.input.weight ?? 1 },
              },
              ...probes.map((variable) => ({
                kind: 'probe',
                id: `a-${variable}`,
                source: 'pop',
                target: `p-${variable}`,
              })),
            ],
          }),
        });
      }
    }
  }
  return cases;
}

const size = fc.integer({ min: 1, max: 7 });
/**
 * Mostly spread evenly over [min, max] (so neurons reach threshold and spike), sometimes
 * fast-check's edge-biased doubles (bounds, tiny and subnormal values).
 */
const number = (min: number, max: number) =>
  fc.oneof(
    {
      arbitrary: fc
        .noBias(fc.integer({ min: 0, max: 1 << 20 }))
        .map((k) => min + ((max - min) * k) / (1 << 20)),
      weight: 4,
    },
    { arbitrary: fc.double({ min, max, noNaN: true }), weight: 1 },
  );
const perNeuron = (arb: fc.Arbitrary<number>, n: number) =>
  fc.oneof({ arbitrary: arb, weight: 3 }, fc.array(arb, { minLength: n, maxLength: n }));
const tauMs = number(0.5, 20);

function generatorArb(id: string, dtMs: number): fc.Arbitrary<Json> {
  return size.chain((n) =>
    fc.oneof(
      fc
        .array(fc.array(number(0, 60 * dtMs), { maxLength: 6 }), {
          minLength: n,
          maxLength: n,
        })
        .map((spikeTimesMs) => ({ id, kind: 'spikeTimes', size: n, spikeTimesMs })),
      fc
        .record({ periodMs: number(dtMs, 25 * dtMs) })
        .map((g) => ({ id, kind: 'regular', size: n, ...g, phaseMs: 2 * dtMs })),
      fc
        .record({ rateHz: number(0, 400 / dtMs), seed: fc.nat() })
        .map((g) => ({ id, kind: 'poisson', size: n, ...g })),
      fc
        .record({
          amplitude: number(-3, 3),
          startMs: fc.constantFrom(0, 5 * dtMs),
        })
        .map((g) => ({ id, kind: 'constantCurrent', size: n, ...g, stopMs: 70 * dtMs })),
    ),
  );
}

function populationArb(id: string): fc.Arbitrary<Json> {
  return fc
    .record({ n: size, lif: fc.oneof(fc.constant(true), fc.boolean()) })
    .chain(({ n, lif }) =>
      fc
        .record({
          tauMemMs: perNeuron(tauMs, n),
          tauSynMs: perNeuron(tauMs, n),
          vLeak: perNeuron(number(-0.5, 2), n),
          vTh: perNeuron(number(0.05, 1.5), n),
          vReset: perNeuron(number(-0.5, 0.5), n),
          initialV: fc.option(
            fc.oneof(
              perNeuron(number(-0.5, 1.5), n),
              fc.constant({ distribution: 'uniform', low: 0, high: 1 }),
            ),
            { nil: undefined, freq: 3 },
          ),
        })
        .map(({ vTh, vReset, initialV, ...li }) => ({
          id,
          kind: lif ? 'lif' : 'li',
          size: n,
          params: lif ? { ...li, vTh, vReset } : li,
          ...(initialV === undefined ? {} : { initialV }),
        })),
    );
}

const weight = fc.oneof(
  { arbitrary: number(-2, 6), weight: 4 },
  fc.constant({ distribution: 'uniform', low: -1, high: 2 }),
  fc.constant({ distribution: 'normal', mean: 0.8, std: 0.6 }),
);

function ruleArb(pre: number, post: number): fc.Arbitrary<Json> {
  const rules: fc.Arbitrary<Json>[] = [
    weight.map((w) => ({ type: 'allToAll', weight: w })),
    fc.record({ probability: number(0.05, 1), weight }).map((r) => ({ type: 'random', ...r })),
    fc
      .array(fc.array(number(-2, 2), { minLength: pre, maxLength: pre }), {
        minLength: post,
        maxLength: post,
      })
      .map((weights) => ({ type: 'matrix', weights })),
  ];
  if (pre === post) rules.push(weight.map((w) => ({ type: 'oneToOne', weight: w })));
  return fc.oneof(...rules);
}

/**
 * A random circuit that compiles: 1–2 generators, 1–3 populations, projections from generators
 * and LIF populations (loops and self-loops included) with delays 0–3, a probe of v, i and
 * spikes on every population and of spikes on every spiking generator.
 */
export function randomCircuit(): fc.Arbitrary<CircuitDocument> {
  return fc
    .record({
      dtMs: fc.constantFrom(0.1, 0.25, 0.5, 1),
      steps: fc.integer({ min: 10, max: 200 }),
      inputOrder: fc.constantFrom('norse-1.1', 'norse-0.0.7'),
      seed: fc.nat(),
      generatorCount: fc.integer({ min: 1, max: 2 }),
      populationCount: fc.integer({ min: 1, max: 3 }),
    })
    .chain((sim) =>
      fc
        .record({
          generators: fc.tuple(
            ...Array.from({ length: sim.generatorCount }, (_, k) =>
              generatorArb(`g${k}`, sim.dtMs),
            ),
          ),
          populations: fc.tuple(
            ...Array.from({ length: sim.populationCount }, (_, k) => populationArb(`p${k}`)),
          ),
        })
        .chain(({ generators, populations }) => {
          const sources = [...generators, ...populations.filter((p) => p.kind === 'lif')] as Json[];
          const pairs = sources.flatMap((source) =>
            (populations as Json[]).map((target) => ({ source, target })),
          );
          const edge = ({ source, target }: { source: Json; target: Json }, k: number) =>
            fc
              .record({
                delaySteps: fc.oneof(
                  { arbitrary: fc.constant(0), weight: 2 },
                  fc.integer({ min: 1, max: 3 }),
                ),
                seed: fc.nat(),
                rule: ruleArb(source.size as number, target.size as number),
              })
              .map((rest) => ({
                kind: 'projection',
                id: `e${k}`,
                source: source.id,
                target: target.id,
                ...rest,
              }));
          // Each (source, target) pair at most once: compile refuses duplicate projections.
          return fc
            .shuffledSubarray(pairs, { minLength: 1, maxLength: Math.min(5, pairs.length) })
            .chain((chosen) => fc.tuple(...chosen.map((pair, k) => edge(pair, k))))
            .map((projections) => {
              const recorded = [
                ...populations.map((p) => ({
                  p,
                  variables: p.kind === 'lif' ? ['v', 'i', 'spikes'] : ['v', 'i'],
                })),
                ...generators
                  .filter((g) => g.kind !== 'constantCurrent')
                  .map((p) => ({ p, variables: ['spikes'] })),
              ];
              const probes = recorded.flatMap(({ p, variables }) =>
                variables.map((variable) => ({
                  node: { id: `probe-${String(p.id)}-${variable}`, kind: 'probe', variable },
                  edge: {
                    kind: 'probe',
                    id: `attach-${String(p.id)}-${variable}`,
                    source: p.id,
                    target: `probe-${String(p.id)}-${variable}`,
                  },
                })),
              );
              return circuit({
                simulation: {
                  dtMs: sim.dtMs,
                  durationMs: sim.steps * sim.dtMs,
                  inputOrder: sim.inputOrder,
                  seed: sim.seed,
                },
                nodes: [...generators, ...populations, ...probes.map((p) => p.node)],
                edges: [...projections, ...probes.map((p) => p.edge)],
              });
            });
        }),
    );
}
