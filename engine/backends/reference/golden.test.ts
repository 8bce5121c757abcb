import { describe, expect, it } from 'vitest';
import { compile } from '../../compile';
import type { CircuitDocument, InputOrder } from '../../schema/types';
import {
  attach,
  doc,
  goldenCircuit,
  lif,
  oneToOne,
  probe,
  NORSE_DEFAULTS,
} from '../../testdata/circuits';
import type { GoldenCase, GoldenPopulation } from '../../testdata/golden';
import { GOLDEN, maxAbsError, mismatches } from '../../testdata/golden';
import type { SimulationResult } from '../types';
import { simulate } from './simulate';

function run(circuit: CircuitDocument): SimulationResult {
  const compiled = compile(circuit);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
  return simulate(compiled.plan);
}

/** The golden circuit for one case and one of its populations, built as a user file would be. */
function circuitFor(c: GoldenCase, kind: 'li' | 'lif', order: InputOrder): CircuitDocument {
  const params = {
    tauMemMs: c.params.tauMemMs,
    tauSynMs: c.params.tauSynMs,
    vLeak: c.params.vLeak,
    vTh: c.params.vTh ?? NORSE_DEFAULTS.vTh,
    vReset: c.params.vReset ?? NORSE_DEFAULTS.vReset,
  };
  if (c.input.constant === undefined) {
    return goldenCircuit(kind, params, c.input.spikeSteps!, order, c.steps);
  }
  return doc(
    [
      {
        id: 'in',
        label: 'current',
        position: { x: 0, y: 0 },
        kind: 'constantCurrent',
        size: 1,
        amplitude: c.input.constant,
      },
      lif('pop', 1, params),
      probe('pv', 'v'),
      probe('pi', 'i'),
      probe('pz', 'spikes'),
    ],
    [
      oneToOne('e', 'in', 'pop'),
      attach('av', 'pop', 'pv'),
      attach('ai', 'pop', 'pi'),
      attach('az', 'pop', 'pz'),
    ],
    { durationMs: c.steps, inputOrder: order, dtMs: c.dtMs },
  );
}

function expectMatches(result: SimulationResult, expected: GoldenPopulation): void {
  const trace = (variable: string) => result.probes.find((p) => p.variable === variable)!;
  const v = trace('v').values![0]!;
  expect(mismatches(v, expected.v)).toEqual([]);
  expect(maxAbsError(v, expected.v)).toBe(0);
  if (expected.i) {
    const i = trace('i').values![0]!;
    expect(mismatches(i, expected.i)).toEqual([]);
    expect(maxAbsError(i, expected.i)).toBe(0);
  }
  if (expected.spikeSteps) expect(trace('spikes').spikeSteps).toEqual([expected.spikeSteps]);
}

describe('golden traces from Norse, exact (max abs error 0)', () => {
  for (const file of GOLDEN) {
    for (const c of file.cases) {
      for (const kind of ['li', 'lif'] as const) {
        const expected = c[kind];
        if (!expected) continue;
        it(`${file.order} ${c.name} ${kind}`, () => {
          expectMatches(run(circuitFor(c, kind, file.order)), expected);
        });
      }
    }
  }

  it('covers both orders, LI and LIF, spikes and the constant-current case', () => {
    const orders = GOLDEN.map((g) => g.order);
    expect(orders).toEqual(expect.arrayContaining(['norse-1.1', 'norse-0.0.7']));
    const cases = GOLDEN.flatMap((g) => g.cases);
    expect(cases.some((c) => c.input.constant !== undefined)).toBe(true);
    expect(cases.some((c) => c.lif?.spikeSteps?.length)).toBe(true);
  });
});
