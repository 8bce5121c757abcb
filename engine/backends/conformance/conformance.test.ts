/**
 * Every backend this Node offers, against the exact reference: the golden cases and random
 * circuits. A backend that is not available here is listed as skipped with its reason, never
 * as passed. (Chromium runs the same suite for webgl2, webgpu and webasm: e2e/conformance.spec.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listBackends } from '../registry';
import { goldenCases, randomCircuit } from './circuits';
import { checkCase } from './suite';

const backends = (await listBackends()).filter((b) => b.name !== 'reference');
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
const RANDOM_RUNS = Number(env?.SPIKEBOARD_CONFORMANCE_RUNS ?? 40);

for (const info of backends) {
  if (!info.available) {
    describe.skip(`${info.name}: skipped, not available here (${info.reason})`, () => {
      it('conforms', () => undefined);
    });
    continue;
  }
  describe(`${info.name} conforms to the reference (|Δ| ≤ ${info.tolerance.maxAbs} + ${info.tolerance.maxRel}·|ref|, same spikes)`, () => {
    for (const c of goldenCases()) {
      it(c.name, async () => {
        const result = await checkCase(info.name, c, info.tolerance);
        expect(result.problem).toBeNull();
      });
    }
    it(`${RANDOM_RUNS} random circuits (LI, LIF, all generators and rules, loops, delays)`, async () => {
      await fc.assert(
        fc.asyncProperty(randomCircuit(), async (document) => {
          const result = await checkCase(info.name, { name: 'random', document }, info.tolerance);
          expect(result.problem).toBeNull();
        }),
        { numRuns: RANDOM_RUNS },
      );
    }, 300_000);
  });
}
