/**
 * Size limits checked before anything is allocated, so an oversized circuit is a coded
 * diagnostic (`CIRCUIT_TOO_LARGE`) instead of an out-of-memory crash in the worker.
 */

/** Generator and population neurons together (the GPU backend aims at 10^7). */
export const MAX_UNITS = 10_000_000;

/** Stored synapses over all projections (dense: post × pre; random: post × pre candidates). */
export const MAX_SYNAPSES = 67_108_864;

/** Values in the output history ring: (largest delay + 1) × units. */
export const MAX_HISTORY_VALUES = 67_108_864;

/** Simulation steps in one run: the schema's limit, so a parsed file never trips it here. */
export { MAX_STEPS } from '../schema/document';

/** Recorded v/i samples (steps × probed neurons) above which `simulate` warns about memory. */
export const LARGE_RECORDING_SAMPLES = 67_108_864;
