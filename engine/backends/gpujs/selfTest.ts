/**
 * A few milliseconds of work that must come out right before a gpu.js mode is offered: a spike
 * train and a constant current into LIF and LI neurons through dense and sparse weights, with a
 * delayed recurrent loop, compared with the reference. A mode that loads but computes wrongly here
 * (a driver bug, a transpiler bug) is unavailable with the first difference as the reason.
 */
import { compile } from '../../compile';
import { parseCircuit } from '../../schema';
import { FORMAT_VERSION } from '../../schema/types';
import { createReferenceRunner } from '../reference';
import type { Plan } from '../../compile/types';
import { compareChunks } from '../conformance/compare';
import type { BackendRunner, Tolerance } from '../types';

export function selfTestPlan(): Plan {
  const parsed = parseCircuit({
    formatVersion: FORMAT_VERSION,
    name: 'gpu.js self-test',
    simulation: { dtMs: 1, durationMs: 60, inputOrder: 'norse-1.1' },
    nodes: [
      {
        id: 'in',
        kind: 'spikeTimes',
        size: 2,
        spikeTimesMs: [
          [3, 4, 5, 20],
          [10, 11],
        ],
      },
      { id: 'drive', kind: 'constantCurrent', size: 1, amplitude: 0.9 },
      { id: 'lif', kind: 'lif', size: 3, params: { tauMemMs: 10, tauSynMs: 5, vLeak: 0.2 } },
      { id: 'li', kind: 'li', size: 2, params: { tauMemMs: [20, 7], tauSynMs: 3 } },
      { id: 'pv', kind: 'probe', variable: 'v' },
      { id: 'pz', kind: 'probe', variable: 'spikes' },
      { id: 'pl', kind: 'probe', variable: 'v' },
    ],
    edges: [
      {
        kind: 'projection',
        id: 'a',
        source: 'in',
        target: 'lif',
        rule: { type: 'allToAll', weight: 2.5 },
      },
      {
        kind: 'projection',
        id: 'b',
        source: 'drive',
        target: 'lif',
        rule: { type: 'allToAll', weight: 0.4 },
      },
      {
        kind: 'projection',
        id: 'c',
        source: 'lif',
        target: 'lif',
        rule: { type: 'random', probability: 0.7, weight: -0.3 },
        delaySteps: 2,
      },
      {
        kind: 'projection',
        id: 'd',
        source: 'lif',
        target: 'li',
        rule: { type: 'allToAll', weight: 0.7 },
      },
      { kind: 'probe', id: 'p1', source: 'lif', target: 'pv' },
      { kind: 'probe', id: 'p2', source: 'lif', target: 'pz' },
      { kind: 'probe', id: 'p3', source: 'li', target: 'pl' },
    ],
  });
  if (!parsed.ok) throw new Error(`self-test circuit: ${parsed.errors[0]?.message}`);
  const compiled = compile(parsed.document);
  if (!compiled.ok) throw new Error(`self-test circuit: ${compiled.diagnostics[0]?.message}`);
  return compiled.plan;
}

/** The first disagreement beyond the tolerance with the reference, or null. */
export async function selfTest(
  runner: BackendRunner,
  tolerance: Tolerance,
): Promise<string | null> {
  const plan = runner.plan;
  const want = createReferenceRunner(plan).advance(plan.steps);
  return compareChunks(plan, want, await runner.advance(plan.steps), tolerance).problem;
}
