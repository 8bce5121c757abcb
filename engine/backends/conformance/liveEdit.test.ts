/**
 * `updatePlan` on every backend this Node offers: an edit of numbers mid-run (no rebuild, no
 * replay) gives the same samples as the reference doing the same edit; a structural edit is
 * refused and leaves the runner as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compile';
import { createReferenceRunner } from '../reference';
import { listBackends, createRunner } from '../registry';
import { goldenCases, randomCircuit } from './circuits';
import { checkLiveEdit, editNumbers } from './liveEdit';

const backends = await listBackends();
const RUNS = 12;

it('the edit changes every golden trace (so taking it over is tested)', () => {
  for (const c of goldenCases()) {
    const plan = compile(c.document);
    const edited = compile(editNumbers(c.document));
    if (!plan.ok || !edited.ok) throw new Error('does not compile');
    const a = createReferenceRunner(plan.plan).advance(plan.plan.steps);
    const b = createReferenceRunner(edited.plan).advance(plan.plan.steps);
    expect(b, c.name).not.toEqual(a);
  }
});

for (const info of backends) {
  if (!info.available) {
    describe.skip(`${info.name}: skipped, not available here (${info.reason})`, () => {
      it('takes live edits', () => undefined);
    });
    continue;
  }
  describe(`${info.name}: a live edit of numbers equals the reference doing the same edit`, () => {
    it('golden cases, edited at step 3', async () => {
      for (const c of goldenCases()) {
        const result = await checkLiveEdit(
          info.name,
          c.document,
          editNumbers(c.document),
          3,
          info.tolerance,
        );
        expect(result.problem, c.name).toBeNull();
      }
    });
    it(`${RUNS} random circuits, edited part-way (most taken in place)`, async () => {
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(
          randomCircuit(),
          fc.double({ min: 0, max: 1, noNaN: true }),
          async (doc, at) => {
            const steps = Math.round(doc.simulation.durationMs / doc.simulation.dtMs);
            const before = Math.floor(at * steps);
            const result = await checkLiveEdit(
              info.name,
              doc,
              editNumbers(doc),
              before,
              info.tolerance,
              {},
              true,
            );
            expect(result.problem).toBeNull();
            if (result.refused) refused++;
          },
        ),
        { numRuns: RUNS },
      );
      // A refusal is safe (the worker rebuilds and replays) but must stay the exception.
      expect(refused).toBeLessThan(RUNS / 2);
    }, 300_000);
    it('refuses a structural edit (a delay) and runs on unchanged', async () => {
      const doc = goldenCases()[0]!.document;
      const plan = compile(doc);
      const delayed = {
        ...doc,
        edges: doc.edges.map((e) => (e.kind === 'projection' ? { ...e, delaySteps: 2 } : e)),
      };
      const next = compile(delayed);
      if (!plan.ok || !next.ok) throw new Error('does not compile');
      const runner = await createRunner(plan.plan, info.name);
      const untouched = await createRunner(plan.plan, info.name);
      try {
        await runner.advance(5);
        await untouched.advance(5);
        expect(await runner.updatePlan(next.plan)).toBe(false);
        expect(await runner.advance(20)).toEqual(await untouched.advance(20));
      } finally {
        runner.dispose();
        untouched.dispose();
      }
    });
  });
}
