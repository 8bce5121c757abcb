/**
 * Per-step coefficients derived from the user's time constants, exactly as Norse computes them.
 *
 * Norse stores τ⁻¹ in 1/s as a float32 tensor and multiplies it by `dt` (a Python float, so the
 * product happens in float32): `a = dt·τmem⁻¹`, `b = dt·τsyn⁻¹`. Rounding each stage to float32
 * here reproduces the golden traces bit for bit; computing `dtMs / tauMs` in one go does not.
 */

const fround = Math.fround;

/** τ⁻¹ in 1/s from τ in ms: computed in double, then stored as float32 (1000/60 → 16.666666…03). */
export function tauInvPerS(tauMs: number): number {
  return fround(1000 / tauMs);
}

/** dt in seconds as float32 (1 ms → 0.0010000000474974513), the factor Norse multiplies by. */
export function dtSeconds(dtMs: number): number {
  return fround(dtMs / 1000);
}

/** The per-step decay coefficient `fround(fround(dt) · τ⁻¹)` for a time constant of `tauMs`. */
export function stepCoefficient(dtMs: number, tauMs: number): number {
  return fround(dtSeconds(dtMs) * tauInvPerS(tauMs));
}
