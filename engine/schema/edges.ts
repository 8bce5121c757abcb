import { z } from 'zod';
import { finite, id, seed } from './fields';

const weightValue = z.union([
  finite(),
  z
    .looseObject({ distribution: z.literal('uniform'), low: finite(), high: finite() })
    .refine((w) => w.low <= w.high, { error: 'uniform weights need low ≤ high', path: ['high'] }),
  z.looseObject({
    distribution: z.literal('normal'),
    mean: finite(),
    std: z.number().gte(0, { error: 'must be ≥ 0' }),
  }),
]);

const rule = z.discriminatedUnion(
  'type',
  [
    z.looseObject({ type: z.literal('oneToOne'), weight: weightValue.default(1) }),
    z.looseObject({ type: z.literal('allToAll'), weight: weightValue.default(1) }),
    z.looseObject({
      type: z.literal('random'),
      probability: z
        .number()
        .gte(0, { error: 'must be a probability in [0, 1]' })
        .lte(1, { error: 'must be a probability in [0, 1]' }),
      weight: weightValue.default(1),
    }),
    z.looseObject({ type: z.literal('matrix'), weights: z.array(z.array(finite())).min(1) }),
  ],
  { error: 'must be one of "oneToOne", "allToAll", "random", "matrix"' },
);

/** Longest delay a projection may ask for; keeps the spike-history buffers bounded. */
export const MAX_DELAY_STEPS = 10_000;

export const projectionEdgeSchema = z.looseObject({
  kind: z.literal('projection'),
  id: id(),
  source: id(),
  target: id(),
  rule: rule.default(() => ({ type: 'oneToOne' as const, weight: 1 })),
  delaySteps: z
    .number()
    .int({ error: 'must be a whole number of steps' })
    .gte(0, { error: 'must be ≥ 0 steps' })
    .lte(MAX_DELAY_STEPS, { error: `must be at most ${MAX_DELAY_STEPS} steps` })
    .default(0),
  seed: seed().default(0),
});

export const probeEdgeSchema = z.looseObject({
  kind: z.literal('probe'),
  id: id(),
  source: id(),
  target: id(),
});

export const edgeSchema = z.discriminatedUnion('kind', [projectionEdgeSchema, probeEdgeSchema], {
  error: 'must be "projection" or "probe"',
});
