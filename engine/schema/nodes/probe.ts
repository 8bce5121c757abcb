import { z } from 'zod';
import { nodeBaseShape } from './base';

const neuronIndex = z
  .number()
  .int({ error: 'must be a whole neuron index' })
  .gte(0, { error: 'must be a neuron index ≥ 0' });

/** A probe records one variable of the node it is attached to by a `probe` edge. */
export const probeNodeSchema = z.looseObject({
  ...nodeBaseShape,
  kind: z.literal('probe'),
  variable: z.enum(['v', 'i', 'spikes'], { error: 'must be "v", "i" or "spikes"' }),
  neurons: z.union([z.literal('all'), z.array(neuronIndex).min(1)]).default('all'),
});
