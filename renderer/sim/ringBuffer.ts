/**
 * A fixed-size ring of float32 samples addressed by absolute step: it keeps the last `capacity`
 * steps written, so a live run can go on for as long as it likes in bounded memory.
 */
export interface TraceRing {
  readonly capacity: number;
  /** Oldest step still held, and one past the newest. */
  readonly startStep: number;
  readonly endStep: number;
  /** Appends `values` as steps [fromStep, fromStep + values.length); fromStep must be endStep. */
  append(fromStep: number, values: Float32Array): void;
  /** Forgets everything; the next append may start at any step. */
  clear(): void;
  /** Copies steps [fromStep, toStep) (clipped to what is held) to `out` from `outOffset`. */
  copy(
    fromStep: number,
    toStep: number,
    out: Float32Array | Float64Array,
    outOffset?: number,
  ): number;
  at(step: number): number;
}

export function createTraceRing(capacity: number): TraceRing {
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError(`a trace ring needs a capacity ≥ 1, got ${capacity}`);
  }
  const data = new Float32Array(capacity);
  let startStep = 0;
  let endStep = 0;

  return {
    capacity,
    get startStep() {
      return startStep;
    },
    get endStep() {
      return endStep;
    },
    append(fromStep, values) {
      if (startStep === endStep) {
        startStep = fromStep;
        endStep = fromStep;
      } else if (fromStep !== endStep) {
        throw new Error(`samples from step ${fromStep}, expected ${endStep}`);
      }
      // Only the last `capacity` values can be kept.
      const skip = Math.max(0, values.length - capacity);
      let step = fromStep + skip;
      let k = skip;
      while (k < values.length) {
        const at = step % capacity;
        const run = Math.min(values.length - k, capacity - at);
        data.set(values.subarray(k, k + run), at);
        k += run;
        step += run;
      }
      endStep = fromStep + values.length;
      startStep = Math.max(startStep, endStep - capacity);
    },
    clear() {
      startStep = 0;
      endStep = 0;
    },
    copy(fromStep, toStep, out, outOffset = 0) {
      const from = Math.max(fromStep, startStep);
      const to = Math.min(toStep, endStep);
      let written = 0;
      let step = from;
      while (step < to) {
        const at = step % capacity;
        const run = Math.min(to - step, capacity - at);
        out.set(data.subarray(at, at + run), outOffset + written);
        written += run;
        step += run;
      }
      return written;
    },
    at(step) {
      if (step < startStep || step >= endStep) return Number.NaN;
      return data[step % capacity]!;
    },
  };
}
