/**
 * `findNonFinite` on every backend this Node offers: the first NaN/±Infinity in any population's
 * state, probed or not, found after the step that stored it and not before.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import type { CircuitNode } from '../schema/types';
import { doc, lif, li, oneToOne } from '../testdata/circuits';
import { firstNonFinite } from './nonFiniteState';
import { createRunner, listBackends } from './registry';

/** No probes at all: a huge current drives "quiet" (3 LI neurons) to infinity at t = 10 ms. */
function overflowing() {
  const big: CircuitNode = {
    id: 'big',
    label: 'big',
    position: { x: 0, y: 0 },
    kind: 'constantCurrent',
    size: 3,
    amplitude: 1e30,
    startMs: 10,
  };
  const compiled = compile(
    doc([big, lif('calm', 5), li('quiet', 3)], [oneToOne('drive', 'big', 'quiet', 1e30)], {
      durationMs: 40,
    }),
  );
  if (!compiled.ok) throw new Error('does not compile');
  return compiled.plan;
}

it('firstNonFinite finds NaN and both infinities, nothing else', () => {
  const values = Float32Array.from([0, -0, 3.4e38, 1e-45, -1, Infinity]);
  expect(firstNonFinite(values, 0, 5)).toBe(-1);
  expect(firstNonFinite(values, 1, 5)).toBe(4);
  expect(firstNonFinite(Float32Array.from([1, NaN]), 0, 2)).toBe(1);
  expect(firstNonFinite(Float32Array.from([-Infinity]), 0, 1)).toBe(0);
});

for (const info of await listBackends()) {
  describe.skipIf(!info.available)(`${info.name}: findNonFinite`, () => {
    it('names the unprobed population’s first neuron after the step that overflowed', async () => {
      const plan = overflowing();
      const quiet = plan.populations.find((p) => p.nodeId === 'quiet')!;
      const runner = await createRunner(plan, info.name);
      try {
        await runner.advance(10);
        expect(runner.findNonFinite()).toBeNull();
        await runner.advance(1);
        const found = runner.findNonFinite();
        expect(found?.unit).toBe(quiet.offset);
        // The same step stores v and i infinite (Norse 1.1 order); v comes first per neuron.
        expect(found?.variable).toBe('v');
        expect(Number.isFinite(found!.value)).toBe(false);
        // Sticky: still there many steps later (v has become NaN by then).
        await runner.advance(20);
        expect(runner.findNonFinite()?.unit).toBe(quiet.offset);
        runner.reset();
        expect(runner.findNonFinite()).toBeNull();
      } finally {
        runner.dispose();
      }
    });
  });
}
