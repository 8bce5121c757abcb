import { describe, expect, it } from 'vitest';
import { alignNodes, distributeNodes, nudgeNodes, snapNodes } from './arrange';
import { autoLayout, layoutPositions } from './autoLayout';
import { connect } from './connect';
import { addNode, moveNodes } from './nodeEdits';
import { example, refusal, run } from './testCircuit';

const sizes = new Map([
  ['lif', { width: 200, height: 100 }],
  ['li', { width: 160, height: 80 }],
  ['input', { width: 180, height: 90 }],
]);

function position(doc: ReturnType<typeof example>, id: string) {
  return doc.nodes.find((n) => n.id === id)!.position;
}

describe('align and distribute', () => {
  it('aligns left, right and centres using node sizes', () => {
    const doc = example(); // lif at (360,120), li at (360,320)
    const moved = run(doc, moveNodes(new Map([['li', { x: 400, y: 320 }]])));
    const left = run(moved, alignNodes(['lif', 'li'], 'left', sizes));
    expect(position(left, 'li').x).toBe(360);
    const right = run(moved, alignNodes(['lif', 'li'], 'right', sizes));
    expect(position(right, 'lif').x + 200).toBe(position(right, 'li').x + 160);
    const middle = run(moved, alignNodes(['lif', 'li'], 'centerY', sizes));
    expect(position(middle, 'lif').y + 50).toBe(position(middle, 'li').y + 40);
    expect(refusal(doc, alignNodes(['lif'], 'left', sizes))).toMatch(/two or more/);
  });

  it('distributes with equal gaps, the outer nodes staying', () => {
    const doc = run(example(), moveNodes(new Map([['input', { x: 360, y: 280 }]])));
    const spread = run(doc, distributeNodes(['lif', 'li', 'input'], 'y', sizes));
    const [a, b, c] = ['lif', 'input', 'li'].map((id) => position(spread, id));
    expect(a!.y).toBe(120);
    expect(c!.y).toBe(320);
    expect(b!.y - (a!.y + 100)).toBe(c!.y - (b!.y + 90));
  });

  it('snaps and nudges', () => {
    const doc = run(example(), moveNodes(new Map([['lif', { x: 367, y: 111 }]])));
    expect(position(run(doc, snapNodes(['lif'])), 'lif')).toEqual({ x: 360, y: 120 });
    expect(position(run(doc, nudgeNodes(['lif'], 5, -5)), 'lif')).toEqual({ x: 372, y: 106 });
  });
});

describe('auto-layout', () => {
  it('puts generators, populations and probes in signal order', () => {
    const doc = example();
    const at = layoutPositions(doc, sizes);
    expect(at.get('input')!.x).toBeLessThan(at.get('lif')!.x);
    expect(at.get('lif')!.x).toBe(at.get('li')!.x);
    expect(at.get('li')!.x).toBeLessThan(at.get('probe-v-lif')!.x);
    expect(at.get('lif')!.y).toBeLessThan(at.get('li')!.y);
  });

  it('lays out a chain with a loop without stretching it, on the grid', () => {
    let doc = example();
    doc = run(doc, addNode('lif', { x: -500, y: 900 }));
    doc = run(doc, connect('lif', 'lif-2'));
    doc = run(doc, connect('lif-2', 'lif'));
    const laid = run(doc, autoLayout(sizes));
    const x = (id: string) => position(laid, id).x;
    expect(x('input')).toBeLessThan(x('lif'));
    expect(x('lif')).toBeLessThan(x('lif-2'));
    expect(x('lif-2')).toBeLessThan(x('probe-v-lif'));
    for (const node of laid.nodes) {
      expect(node.position.x % 20).toBe(0);
      expect(node.position.y % 20).toBe(0);
    }
  });
});
