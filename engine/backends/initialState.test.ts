/** Every runner starts from plan.vInit (the file's `initialV`, else vLeak), and so does reset. */
import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { parseCircuit } from '../schema';
import { FORMAT_VERSION } from '../schema/types';
import { createRunner, listBackends } from './registry';

const parsed = parseCircuit({
  formatVersion: FORMAT_VERSION,
  simulation: { dtMs: 1, durationMs: 3 },
  nodes: [
    {
      id: 'pop',
      kind: 'lif',
      size: 4,
      params: { vLeak: 0, tauMemMs: 1e9 },
      initialV: [0.9, 0.5, -0.2, 0],
    },
    { id: 'pv', kind: 'probe', variable: 'v' },
  ],
  edges: [{ kind: 'probe', id: 'a', source: 'pop', target: 'pv' }],
});
const available = (await listBackends()).filter((b) => b.available);

describe('initial state', () => {
  for (const backend of available) {
    it(`${backend.name} starts from initialV, and again after reset`, async () => {
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const compiled = compile(parsed.document);
      if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
      const runner = await createRunner(compiled.plan, backend.name);
      const first = (await runner.advance(1)).probes[0]!.values!.map((trace) => trace[0]);
      runner.reset();
      const again = (await runner.advance(1)).probes[0]!.values!.map((trace) => trace[0]);
      runner.dispose();
      expect(again).toEqual(first);
      // τmem of 10^9 ms: one step moves v by less than float32 resolves near these values.
      expect(first).toEqual([0.9, 0.5, -0.2, 0].map((v) => Math.fround(v)));
    });
  }
});
