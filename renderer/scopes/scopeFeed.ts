/**
 * Adapts the trace store to uPlot's columnar data, in the order of a scope model's series:
 * [time, ...series]. Every column is a `subarray` view of a preallocated buffer, so building the
 * data for a frame copies nothing.
 */
import type uPlot from 'uplot';
import type { TraceStore } from '../sim/traceStore';
import type { ScopeModel } from './scopeModel';

export interface ScopeFeed {
  readonly totalSteps: number;
  readonly stepsWritten: number;
  data(): uPlot.AlignedData;
  subscribe(listener: () => void): () => void;
}

export function createScopeFeed(model: ScopeModel, store: TraceStore): ScopeFeed {
  const columns = model.series.map((spec) =>
    spec.kind === 'trace'
      ? store.values(spec.probeId, spec.neuronIndex)
      : new Float64Array(store.totalSteps).fill(spec.value),
  );
  return {
    totalSteps: store.totalSteps,
    get stepsWritten() {
      return store.stepsWritten;
    },
    data() {
      const n = store.stepsWritten;
      return [store.timeMs.subarray(0, n), ...columns.map((column) => column.subarray(0, n))];
    },
    subscribe: (listener) => store.subscribe(listener),
  };
}
