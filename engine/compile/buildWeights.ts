import {
  drawHappens,
  hashU32,
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
    case 'random': {
      const threshold24 = probabilityThreshold24(rule.probability);
      const rowStart = new Int32Array(postSize + 1);
      const pres: number[] = [];
      const ws: number[] = [];
      for (let post = 0; post < postSize; post++) {
        for (let pre = 0; pre < preSize; pre++) {
          if (drawHappens(hashU32(lo, hi, RNG_STREAM.connect, post, pre), threshold24)) {
            pres.push(pre);
            ws.push(drawWeight(rule.weight, lo, hi, post, pre));
          }
        }
        rowStart[post + 1] = pres.length;
      }
      return {
        kind: 'sparse',
        rowStart,
        preIndex: Int32Array.from(pres),
        weights: Float32Array.from(ws),
      };
    }
  }
}
