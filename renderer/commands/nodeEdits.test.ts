import { describe, expect, it } from 'vitest';
import { NODE_FIELDS, parseCircuit, type FieldMeta, type NodeKind } from '../../engine/schema';
import { connect } from './connect';
import { setEdgeField, setNodeField, setSimulationField } from './fieldEdits';
import { addNode, deleteElements, moveNodes, renameNode } from './nodeEdits';
import { example, refusal, run } from './testCircuit';
import { PROJECTION_FIELDS, SIMULATION_FIELDS } from '../../engine/schema';

function field(kind: NodeKind, key: string): FieldMeta {
  return NODE_FIELDS[kind].find((f) => f.key === key)!;
}
const edgeField = (key: string) => PROJECTION_FIELDS.find((f) => f.key === key)!;

describe('node commands', () => {
  it('adds a node with fresh id and label, and selects it', () => {
    const doc = example();
    const outcome = addNode('lif', { x: 10.4, y: 20.6 }).apply(doc);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const added = outcome.document.nodes.at(-1)!;
    expect(added).toMatchObject({
      id: 'lif-2',
      label: 'LIF 2',
      kind: 'lif',
      position: { x: 10, y: 21 },
    });
    expect(outcome.select).toEqual({ nodeIds: ['lif-2'], edgeIds: [] });
    expect(doc.nodes).toHaveLength(6); // the old document is untouched
    expect(parseCircuit(outcome.document).ok).toBe(true);
  });

  it('renames in place, and falls back to the id when the label is cleared', () => {
    const doc = run(example(), renameNode('lif', 'Output'));
    expect(doc.nodes.find((n) => n.id === 'lif')?.label).toBe('Output');
    expect(run(doc, renameNode('lif', '  ')).nodes.find((n) => n.id === 'lif')?.label).toBe('lif');
  });

  it('moves nodes and shares the unmoved ones', () => {
    const doc = example();
    const moved = run(doc, moveNodes(new Map([['lif', { x: 1, y: 2 }]])));
    expect(moved.nodes.find((n) => n.id === 'lif')?.position).toEqual({ x: 1, y: 2 });
    expect(moved.nodes.find((n) => n.id === 'li')).toBe(doc.nodes.find((n) => n.id === 'li'));
  });

  it('deletes nodes with the edges touching them', () => {
    const doc = run(example(), deleteElements(['lif'], ['input-to-li']));
    expect(doc.nodes.map((n) => n.id)).not.toContain('lif');
    expect(doc.edges.map((e) => e.id)).toEqual(['attach-v-li']);
  });
});

describe('field commands', () => {
  it('sets a parameter on several nodes at once', () => {
    const doc = run(example(), setNodeField(['lif', 'li'], field('lif', 'tauMemMs'), 25));
    for (const id of ['lif', 'li']) {
      const node = doc.nodes.find((n) => n.id === id) as { params: { tauMemMs: number } };
      expect(node.params.tauMemMs).toBe(25);
    }
  });

  it('refuses invalid values with the schema message, leaving the document alone', () => {
    const doc = example();
    expect(refusal(doc, setNodeField(['lif'], field('lif', 'tauMemMs'), -5))).toBe(
      'τmem must be > 0 ms, got -5',
    );
    expect(refusal(doc, setNodeField(['lif'], field('lif', 'size'), 0))).toMatch(
      /^N must be at least 1 neuron/,
    );
    expect(refusal(doc, setNodeField(['lif'], field('lif', 'vTh'), Number.NaN))).toMatch(/vTh/);
    expect(refusal(doc, setNodeField(['lif'], field('lif', 'tauMemMs'), undefined))).toMatch(
      /τmem/,
    );
  });

  it('refuses a resize that would break a one-to-one connection', () => {
    expect(refusal(example(), setNodeField(['lif'], field('lif', 'size'), 3))).toMatch(
      /One-to-one needs equal sizes/,
    );
  });

  it('keeps one spike list per neuron when a spike generator is resized', () => {
    let doc = run(example(), setEdgeField('input-to-lif', edgeField('type'), 'allToAll'));
    doc = run(doc, setEdgeField('input-to-li', edgeField('type'), 'allToAll'));
    doc = run(doc, setNodeField(['input'], field('spikeTimes', 'size'), 2));
    const input = doc.nodes.find((n) => n.id === 'input') as { spikeTimesMs: number[][] };
    expect(input.spikeTimesMs).toEqual([
      [20, 85, 150],
      [20, 85, 150],
    ]);
  });

  it('sets rate or period of a regular generator, never both', () => {
    let doc = run(example(), addNode('regular', { x: 0, y: 0 }));
    doc = run(doc, setNodeField(['regular'], field('regular', 'periodMs'), 25));
    const node = doc.nodes.find((n) => n.id === 'regular') as unknown as Record<string, unknown>;
    expect(node['periodMs']).toBe(25);
    expect('rateHz' in node).toBe(false);
  });

  it('refuses a probe variable its node lacks', () => {
    expect(
      refusal(example(), setNodeField(['probe-v-li'], field('probe', 'variable'), 'spikes')),
    ).toMatch(/has no spikes/);
  });

  it('edits projections: weight, rule, delay', () => {
    let doc = run(example(), setEdgeField('input-to-lif', edgeField('weight'), -0.5));
    doc = run(doc, setEdgeField('input-to-lif', edgeField('type'), 'random'));
    doc = run(doc, setEdgeField('input-to-lif', edgeField('delaySteps'), 3));
    expect(doc.edges[0]).toMatchObject({
      rule: { type: 'random', probability: 0.1, weight: -0.5 },
      delaySteps: 3,
    });
    expect(refusal(doc, setEdgeField('input-to-lif', edgeField('delaySteps'), 1.5))).toMatch(
      /whole number/,
    );
  });

  it('edits the simulation settings', () => {
    const dt = SIMULATION_FIELDS.find((f) => f.key === 'dtMs')!;
    expect(run(example(), setSimulationField(dt, 0.5)).simulation.dtMs).toBe(0.5);
    expect(refusal(example(), setSimulationField(dt, 0))).toMatch(/dt must be > 0 ms/);
  });
});

describe('connect', () => {
  it('adds a projection, one-to-one for equal sizes', () => {
    let doc = run(example(), addNode('lif', { x: 0, y: 0 }));
    doc = run(doc, connect('lif', 'lif-2'));
    expect(doc.edges.at(-1)).toMatchObject({
      kind: 'projection',
      id: 'lif-to-lif-2',
      rule: { type: 'oneToOne', weight: 1 },
    });
  });

  it('attaches a probe and names it after what it records', () => {
    let doc = run(example(), addNode('probe', { x: 0, y: 0 }, 'i'));
    doc = run(doc, addNode('probe', { x: 0, y: 0 }, 'i'));
    expect(doc.nodes.slice(-2).map((n) => n.label)).toEqual(['i probe', 'i probe 2']);
    doc = run(doc, connect('li', 'probe-i'));
    doc = run(doc, connect('lif', 'probe-i-2'));
    expect(doc.nodes.slice(-2).map((n) => n.label)).toEqual(['i · LI', 'i · LIF']);
    expect(doc.edges.at(-2)).toEqual({
      kind: 'probe',
      id: 'attach-probe-i',
      source: 'li',
      target: 'probe-i',
    });
  });

  it('refuses what compile would refuse, with the reason', () => {
    expect(refusal(example(), connect('li', 'lif'))).toMatch(/no spikes to send/);
    expect(refusal(example(), connect('input', 'lif'))).toMatch(/already connects/);
  });
});
