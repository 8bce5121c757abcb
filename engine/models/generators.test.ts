import { describe, expect, it } from 'vitest';
import {
  constantCurrentOn,
  poissonFires,
  poissonProbability,
  regularFires,
  regularPeriodMs,
  spikeTimesFires,
  timeToStep,
} from './generators';
import { probabilityThreshold24 } from './rng';

function countRegular(periodMs: number, phaseMs: number, dtMs: number, steps: number): number[] {
  const fired: number[] = [];
  for (let t = 0; t < steps; t++) if (regularFires(t, periodMs, phaseMs, dtMs)) fired.push(t);
  return fired;
}

describe('generators', () => {
  it('maps times to steps with Math.round(t / dt)', () => {
    expect(timeToStep(20, 1)).toBe(20);
    expect(timeToStep(2.5, 1)).toBe(3);
    expect(timeToStep(0.3, 0.1)).toBe(3);
    expect(timeToStep(0.36, 0.1)).toBe(4);
  });

  it('finds listed spike steps by binary search within a neuron’s range', () => {
    const steps = Int32Array.of(3, 9, 20, 1, 2);
    expect(spikeTimesFires(steps, 0, 3, 9)).toBe(true);
    expect(spikeTimesFires(steps, 0, 3, 10)).toBe(false);
    expect(spikeTimesFires(steps, 3, 5, 2)).toBe(true);
    expect(spikeTimesFires(steps, 3, 5, 3)).toBe(false);
    expect(spikeTimesFires(steps, 0, 0, 3)).toBe(false);
  });

  it('fires regular trains at phase + k·period', () => {
    expect(countRegular(10, 5, 1, 40)).toEqual([5, 15, 25, 35]);
    expect(countRegular(regularPeriodMs(30, undefined), 0, 1, 1000)).toHaveLength(30);
    expect(countRegular(regularPeriodMs(0, undefined), 0, 1, 100)).toEqual([]);
    // Faster than one spike per step: every step fires once.
    expect(countRegular(0.25, 0, 1, 10)).toHaveLength(10);
  });

  it('draws Poisson spikes at the requested rate, reproducibly', () => {
    const threshold = probabilityThreshold24(poissonProbability(100, 1));
    let count = 0;
    for (let t = 0; t < 20000; t++) if (poissonFires(1, 0, threshold, 0, t)) count++;
    expect(count).toBeGreaterThan(1800);
    expect(count).toBeLessThan(2200);
    expect(poissonFires(1, 0, threshold, 3, 77)).toBe(poissonFires(1, 0, threshold, 3, 77));
  });

  it('switches a constant current on in [start, stop)', () => {
    expect(constantCurrentOn(4, 5, 10)).toBe(false);
    expect(constantCurrentOn(5, 5, 10)).toBe(true);
    expect(constantCurrentOn(10, 5, 10)).toBe(false);
    expect(constantCurrentOn(1e6, 0, Infinity)).toBe(true);
  });
});
