/**
 * Examples 1–4 behave as their descriptions say, on the exact reference backend: the seed
 * notebook's lessons can be solved with their sliders, two coincident inputs make a LIF fire
 * where spread ones do not, and inhibition arriving with excitation vetoes a spike.
 */
import { describe, expect, it } from 'vitest';
import type { SpikeTimesNode } from '../../schema';
import { edited, example, maxOf, runReference, setWeight } from './load';

function setNode<T>(doc: ReturnType<typeof example>, id: string, edit: (node: T) => void) {
  const node = doc.nodes.find((n) => n.id === id);
  if (node === undefined) throw new Error(id);
  edit(node as T);
}

describe('1 · LI fed two spikes (lesson)', () => {
  const doc = example('li-two-spikes');

  it('spread spikes stay below the lesson check; bringing them together passes it', () => {
    const peak = (d: typeof doc) => maxOf(runReference(d).values('probe-v-li')[0]!);
    expect(peak(doc)).toBeLessThan(0.4);
    const together = edited(doc, (d) =>
      setNode<SpikeTimesNode>(d, 'input', (n) => (n.spikeTimesMs[0]![1] = 22)),
    );
    expect(peak(together)).toBeGreaterThanOrEqual(0.4);
  });
});

describe('2 · LIF versus LI (lesson)', () => {
  const doc = example('lif-versus-li');
  const count = (d: typeof doc) => runReference(d).spikes('probe-spikes-lif')[0]!.length;
  const withVTh = (vTh: number) =>
    edited(doc, (d) => setNode<{ params: { vTh: number } }>(d, 'lif', (n) => (n.params.vTh = vTh)));

  it('fires once as shipped; vTh can make it fire twice, or never', () => {
    expect(count(doc)).toBe(1);
    expect(count(withVTh(0.6))).toBe(2);
    expect(count(withVTh(1))).toBe(0);
  });
});

describe('3 · coincidence detection', () => {
  const doc = example('coincidence-detection');

  it('fires for the pairs 0 and 3 ms apart, not for 8, 15 or 40 ms', () => {
    const spikes = runReference(doc).spikes('probe-spikes-detector')[0]!;
    // Pairs start at 100, 300, 500, 700, 900 ms; a spike belongs to the pair before it.
    const pairOf = (step: number) => Math.floor((step - 100) / 200);
    expect(spikes.map(pairOf)).toEqual([0, 1]);
  });

  it('one input alone never reaches threshold, though the two sum on the integrator', () => {
    const alone = edited(doc, (d) => setWeight(d, 'b-to-detector', 0));
    expect(runReference(alone).spikes('probe-spikes-detector')[0]).toEqual([]);
    const integrator = runReference(doc).values('probe-v-integrator')[0]!;
    const pairPeak = maxOf(integrator, 100, 200);
    const farPeak = maxOf(integrator, 900, 940);
    expect(pairPeak).toBeGreaterThan(1.9 * farPeak);
  });
});

describe('4 · excitation versus inhibition', () => {
  const doc = example('excitation-inhibition');

  it('inhibition with the second excitatory spike shunts the response and vetoes the spike', () => {
    const rec = runReference(doc);
    const vExcited = rec.values('probe-v-excited')[0]!;
    const vShunted = rec.values('probe-v-shunted')[0]!;
    const spikes = rec.spikes('probe-spikes-shunted')[0]!;
    // The first and third volleys fire; the second (with inhibition) does not.
    expect(spikes.filter((s) => s >= 400 && s < 450)).toEqual([]);
    expect(spikes.filter((s) => s >= 100 && s < 150)).toHaveLength(1);
    // Inhibition 10 ms after the third volley comes too late to veto it.
    expect(spikes.filter((s) => s >= 700 && s < 750)).toHaveLength(1);
    // Its peak is far lower than the same neuron's response to excitation alone.
    expect(maxOf(vShunted, 400, 450)).toBeLessThan(0.4);
    expect(maxOf(vShunted, 100, 150)).toBe(maxOf(vExcited, 100, 150));
  });

  it('without the inhibitory connection both neurons behave the same', () => {
    const off = edited(doc, (d) => setWeight(d, 'inh-to-shunted', 0));
    const rec = runReference(off);
    expect(rec.values('probe-v-shunted')[0]).toEqual(rec.values('probe-v-excited')[0]);
  });
});
