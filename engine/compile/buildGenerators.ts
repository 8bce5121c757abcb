import { poissonProbability, regularPeriodMs, timeToStep } from '../models/generators';
import { probabilityThreshold24, streamSeed } from '../models/rng';
import type { GeneratorNode } from '../schema/types';
import { assertNever } from './nodeKinds';
import type { GeneratorPlan } from './types';

/** Turns a generator node into its plan: times become steps, rates become per-step thresholds. */
export function buildGenerator(
  node: GeneratorNode,
  offset: number,
  dtMs: number,
  circuitSeed: number,
): GeneratorPlan {
  const slice = { nodeId: node.id, label: node.label, offset, size: node.size };
  switch (node.kind) {
    case 'spikeTimes': {
      const stepStart = new Int32Array(node.size + 1);
      const all: number[] = [];
      node.spikeTimesMs.forEach((times, n) => {
        // Sorted and unique: two times on one step are one spike (a raster holds 0 or 1).
        const steps = [...new Set(times.map((t) => timeToStep(t, dtMs)))]
          .filter((s) => s >= 0 && s <= 2147483647)
          .sort((x, y) => x - y);
        all.push(...steps);
        stepStart[n + 1] = all.length;
      });
      return { ...slice, kind: 'spikeTimes', stepStart, spikeSteps: Int32Array.from(all) };
    }
    case 'regular':
      return {
        ...slice,
        kind: 'regular',
        periodMs: regularPeriodMs(node.rateHz, node.periodMs),
        phaseMs: node.phaseMs,
      };
    case 'poisson': {
      const { lo, hi } = streamSeed(circuitSeed, node.seed, node.id);
      const threshold24 = probabilityThreshold24(poissonProbability(node.rateHz, dtMs));
      return { ...slice, kind: 'poisson', seedLo: lo, seedHi: hi, threshold24 };
    }
    case 'constantCurrent':
      return {
        ...slice,
        kind: 'constantCurrent',
        amplitude: Math.fround(node.amplitude),
        startStep: node.startMs === undefined ? 0 : timeToStep(node.startMs, dtMs),
        stopStep: node.stopMs === undefined ? Infinity : timeToStep(node.stopMs, dtMs),
      };
    default:
      return assertNever(node);
  }
}
