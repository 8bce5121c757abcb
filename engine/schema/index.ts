export * from './types';
export { parseCircuit, parseCircuitJson } from './parse';
export { serializeCircuit } from './serialize';
export { jsonPath } from './errors';
export { POPULATION_DEFAULTS, POPULATION_FIELDS } from './nodes/population';
export { MAX_SIZE } from './fields';
export { MAX_STEPS } from './document';
export { MAX_DELAY_STEPS } from './edges';
