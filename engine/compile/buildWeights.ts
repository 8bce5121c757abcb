import {
  hashU32,
  mix32,
  probabilityThreshold24,
  RNG_STREAM,
  type SeedWords,
  uniform01,
  uniformOpen01,
} from '../models/rng';
import type { ConnectionRule, WeightValue } from '../schema/types';
import type { WeightPlan } from './types';

const fround = Math.fround;

/**
 * One synapse's weight as float32. Distributions draw from the projection's seed with the
 * counter-based generator keyed by (post, pre), so a weight does not depend on any other.
 */
function drawWeight(w: WeightValue, lo: number, hi: number, post: number, pre: number): number {
  if (typeof w === 'number') return fround(w);
  if (w.distribution === 'uniform') {
    const u = uniform01(hashU32(lo, hi, RNG_STREAM.weight, post, pre));
    return fround(w.low + u * (w.high - w.low));
  }
  // Box–Muller; u1 in (0, 1] keeps the logarithm finite.
  const u1 = uniformOpen01(hashU32(lo, hi, RNG_STREAM.weight, post, pre));
  const u2 = uniform01(hashU32(lo, hi, RNG_STREAM.weightNormalAngle, post, pre));
  return fround(w.mean + w.std * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
}

/** Number of weights a rule stores (random: the post × pre candidates it must draw). */
export function synapseCount(rule: ConnectionRule, preSize: number, postSize: number): number {
  return rule.type === 'oneToOne' ? postSize : preSize * postSize;
}

/**
 * Weights in gather form. Dense W[post·pre] for allToAll and matrix (Norse's `linear` weight);
 * CSR by postsynaptic row for oneToOne and random.
 */
export function buildWeights(
  rule: ConnectionRule,
  preSize: number,
  postSize: number,
  seed: SeedWords,
): WeightPlan {
  const { lo, hi } = seed;
  switch (rule.type) {
    case 'matrix': {
      const weights = new Float32Array(postSize * preSize);
      for (let post = 0; post < postSize; post++) {
        const row = rule.weights[post]!;
        for (let pre = 0; pre < preSize; pre++) weights[post * preSize + pre] = row[pre]!;
      }
      return { kind: 'dense', weights };
    }
    case 'allToAll': {
      const weights = new Float32Array(postSize * preSize);
      for (let post = 0; post < postSize; post++) {
        for (let pre = 0; pre < preSize; pre++) {
          weights[post * preSize + pre] = drawWeight(rule.weight, lo, hi, post, pre);
        }
      }
      return { kind: 'dense', weights };
    }
    case 'oneToOne': {
      const rowStart = new Int32Array(postSize + 1);
      const preIndex = new Int32Array(postSize);
      const weights = new Float32Array(postSize);
      for (let k = 0; k < postSize; k++) {
        rowStart[k + 1] = k + 1;
        preIndex[k] = k;
        weights[k] = drawWeight(rule.weight, lo, hi, k, k);
      }
      return { kind: 'sparse', rowStart, preIndex, weights };
    }
    case 'random':
      return buildRandom(rule.probability, rule.weight, preSize, postSize, seed);
  }
}

/**
 * Random connectivity: candidate (post, pre) is a synapse when the top 24 bits of
 * hashU32(seed, connect, post, pre) fall below the probability's threshold — the same draws as
 * `drawHappens(hashU32(…))`, computed faster: hashU32 folds its inputs in one after the other,
 * so the state after (seed, stream, post) is the same for a whole row and each candidate costs
 * one mix instead of five. (Skipping candidates geometrically would be faster still, but would
 * draw a different network from the same seed.)
 */
function buildRandom(
  probability: number,
  weight: WeightValue,
  preSize: number,
  postSize: number,
  seed: SeedWords,
): WeightPlan {
  const { lo, hi } = seed;
  const threshold24 = probabilityThreshold24(probability);
  const rowStart = new Int32Array(postSize + 1);
  let capacity = Math.max(16, Math.ceil(preSize * postSize * Math.min(1, probability) * 1.1));
  let preIndex = new Int32Array(capacity);
  let count = 0;
  const streamState = mix32(
    mix32(mix32(lo ^ 0x9e3779b9) ^ hi ^ 0x85ebca6b) ^ RNG_STREAM.connect ^ 0xc2b2ae35,
  );
  for (let post = 0; post < postSize; post++) {
    const row = mix32(streamState ^ post ^ 0x27d4eb2f) ^ 0x165667b1;
    for (let pre = 0; pre < preSize; pre++) {
      // mix32(row ^ pre), inlined: lowbias32 as in models/rng.ts.
      let x = (row ^ pre) >>> 0;
      x ^= x >>> 16;
      x = Math.imul(x, 0x7feb352d);
      x ^= x >>> 15;
      x = Math.imul(x, 0x846ca68b);
      x ^= x >>> 16;
      if (x >>> 8 >= threshold24) continue;
      if (count === capacity) {
        capacity *= 2;
        const grown = new Int32Array(capacity);
        grown.set(preIndex);
        preIndex = grown;
      }
      preIndex[count++] = pre;
    }
    rowStart[post + 1] = count;
  }
  preIndex = preIndex.slice(0, count);
  const weights = new Float32Array(count);
  if (typeof weight === 'number') weights.fill(fround(weight));
  else {
    for (let post = 0; post < postSize; post++) {
      for (let e = rowStart[post]!; e < rowStart[post + 1]!; e++) {
        weights[e] = drawWeight(weight, lo, hi, post, preIndex[e]!);
      }
    }
  }
  return { kind: 'sparse', rowStart, preIndex, weights };
}
