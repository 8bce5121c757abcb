/**
 * Examples 5–9 behave as their descriptions say: the half-centre oscillator alternates bursts,
 * the most strongly driven population wins, a volley travels down the synfire chain at the
 * expected latency per link, the Poisson-driven population fires at the rate its mean drive
 * predicts, and the balanced network fires irregularly at a moderate rate. Each test also
 * removes the mechanism (fatigue, inhibition) and sees the behaviour go, so it can fail.
 */
import { describe, expect, it } from 'vitest';
import {
  edited,
  example,
  planOf,
  rateHz,
  runReference,
  runSimd,
  setWeight,
  spikeCount,
  type Recording,
} from './load';

/** Spike steps of two single neurons merged into runs: [side, first step, spike count]. */
function bursts(a: number[], b: number[]): [string, number, number][] {
  const events = [...a.map((s) => [s, 'left'] as const), ...b.map((s) => [s, 'right'] as const)];
  events.sort((x, y) => x[0] - y[0]);
  const runs: [string, number, number][] = [];
  for (const [step, side] of events) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] === side) last[2]++;
    else runs.push([side, step, 1]);
  }
  return runs;
}

describe('5 · half-centre oscillator', () => {
  const doc = example('half-centre-oscillator');
  const sides = (rec: Recording) => {
    const vSpikes = (id: string) => {
      // A spike shows as v = vReset (0) right after v was high (the probes record v).
      const v = rec.values(id)[0]!;
      return Array.from(v.keys()).filter((k) => k > 0 && v[k] === 0 && v[k - 1]! > 0.5);
    };
    return [vSpikes('probe-v-left'), vSpikes('probe-v-right')] as const;
  };

  it('the two sides take turns: at least five alternating bursts of several spikes', () => {
    const [left, right] = sides(runReference(doc));
    const runs = bursts(left, right);
    expect(runs.length).toBeGreaterThanOrEqual(5);
    runs.forEach(([side, , count], k) => {
      expect(side).toBe(k % 2 === 0 ? 'left' : 'right');
      if (k < runs.length - 1) expect(count).toBeGreaterThanOrEqual(5);
    });
  });

  it('without fatigue the first side to fire keeps the other silent', () => {
    const tireless = edited(doc, (d) => {
      setWeight(d, 'left-fatigue-stops-left', 0);
      setWeight(d, 'right-fatigue-stops-right', 0);
    });
    const [left, right] = sides(runReference(tireless));
    expect(left.length).toBeGreaterThan(50);
    expect(right).toEqual([]);
  });
});

describe('6 · winner-take-all', () => {
  const doc = example('winner-take-all');
  const rates = (rec: Recording) =>
    [1, 2, 3].map((i) => rateHz(rec, `probe-spikes-${i}`, 200, rec.steps));

  it('the population with the strongest input wins; the others are suppressed', () => {
    const [r1, r2, r3] = rates(runReference(doc));
    expect(r3).toBeGreaterThan(10);
    expect(r3).toBeGreaterThan(2.5 * r2!);
    expect(r3).toBeGreaterThan(5 * r1!);
    // Without the shared inhibition the losers fire far more: it is the inhibition that
    // suppresses them, not their weaker input alone.
    const free = edited(doc, (d) =>
      [1, 2, 3].forEach((i) => setWeight(d, `inhibition-to-pop-${i}`, 0)),
    );
    const [f1, f2] = rates(runReference(free));
    expect(f1).toBeGreaterThan(5 * r1!);
    expect(f2).toBeGreaterThan(5 * r2!);
  });
});

describe('7 · synfire chain', () => {
  const doc = example('synfire-chain');

  it('one volley per group, 7 ms per link: the 5-step delay plus 2 steps to threshold', () => {
    // Ten spikes of weight 0.5 arrive together: i jumps to 5, and v (τmem 10 ms, τsyn 5 ms,
    // norse-1.1) goes 0.5, 0.85, 1.085 — over threshold on the third step, 2 steps later.
    const rec = runReference(doc);
    const volleys = [1, 2, 3, 4, 5, 6].map((k) => {
      const v = rec.values(`probe-v-group-${k}`)[0]!;
      return Array.from(v.keys()).filter((s) => s > 0 && v[s] === 0 && v[s - 1]! > 0.3);
    });
    for (const volley of volleys) expect(volley).toHaveLength(1);
    const times = volleys.map((v) => v[0]!);
    for (let k = 1; k < times.length; k++) expect(times[k]! - times[k - 1]!).toBe(5 + 2);
    // The last group fires as one synchronous volley, every neuron in the same step.
    const last = rec.spikes('probe-spikes-last');
    expect(new Set(last.map((l) => l.join(',')))).toEqual(new Set([String(times[5])]));
  });

  it('with a weaker link the volley dies out there', () => {
    const weak = edited(doc, (d) => setWeight(d, 'group-3-to-group-4', 0.2));
    expect(spikeCount(runReference(weak).spikes('probe-spikes-last'))).toBe(0);
  });
});

