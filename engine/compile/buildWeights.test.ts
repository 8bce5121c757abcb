/**
 * Random connectivity drawn the fast way (one mix per candidate, the row's hash state reused)
 * is exactly the network of the definition: candidate (post, pre) connects when
 * drawHappens(hashU32(seed, connect, post, pre), threshold).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import {
  drawHappens,
  hashU32,
  probabilityThreshold24,
  RNG_STREAM,
  type SeedWords,
} from '../models/rng';
import { buildWeights } from './buildWeights';

function byDefinition(p: number, pre: number, post: number, seed: SeedWords) {
  const threshold = probabilityThreshold24(p);
  const rows: number[][] = [];
  for (let row = 0; row < post; row++) {
    const list: number[] = [];
    for (let col = 0; col < pre; col++) {
      if (drawHappens(hashU32(seed.lo, seed.hi, RNG_STREAM.connect, row, col), threshold)) {
        list.push(col);
      }
    }
    rows.push(list);
  }
  return rows;
}

it('draws exactly the network of the definition, weights included', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 1, max: 60 }),
      fc.nat(),
      fc.nat(),
      (p, pre, post, lo, hi) => {
        const seed = { lo: lo >>> 0, hi: hi >>> 0 };
        const built = buildWeights(
          { type: 'random', probability: p, weight: 0.162 },
          pre,
          post,
          seed,
        );
        if (built.kind !== 'sparse') throw new Error('random is sparse');
        const rows = byDefinition(p, pre, post, seed);
        for (let row = 0; row < post; row++) {
          const got = Array.from(
            built.preIndex.subarray(built.rowStart[row], built.rowStart[row + 1]),
          );
          expect(got).toEqual(rows[row]);
        }
        expect(built.weights.every((w) => w === Math.fround(0.162))).toBe(true);
      },
    ),
    { numRuns: 200 },
  );
});

it('draws distribution weights per synapse as before (keyed by post, pre)', () => {
  const seed = { lo: 7, hi: 3 };
  const built = buildWeights(
    { type: 'random', probability: 0.5, weight: { distribution: 'uniform', low: -1, high: 2 } },
    20,
    10,
    seed,
  );
  const dense = buildWeights(
    { type: 'allToAll', weight: { distribution: 'uniform', low: -1, high: 2 } },
    20,
    10,
    seed,
  );
  if (built.kind !== 'sparse' || dense.kind !== 'dense') throw new Error('kinds');
  for (let post = 0; post < 10; post++) {
    for (let e = built.rowStart[post]!; e < built.rowStart[post + 1]!; e++) {
      expect(built.weights[e]).toBe(dense.weights[post * 20 + built.preIndex[e]!]);
    }
  }
  expect(built.preIndex.length).toBeGreaterThan(50);
});
