/**
 * A counter-based random number generator: every draw is a pure hash of (seed, stream, a, b).
 *
 * Why counter-based: any backend (a GPU thread included) computes the draw for neuron n at step t
 * on its own, in any order, and gets the same bits; jumping to step t costs nothing. Only 32-bit
 * integer operations are used (xor, shifts, wrapping multiply), which every backend has.
 *
 * The mixer is `lowbias32` (Chris Wellons' hash-prospector): a bijection on 32-bit words with
 * near-ideal avalanche. Each input is folded in with xor of a distinct odd constant, so all-zero
 * inputs do not stay zero, and then mixed; for fixed other inputs each input maps one-to-one.
 */

/** Streams keep the draws of different purposes independent under the same seed. */
export const RNG_STREAM = {
  poisson: 1,
  connect: 2,
  weight: 3,
  weightNormalAngle: 4,
  initialV: 5,
} as const;

/** A seed split into two 32-bit words, so seeds up to 2^53 stay distinct. */
export interface SeedWords {
  lo: number;
  hi: number;
}

const TWO_POW_32 = 4294967296;

/** Splits an integer seed into unsigned 32-bit words (negative seeds wrap, as uint64 would). */
export function seedWords(seed: number): SeedWords {
  const whole = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  return { lo: whole >>> 0, hi: Math.floor(whole / TWO_POW_32) >>> 0 };
}

/**
 * The seed words of one generator's or projection's draws. They mix its own seed, the circuit's
 * seed and its id: two Poisson generators left at seed 0 still draw independent trains (a copied
 * node gets a new id), and changing the circuit's seed reshuffles every draw at once.
 */
export function streamSeed(circuitSeed: number, ownSeed: number, id: string): SeedWords {
  let h = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
  const own = seedWords(ownSeed);
  return { lo: own.lo, hi: mix32(own.hi ^ mix32(h ^ mix32(seedWords(circuitSeed).lo))) };
}

/** lowbias32: xor-shift-multiply finalizer, a bijection on uint32. */
export function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The uint32 draw for (seed, stream, a, b); `a`, `b` are counters such as (neuron, step). */
export function hashU32(
  seedLo: number,
  seedHi: number,
  stream: number,
  a: number,
  b: number,
): number {
  let h = mix32(seedLo ^ 0x9e3779b9);
  h = mix32(h ^ seedHi ^ 0x85ebca6b);
  h = mix32(h ^ stream ^ 0xc2b2ae35);
  h = mix32(h ^ a ^ 0x27d4eb2f);
  return mix32(h ^ b ^ 0x165667b1);
}

/** A uniform double in [0, 1) from a uint32 draw. */
export function uniform01(bits: number): number {
  return (bits >>> 0) / TWO_POW_32;
}

/** A uniform double in (0, 1] from a uint32 draw (safe under a logarithm). */
export function uniformOpen01(bits: number): number {
  return ((bits >>> 0) + 1) / TWO_POW_32;
}

/**
 * The integer threshold on the top 24 bits of a draw for an event of probability `p`:
 * `(bits >>> 8) < threshold` happens exactly when a 24-bit uniform u satisfies u < p.
 * Integers compare identically on every backend, where a float32 `p` might not.
 */
export function probabilityThreshold24(p: number): number {
  if (!(p > 0)) return 0;
  return Math.min(16777216, Math.ceil(p * 16777216));
}

/** True with probability `threshold24 / 2^24` for this draw. */
export function drawHappens(bits: number, threshold24: number): boolean {
  return bits >>> 8 < threshold24;
}
