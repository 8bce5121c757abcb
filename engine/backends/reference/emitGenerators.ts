import type { GeneratorPlan } from '../../compile/types';
import {
  constantCurrentOn,
  poissonFires,
  regularFires,
  spikeTimesFires,
} from '../../models/generators';

/**
 * Writes every generator neuron's output at `step` (1 or 0 for spikes, the amplitude or 0 for a
 * current) into `out[base + unit]`. Every unit of every generator is written, so the history
 * slot needs no clearing.
 */
export function emitGenerators(
  generators: readonly GeneratorPlan[],
  step: number,
  dtMs: number,
  out: Float32Array,
  base: number,
): void {
  for (const g of generators) {
    const start = base + g.offset;
    switch (g.kind) {
      case 'spikeTimes':
        for (let n = 0; n < g.size; n++) {
          const fires = spikeTimesFires(g.spikeSteps, g.stepStart[n]!, g.stepStart[n + 1]!, step);
          out[start + n] = fires ? 1 : 0;
        }
        break;
      case 'regular':
        out.fill(regularFires(step, g.periodMs, g.phaseMs, dtMs) ? 1 : 0, start, start + g.size);
        break;
      case 'poisson':
        for (let n = 0; n < g.size; n++) {
          out[start + n] = poissonFires(g.seedLo, g.seedHi, g.threshold24, n, step) ? 1 : 0;
        }
        break;
      case 'constantCurrent': {
        const on = constantCurrentOn(step, g.startStep, g.stopStep);
        out.fill(on ? g.amplitude : 0, start, start + g.size);
        break;
      }
    }
  }
}
