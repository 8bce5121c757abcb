import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import type { NodeActivity, SamplesEvent } from '../protocol/messages';
import { goldenCase } from '../testdata/golden';
import { isActivityProbe, withActivityProbes } from './activity';
import { lifVersusLi } from './fixtures';
import { createSimulationSession } from './session';
import { createTestHost } from './testHost';

function activityOf(samples: SamplesEvent[], nodeId: string): NodeActivity[] {
  return samples.flatMap((s) => (s.activity ?? []).filter((a) => a.nodeId === nodeId));
}

describe('per-node activity', () => {
  it('adds one hidden probe per spiking node and LI population, none for probes', () => {
    const compiled = compile(lifVersusLi());
    if (!compiled.ok) throw new Error('does not compile');
    const plan = withActivityProbes(compiled.plan);
    const hidden = plan.probes.filter(isActivityProbe);
    expect(hidden.map((p) => [p.targetId, p.variable, p.neurons.length])).toEqual([
      ['in', 'spikes', 1],
      ['lif', 'spikes', 1],
      ['li', 'v', 1],
    ]);
    expect(plan.probes.length).toBe(compiled.plan.probes.length + 3);
  });

  it('counts every spike of the run per node and keeps hidden probes out of loaded and traces', async () => {
    const host = createTestHost();
    const session = createSimulationSession(host);
    session.handle({ kind: 'load', requestId: 1, document: lifVersusLi() });
    await host.settle();
    const loaded = host.events[0];
    expect(loaded?.kind === 'loaded' && loaded.probes.map((p) => p.probeId)).toEqual([
      'pLif',
      'pLi',
      'pZ',
    ]);
    session.handle({ kind: 'runFor', requestId: 2, durationMs: 1000, fromStart: true });
    await host.settle();
    const samples = host.samples();
    expect(samples.every((s) => s.traces.every((t) => !isActivityProbe(t)))).toBe(true);
    const golden = goldenCase('norse-0.0.7', 'notebook-lif-vs-li');
    const lifSpikes = activityOf(samples, 'lif').reduce((n, a) => n + (a.spikes ?? 0), 0);
    expect(lifSpikes).toBe(golden.lif!.spikeSteps!.length);
    const inSpikes = activityOf(samples, 'in').reduce((n, a) => n + (a.spikes ?? 0), 0);
    expect(inSpikes).toBe(3);
    // LI: the mean v after each batch's last step, equal to the probed trace there.
    const last = samples.at(-1)!;
    const liV = activityOf([last], 'li')[0]!;
    const pLi = last.traces.find((t) => t.probeId === 'pLi')!.values![0]!;
    expect(liV).toEqual({ nodeId: 'li', neurons: 1, meanV: pLi[last.steps - 1]! });
  });
});
