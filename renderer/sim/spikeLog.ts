/**
 * The spikes of one probe, in step order: a ring of (step, neuron) pairs that keeps the newest
 * `capacity` spikes. Scopes find the spikes of a time range by binary search.
 */
export interface SpikeLog {
  readonly capacity: number;
  /** Spikes held. */
  readonly count: number;
  /** Steps before this one may have lost spikes to the ring (0 while nothing was dropped). */
  readonly completeFromStep: number;
  append(steps: Int32Array, neurons: Int32Array): void;
  clear(): void;
  /** Index range [first, last) of the held spikes with step in [fromStep, toStep). */
  range(fromStep: number, toStep: number): [number, number];
  stepAt(index: number): number;
  neuronAt(index: number): number;
}

export function createSpikeLog(capacity: number): SpikeLog {
  const steps = new Int32Array(capacity);
  const neurons = new Int32Array(capacity);
  let head = 0;
  let count = 0;
  let completeFromStep = 0;

  const physical = (index: number): number => (head + index) % capacity;
  const stepAt = (index: number): number => steps[physical(index)]!;

  function lowerBound(step: number): number {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (stepAt(mid) < step) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  return {
    capacity,
    get count() {
      return count;
    },
    get completeFromStep() {
      return completeFromStep;
    },
    append(newSteps, newNeurons) {
      for (let k = 0; k < newSteps.length; k++) {
        if (count === capacity) {
          completeFromStep = steps[head]! + 1;
          head = (head + 1) % capacity;
          count--;
        }
        const at = physical(count);
        steps[at] = newSteps[k]!;
        neurons[at] = newNeurons[k]!;
        count++;
      }
    },
    clear() {
      head = 0;
      count = 0;
      completeFromStep = 0;
    },
    range(fromStep, toStep) {
      return [lowerBound(fromStep), lowerBound(toStep)];
    },
    stepAt,
    neuronAt: (index) => neurons[physical(index)]!,
  };
}
