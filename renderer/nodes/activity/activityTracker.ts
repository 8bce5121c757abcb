/**
 * Turns the worker's per-node activity (`samples.activity`) into what the node cards show: a
 * spike rate over the last `windowMs` of simulated time for LIF populations and spike generators,
 * the latest mean v for LI populations (they never spike). Framework-free: it only decides what
 * changed; `activityStore.ts` holds the result for React.
 *
 * Behaviour (documented in renderer/README.md): the window slides with simulated time, so a node
 * that falls silent decays to 0 Hz as the run goes on; while paused nothing advances, so the
 * cards hold what they showed; a reset or a newly loaded circuit clears every card.
 */
import type { NodeActivity, WorkerEvent } from '../../../engine/protocol/messages';

/** What one node card shows. A new object only when something visible changed. */
export interface NodeActivityView {
  /** Spikes per second per neuron over the window (LIF, generators); null for LI. */
  rateHz: number | null;
  /** Mean v of the sampled neurons after the latest batch (LI); null otherwise. */
  meanV: number | null;
  /** |meanV| relative to the largest |meanV| since the reset, 0..1 (LI's level bar). */
  level: number;
  /**
   * Counts pulses: a change restarts the card's pulse animation. Spikes after a silent batch
   * start one if `PULSE_INTERVAL_MS` of wall time passed since the last: a neuron that fires now
   * and then flashes with each burst, a population that never falls silent shows a steady lit
   * dot instead of restarting a 600 ms animation in every frame.
   */
  pulse: number;
  /** Neurons the figures are measured on (the node's first ones). */
  neurons: number;
}

export type ActivityMap = Readonly<Record<string, NodeActivityView>>;

/** Simulated milliseconds the rate is averaged over. */
export const RATE_WINDOW_MS = 250;

/** Wall-clock milliseconds between the starts of two pulses of one card. */
export const PULSE_INTERVAL_MS = 300;

interface NodeHistory {
  batches: { steps: number; spikes: number }[];
  steps: number;
  spikes: number;
  maxAbsV: number;
  /** Wall-clock time the card's last pulse started. */
  pulseAtMs: number;
  /** Whether the node's latest batch had spikes. */
  spiking: boolean;
}

export interface ActivityTracker {
  /** Feeds one worker event; returns the new map when any card changed, else null. */
  handle(event: WorkerEvent): ActivityMap | null;
}

/** Rounded as shown, so that an unchanged figure does not re-render a card. */
const shownRate = (hz: number): number => (hz >= 100 ? Math.round(hz) : Math.round(hz * 10) / 10);
const shownLevel = (level: number): number => Math.round(level * 50) / 50;

export function createActivityTracker(
  windowMs = RATE_WINDOW_MS,
  nowMs: () => number = () => performance.now(),
): ActivityTracker {
  let dtMs = 1;
  let history = new Map<string, NodeHistory>();
  let views: Record<string, NodeActivityView> = {};

  function clear(): ActivityMap | null {
    history = new Map();
    if (Object.keys(views).length === 0) return null;
    views = {};
    return views;
  }

  function update(a: NodeActivity, steps: number, old: NodeActivityView | undefined) {
    const h = history.get(a.nodeId) ?? {
      batches: [],
      steps: 0,
      spikes: 0,
      maxAbsV: 0,
      pulseAtMs: -Infinity,
      spiking: false,
    };
    history.set(a.nodeId, h);
    if (a.meanV !== undefined) {
      h.maxAbsV = Math.max(h.maxAbsV, Math.abs(a.meanV));
      const level = shownLevel(h.maxAbsV > 0 ? Math.abs(a.meanV) / h.maxAbsV : 0);
      const meanV = Math.round(a.meanV * 1000) / 1000;
      if (old?.meanV === meanV && old.level === level) return old;
      return { rateHz: null, meanV, level, pulse: 0, neurons: a.neurons };
    }
    const spikes = a.spikes ?? 0;
    h.batches.push({ steps, spikes });
    h.steps += steps;
    h.spikes += spikes;
    const windowSteps = Math.max(1, Math.round(windowMs / dtMs));
    while (h.batches.length > 1 && h.steps - h.batches[0]!.steps >= windowSteps) {
      const dropped = h.batches.shift()!;
      h.steps -= dropped.steps;
      h.spikes -= dropped.spikes;
    }
    const seconds = (h.steps * dtMs) / 1000;
    const rateHz = shownRate(seconds > 0 ? h.spikes / (a.neurons * seconds) : 0);
    let pulse = old?.pulse ?? 0;
    if (spikes > 0 && !h.spiking) {
      const now = nowMs();
      if (now - h.pulseAtMs >= PULSE_INTERVAL_MS) {
        h.pulseAtMs = now;
        pulse++;
      }
    }
    h.spiking = spikes > 0;
    if (old?.rateHz === rateHz && old.pulse === pulse) return old;
    return { rateHz, meanV: null, level: 0, pulse, neurons: a.neurons };
  }

  function onSamples(activity: readonly NodeActivity[], steps: number): ActivityMap | null {
    let next: Record<string, NodeActivityView> | null = null;
    for (const a of activity) {
      const old = views[a.nodeId];
      const view = update(a, steps, old);
      if (view === old) continue;
      next ??= { ...views };
      next[a.nodeId] = view;
    }
    if (next === null) return null;
    views = next;
    return views;
  }

  return {
    handle(event) {
      switch (event.kind) {
        case 'loaded':
          dtMs = event.dtMs;
          return clear();
        case 'state':
          return event.state === 'reset' ? clear() : null;
        case 'samples':
          return event.activity === undefined ? null : onSamples(event.activity, event.steps);
        default:
          return null;
      }
    },
  };
}
