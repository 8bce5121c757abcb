import { describe, expect, it } from 'vitest';
import liTwoSpikesText from '../../../assets/examples/li-two-spikes.spikeboard?raw';
import lifVersusLiText from '../../../assets/examples/lif-versus-li.spikeboard?raw';
import { compile } from '../../compile';
import { parseCircuitJson, serializeCircuit } from '../../schema';
import type { InputOrder } from '../../schema/types';
import { goldenCase, mismatches } from '../../testdata/golden';
import { simulate } from './simulate';

/** Each example, the golden case it reproduces, and which probe shows which golden trace. */
const EXAMPLES = [
  {
    file: 'li-two-spikes.spikeboard',
    text: liTwoSpikesText,
    golden: 'notebook-li-default',
    traces: [
      { probeId: 'probe-v-li', population: 'li', variable: 'v' },
      { probeId: 'probe-i-li', population: 'li', variable: 'i' },
    ],
  },
  {
    file: 'lif-versus-li.spikeboard',
    text: lifVersusLiText,
    golden: 'notebook-lif-vs-li',
    traces: [
      { probeId: 'probe-v-lif', population: 'lif', variable: 'v' },
      { probeId: 'probe-v-li', population: 'li', variable: 'v' },
      { probeId: 'probe-spikes-lif', population: 'lif', variable: 'spikeSteps' },
    ],
  },
] as const;

describe('shipped examples reproduce the seed notebook exactly', () => {
  for (const example of EXAMPLES) {
    const parsed = parseCircuitJson(example.text);

    it(`${example.file} parses, and is stored in the canonical serialisation`, () => {
      expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.document.simulation.inputOrder).toBe('norse-0.0.7');
      expect(serializeCircuit(parsed.document)).toBe(example.text);
    });

    // The file's own order (the notebook's Norse 0.0.7), and current Norse through the override.
    for (const order of ['norse-0.0.7', 'norse-1.1'] as InputOrder[]) {
      it(`${example.file} in order ${order}`, () => {
        if (!parsed.ok) throw new Error('does not parse');
        const compiled = compile(parsed.document, { inputOrder: order });
        expect(compiled.diagnostics).toEqual([]);
        if (!compiled.ok) return;
        const result = simulate(compiled.plan);
        expect(result).toMatchObject({ steps: 1000, inputOrder: order });
        const golden = goldenCase(order, example.golden);
        for (const t of example.traces) {
          const trace = result.probes.find((p) => p.probeId === t.probeId)!;
          const expected = golden[t.population]![t.variable]!;
          if (t.variable === 'spikeSteps') expect(trace.spikeSteps).toEqual([expected]);
          else expect(mismatches(trace.values![0]!, expected)).toEqual([]);
        }
      });
    }
  }
});
