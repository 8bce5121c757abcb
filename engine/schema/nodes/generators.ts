import { z } from 'zod';
import { finite, nonNegativeHz, nonNegativeMs, populationSize, positiveMs, seed } from '../fields';
import { nodeBaseShape } from './base';

/** Explicit spike times, one list per generator neuron. */
export const spikeTimesNodeSchema = z
  .looseObject({
    ...nodeBaseShape,
    kind: z.literal('spikeTimes'),
    size: populationSize().default(1),
    spikeTimesMs: z.array(z.array(nonNegativeMs())),
  })
  .superRefine((node, ctx) => {
    if (node.spikeTimesMs.length !== node.size) {
      ctx.addIssue({
        code: 'custom',
        path: ['spikeTimesMs'],
        message: `has ${node.spikeTimesMs.length} spike lists but the generator has ${node.size} neurons: give one list per neuron`,
        input: node.spikeTimesMs,
      });
    }
  });

export const regularNodeSchema = z
  .looseObject({
    ...nodeBaseShape,
    kind: z.literal('regular'),
    size: populationSize().default(1),
    rateHz: nonNegativeHz().optional(),
    periodMs: positiveMs().optional(),
    phaseMs: nonNegativeMs().default(0),
  })
  .superRefine((node, ctx) => {
    const given = Number(node.rateHz !== undefined) + Number(node.periodMs !== undefined);
    if (given !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [node.rateHz === undefined ? 'rateHz' : 'periodMs'],
        message:
          given === 0
            ? 'is missing: give either rateHz or periodMs'
            : 'conflicts with the other: give either rateHz or periodMs, not both',
        input: node,
      });
    }
  });

export const poissonNodeSchema = z.looseObject({
  ...nodeBaseShape,
  kind: z.literal('poisson'),
  size: populationSize().default(1),
  rateHz: nonNegativeHz(),
  seed: seed().default(0),
});

export const constantCurrentNodeSchema = z
  .looseObject({
    ...nodeBaseShape,
    kind: z.literal('constantCurrent'),
    size: populationSize().default(1),
    amplitude: finite(),
    startMs: nonNegativeMs().optional(),
    stopMs: nonNegativeMs().optional(),
  })
  .superRefine((node, ctx) => {
    if (node.startMs !== undefined && node.stopMs !== undefined && node.stopMs < node.startMs) {
      ctx.addIssue({
        code: 'custom',
        path: ['stopMs'],
        message: `must not be before startMs (${node.startMs} ms)`,
        input: node.stopMs,
      });
    }
  });
