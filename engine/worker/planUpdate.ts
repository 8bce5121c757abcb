/** Moved to the backends (every runner's `updatePlan` uses it); re-exported for the worker. */
export { sameLayout, takeOverNumbers } from '../backends/planUpdate';
