import { z } from 'zod';

/**
 * Shared field schemas. Each carries its unit and range in the message so that an error reads
 * "must be > 0 (ms)" rather than "too small". Ranges are the physical ones; compile adds the
 * limits that depend on other fields (array lengths, sizes, memory).
 */

/** A finite number (JSON has no NaN; 1e309 parses as Infinity and is refused). */
export const finite = () => z.number();

export const positiveMs = () => z.number().gt(0, { error: 'must be > 0 ms' });

export const nonNegativeMs = () => z.number().gte(0, { error: 'must be ≥ 0 ms' });

export const nonNegativeHz = () => z.number().gte(0, { error: 'must be ≥ 0 Hz' });

/** The largest population or generator a file may declare; compile checks memory on top. */
export const MAX_SIZE = 10_000_000;

export const populationSize = () =>
  z
    .number()
    .int({ error: 'must be a whole number of neurons' })
    .gte(1, { error: 'must be at least 1 neuron' })
    .lte(MAX_SIZE, { error: `must be at most ${MAX_SIZE} neurons` });

export const seed = () =>
  z
    .number()
    .int({ error: 'must be a whole number' })
    .gte(0, { error: 'must be ≥ 0' })
    .lte(0xffffffff, { error: 'must be < 2^32' });

export const id = () =>
  z
    .string()
    .min(1, { error: 'must not be empty' })
    .max(200, { error: 'must be at most 200 characters' });

export const position = () =>
  z.looseObject({ x: finite(), y: finite() }).default(() => ({ x: 0, y: 0 }));

/** One value for all neurons, or one per neuron (its length is checked against `size`). */
export const perNeuron = (value: z.ZodNumber) => z.union([value, z.array(value).min(1)]);

/** Checks that per-neuron arrays of `params` have one entry per neuron. */
export function checkPerNeuronLengths(
  params: Record<string, unknown>,
  size: number,
  ctx: z.RefinementCtx,
  pathPrefix: PropertyKey[],
): void {
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value) && value.length !== size) {
      ctx.addIssue({
        code: 'custom',
        path: [...pathPrefix, key],
        message: `has ${value.length} values but the population has ${size} neurons: give one value, or one per neuron`,
        input: value,
      });
    }
  }
}
