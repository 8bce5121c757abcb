import { describe, expect, it } from 'vitest';
import { parseCircuit } from '../../engine/schema';
import { copyFragment, duplicate, fragmentText, parseFragment, pasteFragment } from './clipboard';
import { example, refusal, run } from './testCircuit';

describe('clipboard', () => {
  it('copies the selected nodes with the edges between them, as circuit text', () => {
    const fragment = copyFragment(example(), ['input', 'lif', 'li'])!;
    expect(fragment.nodes.map((n) => n.id)).toEqual(['input', 'lif', 'li']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['input-to-lif', 'input-to-li']);
    const back = parseFragment(fragmentText(fragment));
    expect('fragment' in back && back.fragment.nodes).toEqual(fragment.nodes);
  });

  it('pastes under fresh ids, keeps the wiring, selects the pasted nodes', () => {
    const doc = example();
    const fragment = copyFragment(doc, ['input', 'lif'])!;
    const outcome = pasteFragment(fragment, { x: 40, y: 40 }).apply(doc);
    if (!outcome.ok) throw new Error(outcome.error);
    const pasted = outcome.document;
    expect(pasted.nodes.slice(-2).map((n) => [n.id, n.label, n.position])).toEqual([
      ['input-2', 'Input spikes 2', { x: 120, y: 260 }],
      ['lif-2', 'LIF 2', { x: 400, y: 160 }],
    ]);
    expect(pasted.edges.at(-1)).toMatchObject({ source: 'input-2', target: 'lif-2' });
    expect(outcome.select).toEqual({ nodeIds: ['input-2', 'lif-2'], edgeIds: ['input-to-lif-2'] });
    expect(parseCircuit(pasted).ok).toBe(true);
  });

  it('refuses clipboard text that is not a circuit, saying why', () => {
    const result = parseFragment('hello');
    expect('error' in result && result.error).toMatch(/no Spikeboard nodes.*not valid JSON/);
  });

  it('refuses a fragment holding a connection the editor refuses', () => {
    const fragment = copyFragment(example(), ['lif', 'li'])!;
    fragment.edges.push({
      ...fragment.edges[0]!,
      kind: 'projection',
      id: 'x',
      source: 'li',
      target: 'lif',
      rule: { type: 'oneToOne', weight: 1 },
      delaySteps: 0,
      seed: 0,
    });
    expect(refusal(example(), pasteFragment(fragment, { x: 0, y: 0 }))).toMatch(/no spikes/);
  });

  it('duplicates in one command', () => {
    const doc = run(example(), duplicate(['lif', 'probe-v-lif']));
    expect(doc.nodes).toHaveLength(8);
    expect(doc.edges.at(-1)).toMatchObject({
      kind: 'probe',
      source: 'lif-2',
      target: 'probe-v-lif-2',
    });
  });
});
