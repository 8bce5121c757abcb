import { describe, expect, it } from 'vitest';
import { parseCircuit } from '../../schema';
import { planOf, uncoupledLifCircuit } from '../benchmark';
import { createRunner } from '../registry';
import { benchmarkCoefficients, referenceLifBlock } from './lifBlock';

describe('the WGSL yardstick kernel', () => {
  it("checks against exactly the benchmark circuit's run on the reference backend", async () => {
    const size = 64;
    const steps = 300;
    const base = uncoupledLifCircuit(size, steps);
    const probed = parseCircuit({
      ...base,
      nodes: [
        ...base.nodes,
        {
          id: 'pv',
          label: 'pv',
          position: { x: 0, y: 0 },
          kind: 'probe',
          variable: 'v',
          neurons: 'all',
        },
        {
          id: 'ps',
          label: 'ps',
          position: { x: 0, y: 0 },
          kind: 'probe',
          variable: 'spikes',
          neurons: 'all',
        },
      ],
      edges: [
        ...base.edges,
        { kind: 'probe', id: 'a1', source: 'pop', target: 'pv' },
        { kind: 'probe', id: 'a2', source: 'pop', target: 'ps' },
      ],
    });
    if (!probed.ok) throw new Error(probed.errors[0]?.message);
    const plan = planOf(probed.document);
    const runner = await createRunner(plan, 'reference');
    const chunk = await runner.advance(steps);
    const coefficients = benchmarkCoefficients();
    expect(coefficients.vInit).toBe(plan.vInit[plan.populations[0]!.offset]);
    const mirror = referenceLifBlock(size, steps, coefficients);
    const [vProbe, spikeProbe] = chunk.probes;
    for (let k = 0; k < size; k++) {
      expect(mirror.v[k]).toBe(vProbe!.values![k]![steps - 1]);
      expect(mirror.spikes[k]).toBe(spikeProbe!.spikeSteps![k]!.length);
    }
    expect(mirror.spikes[0]).toBeGreaterThan(5);
  });
});
