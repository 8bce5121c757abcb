/**
 * The editable fields of every node kind, projection and the simulation settings: units, ranges,
 * defaults and Norse names, so the inspector never repeats them. The ranges are those the zod
 * schemas enforce (`min`, `max`, `integer`); the slider ranges are only what a slider offers —
 * the number field accepts anything the schema accepts.
 */
import { MAX_SIZE } from './fields';
import { POPULATION_DEFAULTS, POPULATION_FIELDS } from './nodes/population';
import { NEW_NODE_DEFAULTS } from './newNodes';
import type { NodeKind } from './types';

/** Where a field lives: on the node, in its `params`, in a projection's `rule`, … */
export type FieldHost = 'node' | 'params' | 'edge' | 'rule' | 'simulation';

/** How Norse spells the same quantity: the value as is, or an inverse time in 1/s. */
export interface NorseEquivalent {
  name: string;
  unit: string;
  convert: 'same' | 'inverseMs';
}

export interface NumberField {
  type: 'number';
  key: string;
  host: FieldHost;
  /** Short symbol shown as the field's label ("τmem"). */
  symbol: string;
  /** What it is, in words ("membrane time constant"). */
  name: string;
  unit: string;
  /** Undefined for optional fields that have no default (they may be left unset). */
  defaultValue?: number;
  min?: number;
  /** `min` itself is not allowed (a time constant must be > 0). */
  minExclusive?: boolean;
  max?: number;
  integer?: boolean;
  /** May be left empty (removed from the document). */
  optional?: boolean;
  /** Setting this field removes that one (a regular generator has a rate or a period). */
  excludes?: string;
  /** One value for all neurons, or one per neuron. */
  perNeuron?: boolean;
  slider?: { min: number; max: number; step: number };
  norse?: NorseEquivalent;
}

export interface ChoiceField {
  type: 'choice';
  key: string;
  host: FieldHost;
  symbol: string;
  name: string;
  options: readonly { value: string; label: string }[];
  defaultValue: string;
}

/** The spike-time lists of a spike-times generator (one list per neuron, in ms). */
export interface SpikeListsField {
  type: 'spikeLists';
  key: 'spikeTimesMs';
  host: 'node';
  symbol: string;
  name: string;
  unit: 'ms';
}

/** Which neurons a probe records: "all", or a list of indices. */
export interface NeuronListField {
  type: 'neuronList';
  key: 'neurons';
  host: 'node';
  symbol: string;
  name: string;
}

export type FieldMeta = NumberField | ChoiceField | SpikeListsField | NeuronListField;

const sizeField: NumberField = {
  type: 'number',
  key: 'size',
  host: 'node',
  symbol: 'N',
  name: 'number of neurons',
  unit: 'neurons',
  defaultValue: 1,
  min: 1,
  max: MAX_SIZE,
  integer: true,
  slider: { min: 1, max: 100, step: 1 },
};

function populationField(
  key: keyof typeof POPULATION_FIELDS,
  symbol: string,
  name: string,
  slider: NumberField['slider'],
): NumberField {
  const meta = POPULATION_FIELDS[key];
  const isTau = key === 'tauMemMs' || key === 'tauSynMs';
  return {
    type: 'number',
    key,
    host: 'params',
    symbol,
    name,
    unit: meta.unit,
    defaultValue: POPULATION_DEFAULTS[key],
    ...('min' in meta ? { min: meta.min, minExclusive: meta.exclusiveMin } : {}),
    perNeuron: true,
    slider,
    norse: {
      name: meta.norse.split(' ')[0] ?? meta.norse,
      unit: isTau ? '1/s' : '',
      convert: isTau ? 'inverseMs' : 'same',
    },
  };
}

const tauMem = populationField('tauMemMs', 'τmem', 'membrane time constant', {
  min: 1,
  max: 200,
  step: 1,
});
const tauSyn = populationField('tauSynMs', 'τsyn', 'synaptic time constant', {
  min: 1,
  max: 200,
  step: 1,
});
const vLeak = populationField('vLeak', 'vLeak', 'resting potential', {
  min: -2,
  max: 2,
  step: 0.05,
});
const vTh = populationField('vTh', 'vTh', 'firing threshold', { min: -1, max: 3, step: 0.05 });
const vReset = populationField('vReset', 'vReset', 'potential after a spike', {
  min: -2,
  max: 2,
  step: 0.05,
});

