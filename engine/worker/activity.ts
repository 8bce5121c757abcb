/**
 * Per-node activity for the node cards' indicators: the worker adds hidden probes to a plan (a
 * spike probe on each LIF population and spike generator, a v probe on each LI population, each
 * on the node's first few neurons) and sums them per batch into `NodeActivity` — a few numbers
 * per node per frame. Hidden probes never reach the `loaded` probe list or the scopes.
 */
import type { SampleChunk } from '../backends/types';
import type { Plan, ProbePlan } from '../compile';
import type { NodeActivity } from '../protocol/messages';

/** Spikes are counted on at most this many neurons of a node (its first ones). */
export const ACTIVITY_SPIKE_NEURONS = 256;
/** An LI population's mean v is taken over at most this many neurons (its first ones). */
export const ACTIVITY_V_NEURONS = 8;

const HIDDEN_PREFIX = '\u0000activity:';

export function isActivityProbe(probe: { probeId: string }): boolean {
  return probe.probeId.startsWith(HIDDEN_PREFIX);
}

function hiddenProbe(
  nodeId: string,
  label: string,
  variable: 'spikes' | 'v',
  size: number,
  limit: number,
  targetOffset: number,
): ProbePlan {
  const count = Math.min(size, limit);
  return {
    probeId: `${HIDDEN_PREFIX}${nodeId}`,
    label,
    targetId: nodeId,
    variable,
    neurons: Int32Array.from({ length: count }, (_, k) => k),
    targetOffset,
  };
}

/** The plan with one hidden activity probe per LIF/LI population and spike generator, appended. */
export function withActivityProbes(plan: Plan): Plan {
  const hidden: ProbePlan[] = [];
  for (const g of plan.generators) {
    if (g.kind === 'constantCurrent' || g.size === 0) continue;
    hidden.push(hiddenProbe(g.nodeId, g.label, 'spikes', g.size, ACTIVITY_SPIKE_NEURONS, g.offset));
  }
  for (const p of plan.populations) {
    if (p.size === 0) continue;
    if (p.kind === 'lif') {
      hidden.push(
        hiddenProbe(p.nodeId, p.label, 'spikes', p.size, ACTIVITY_SPIKE_NEURONS, p.offset),
      );
    } else {
      hidden.push(hiddenProbe(p.nodeId, p.label, 'v', p.size, ACTIVITY_V_NEURONS, p.offset));
    }
  }
  return { ...plan, probes: [...plan.probes, ...hidden] };
}

/** Sums the chunks' hidden probes into one entry per node (spike counts, or LI's last mean v). */
export function summarizeActivity(
  probes: readonly ProbePlan[],
  chunks: readonly SampleChunk[],
): NodeActivity[] {
  const out: NodeActivity[] = [];
  probes.forEach((probe, k) => {
    if (!isActivityProbe(probe)) return;
    const neurons = probe.neurons.length;
    if (probe.variable === 'spikes') {
      let spikes = 0;
      for (const chunk of chunks) {
        for (const list of chunk.probes[k]?.spikeSteps ?? []) spikes += list.length;
      }
      out.push({ nodeId: probe.targetId, neurons, spikes });
      return;
    }
    const last = chunks[chunks.length - 1];
    const values = last?.probes[k]?.values;
    if (last === undefined || values === undefined || last.stepCount === 0) return;
    let sum = 0;
    for (const trace of values) sum += trace[last.stepCount - 1]!;
    out.push({ nodeId: probe.targetId, neurons, meanV: sum / Math.max(1, values.length) });
  });
  return out;
}
