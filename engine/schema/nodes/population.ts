import { z } from 'zod';
import {
  checkPerNeuronLengths,
  finite,
  perNeuron,
  populationSize,
  positiveMs,
  seed,
} from '../fields';
import { nodeBaseShape } from './base';

/** Norse's defaults (LIParameters / LIFParameters), in the file's units. */
export const POPULATION_DEFAULTS = {
  tauMemMs: 10,
  tauSynMs: 5,
  vLeak: 0,
  vTh: 1,
  vReset: 0,
} as const;

/** Field metadata the inspector reads: unit, Norse name and default of every parameter. */
export const POPULATION_FIELDS = {
  tauMemMs: { unit: 'ms', norse: 'tau_mem_inv (1/s)', min: 0, exclusiveMin: true },
  tauSynMs: { unit: 'ms', norse: 'tau_syn_inv (1/s)', min: 0, exclusiveMin: true },
  vLeak: { unit: '', norse: 'v_leak' },
  vTh: { unit: '', norse: 'v_th' },
  vReset: { unit: '', norse: 'v_reset' },
} as const;

/**
 * The membrane potential at step 0 (optional; absent means vLeak, Norse's initial state): one
 * value, one per neuron, or drawn uniformly in [low, high) per neuron with the node's `seed`.
 */
const initialV = z.union([
  perNeuron(finite()),
  z
    .looseObject({ distribution: z.literal('uniform'), low: finite(), high: finite() })
    .refine((d) => d.low <= d.high, {
      error: 'a uniform initial v needs low ≤ high',
      path: ['high'],
    }),
]);

/** initialV and the seed of its draws, shared by LI and LIF populations. */
const initialStateShape = { initialV: initialV.optional(), seed: seed().optional() };

function checkLengths(
  node: { params: Record<string, unknown>; size: number; initialV?: unknown },
  ctx: z.RefinementCtx,
): void {
  checkPerNeuronLengths(node.params, node.size, ctx, ['params']);
  if (Array.isArray(node.initialV)) {
    checkPerNeuronLengths({ initialV: node.initialV }, node.size, ctx, []);
  }
}

const liParams = z.looseObject({
  tauMemMs: perNeuron(positiveMs()).default(POPULATION_DEFAULTS.tauMemMs),
  tauSynMs: perNeuron(positiveMs()).default(POPULATION_DEFAULTS.tauSynMs),
  vLeak: perNeuron(finite()).default(POPULATION_DEFAULTS.vLeak),
});

const lifParams = z.looseObject({
  ...liParams.shape,
  vTh: perNeuron(finite()).default(POPULATION_DEFAULTS.vTh),
  vReset: perNeuron(finite()).default(POPULATION_DEFAULTS.vReset),
});

export const liNodeSchema = z
  .looseObject({
    ...nodeBaseShape,
    kind: z.literal('li'),
    size: populationSize().default(1),
    params: liParams.default(() => liParams.parse({})),
    ...initialStateShape,
  })
  .superRefine(checkLengths);

export const lifNodeSchema = z
  .looseObject({
    ...nodeBaseShape,
    kind: z.literal('lif'),
    size: populationSize().default(1),
    params: lifParams.default(() => lifParams.parse({})),
    ...initialStateShape,
  })
  .superRefine(checkLengths);