describe('8 · Poisson-driven population', () => {
  const doc = example('poisson-population');

  it('fires at the rate the mean drive predicts (within 10 %), every neuron firing', () => {
    const rec = runReference(doc);
    // 1,000 sources × p 0.1 × 10 Hz × 1 ms × weight 0.24 = 0.24 per step; i settles at
    // 0.24 / (dt/τsyn) = 1.2 = v∞; a LIF driven at v∞ > vTh fires every τmem·ln(v∞/(v∞ − vTh)).
    const vInf = (100 * 10 * 0.001 * 0.24) / (1 / 5);
    const expectedHz = 1000 / (10 * Math.log(vInf / (vInf - 1)));
    expect(expectedHz).toBeCloseTo(55.8, 1);
    expect(Math.abs(rateHz(rec, 'probe-spikes', 100) / expectedHz - 1)).toBeLessThan(0.1);
    expect(rec.spikes('probe-spikes').every((l) => l.length >= 10)).toBe(true);
  });

  it('at half the input rate the drive is below threshold and the population falls nearly silent', () => {
    const slow = edited(doc, (d) => {
      const node = d.nodes.find((n) => n.id === 'poisson');
      if (node?.kind === 'poisson') node.rateHz = 5;
    });
    expect(rateHz(runReference(slow), 'probe-spikes', 100)).toBeLessThan(10);
  });
});

describe('9 · balanced E/I network', () => {
  const doc = example('balanced-network');
  const plan = planOf(doc);

  it('is computed as the reference computes it (checked on the first 30 steps)', async () => {
    const fast = await runSimd(plan, 30);
    const exact = runReference(plan, 30);
    expect(fast.values('probe-v-exc')).toEqual(exact.values('probe-v-exc'));
    expect(fast.spikes('probe-spikes-inh')).toEqual(exact.spikes('probe-spikes-inh'));
  }, 60_000);

  it('fires irregularly, asynchronously, at a moderate rate', async () => {
    const rec = await runSimd(plan);
    const from = 200; // after the start transient
    const rate = rateHz(rec, 'probe-spikes-exc', from);
    expect(rate).toBeGreaterThan(5);
    expect(rate).toBeLessThan(30);
    // Irregular: the coefficient of variation of the inter-spike intervals is near 1.
    const cvs = rec
      .spikes('probe-spikes-exc')
      .map((l) => l.filter((s) => s >= from))
      .filter((l) => l.length >= 5)
      .map((l) => {
        const isi = l.slice(1).map((s, k) => s - l[k]!);
        const mean = isi.reduce((a, b) => a + b, 0) / isi.length;
        return Math.sqrt(isi.reduce((a, b) => a + (b - mean) ** 2, 0) / isi.length) / mean;
      });
    const meanCv = cvs.reduce((a, b) => a + b, 0) / cvs.length;
    expect(meanCv).toBeGreaterThan(0.8);
    // Asynchronous: the population rate in 5 ms bins stays within about 30 % of its mean.
    const bins = new Float64Array((rec.steps - from) / 5);
    for (const l of rec.spikes('probe-spikes-exc'))
      for (const s of l) if (s >= from) bins[Math.floor((s - from) / 5)]!++;
    const mean = bins.reduce((a, b) => a + b, 0) / bins.length;
    const std = Math.sqrt(bins.reduce((a, b) => a + (b - mean) ** 2, 0) / bins.length);
    expect(std / mean).toBeLessThan(0.3);
  }, 60_000);

  it('without inhibition the excitation runs away', async () => {
    const unbalanced = edited(doc, (d) => {
      setWeight(d, 'inh-to-exc', 0);
      setWeight(d, 'inh-to-inh', 0);
    });
    expect(rateHz(await runSimd(unbalanced, 150), 'probe-spikes-exc', 50)).toBeGreaterThan(200);
  }, 60_000);
});
