import type { Plan } from '../compile';
import { simulate } from './reference';
import type { SimulationResult } from './types';

/** Backends the headless runner can use here. The accelerated ones join in issue #4. */
export const BACKEND_NAMES: readonly string[] = ['reference'];

export function runBackend(name: string, plan: Plan): SimulationResult {
  switch (name) {
    case 'reference':
      return simulate(plan);
    default:
      throw new Error(`unknown backend "${name}"`);
  }
}
