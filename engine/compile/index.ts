export { compile } from './compile';
export type {
  CompileOptions,
  CompileResult,
  Diagnostic,
  GeneratorPlan,
  Plan,
  PopulationPlan,
  ProbePlan,
  ProjectionPlan,
  WeightPlan,
} from './types';
export {
  LARGE_RECORDING_SAMPLES,
  MAX_HISTORY_VALUES,
  MAX_STEPS,
  MAX_SYNAPSES,
  MAX_UNITS,
} from './limits';
