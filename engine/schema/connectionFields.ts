/**
 * The editable fields of a projection and of the simulation settings (see fieldMeta.ts).
 */
import { MAX_DELAY_STEPS } from './edges';
import { seedField, type FieldMeta } from './fieldMeta';
import { INPUT_ORDERS } from './types';

export const PROJECTION_FIELDS: readonly FieldMeta[] = [
  {
    type: 'choice',
    key: 'type',
    host: 'rule',
    symbol: 'rule',
    name: 'which neurons connect',
    options: [
      { value: 'oneToOne', label: 'one-to-one' },
      { value: 'allToAll', label: 'all-to-all' },
      { value: 'random', label: 'random' },
    ],
    defaultValue: 'oneToOne',
  },
  {
    type: 'number',
    key: 'weight',
    host: 'rule',
    symbol: 'w',
    name: 'weight (negative: inhibitory)',
    unit: '',
    defaultValue: 1,
    slider: { min: -5, max: 5, step: 0.05 },
  },
  {
    type: 'number',
    key: 'probability',
    host: 'rule',
    symbol: 'p',
    name: 'connection probability',
    unit: '',
    defaultValue: 0.1,
    min: 0,
    max: 1,
    slider: { min: 0, max: 1, step: 0.01 },
  },
  {
    type: 'number',
    key: 'delaySteps',
    host: 'edge',
    symbol: 'delay',
    name: 'extra delay',
    unit: 'steps',
    defaultValue: 0,
    min: 0,
    max: MAX_DELAY_STEPS,
    integer: true,
    slider: { min: 0, max: 50, step: 1 },
  },
  seedField('edge'),
];

export const SIMULATION_FIELDS: readonly FieldMeta[] = [
  {
    type: 'number',
    key: 'dtMs',
    host: 'simulation',
    symbol: 'dt',
    name: 'time step',
    unit: 'ms',
    defaultValue: 1,
    min: 0,
    minExclusive: true,
    norse: { name: 'dt', unit: 's', convert: 'same' },
  },
  {
    type: 'number',
    key: 'durationMs',
    host: 'simulation',
    symbol: 'duration',
    name: 'simulated time',
    unit: 'ms',
    defaultValue: 1000,
    min: 0,
  },
  {
    type: 'choice',
    key: 'inputOrder',
    host: 'simulation',
    symbol: 'input order',
    name: "which Norse version's input order",
    options: INPUT_ORDERS.map((order) => ({ value: order, label: order })),
    defaultValue: 'norse-1.1',
  },
  seedField('simulation'),
];