const rateField = (defaultValue: number): NumberField => ({
  type: 'number',
  key: 'rateHz',
  host: 'node',
  symbol: 'rate',
  name: 'spikes per second',
  unit: 'Hz',
  defaultValue,
  min: 0,
  slider: { min: 0, max: 200, step: 1 },
});

export const seedField = (host: FieldHost): NumberField => ({
  type: 'number',
  key: 'seed',
  host,
  symbol: 'seed',
  name: 'random seed',
  unit: '',
  defaultValue: 0,
  min: 0,
  max: 0xffffffff,
  integer: true,
});

export const NODE_FIELDS: Readonly<Record<NodeKind, readonly FieldMeta[]>> = {
  li: [sizeField, tauMem, tauSyn, vLeak],
  lif: [sizeField, tauMem, tauSyn, vLeak, vTh, vReset],
  spikeTimes: [
    sizeField,
    {
      type: 'spikeLists',
      key: 'spikeTimesMs',
      host: 'node',
      symbol: 't',
      name: 'spike times',
      unit: 'ms',
    },
  ],
  regular: [
    sizeField,
    { ...rateField(NEW_NODE_DEFAULTS.regular.rateHz), optional: true, excludes: 'periodMs' },
    {
      type: 'number',
      key: 'periodMs',
      host: 'node',
      symbol: 'period',
      name: 'time between spikes',
      unit: 'ms',
      min: 0,
      minExclusive: true,
      optional: true,
      excludes: 'rateHz',
      slider: { min: 1, max: 1000, step: 1 },
    },
    {
      type: 'number',
      key: 'phaseMs',
      host: 'node',
      symbol: 'phase',
      name: 'time of the first spike',
      unit: 'ms',
      defaultValue: 0,
      min: 0,
      slider: { min: 0, max: 1000, step: 1 },
    },
  ],
  poisson: [sizeField, rateField(NEW_NODE_DEFAULTS.poisson.rateHz), seedField('node')],
  constantCurrent: [
    sizeField,
    {
      type: 'number',
      key: 'amplitude',
      host: 'node',
      symbol: 'amplitude',
      name: 'input added every step',
      unit: '',
      defaultValue: NEW_NODE_DEFAULTS.constantCurrent.amplitude,
      slider: { min: -5, max: 5, step: 0.05 },
    },
    {
      type: 'number',
      key: 'startMs',
      host: 'node',
      symbol: 'start',
      name: 'first step (empty: from the start)',
      unit: 'ms',
      min: 0,
      optional: true,
      slider: { min: 0, max: 1000, step: 1 },
    },
    {
      type: 'number',
      key: 'stopMs',
      host: 'node',
      symbol: 'stop',
      name: 'stops before (empty: never)',
      unit: 'ms',
      min: 0,
      optional: true,
      slider: { min: 0, max: 1000, step: 1 },
    },
  ],
  probe: [
    {
      type: 'choice',
      key: 'variable',
      host: 'node',
      symbol: 'records',
      name: 'what the probe records',
      options: [
        { value: 'v', label: 'v (membrane potential)' },
        { value: 'i', label: 'i (synaptic current)' },
        { value: 'spikes', label: 'spikes' },
      ],
      defaultValue: 'v',
    },
    { type: 'neuronList', key: 'neurons', host: 'node', symbol: 'neurons', name: 'which neurons' },
  ],
};

/** A projection's editable fields; `weight` and `probability` live in its rule. */
/**
 * The Norse value of a field ("τmem 10 ms ↔ tau_mem_inv 100/s"): τ⁻¹ = 1000 / τMs in double,
 * stored as float32, as MODELS.md prescribes. dt is shown in seconds.
 */
export function norseValue(field: NumberField, value: number): number | null {
  if (field.norse === undefined || !Number.isFinite(value)) return null;
  if (field.norse.convert === 'inverseMs') return value > 0 ? Math.fround(1000 / value) : null;
  return field.key === 'dtMs' ? value / 1000 : value;
}
