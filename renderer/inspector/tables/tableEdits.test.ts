import { describe, expect, it } from 'vitest';
import type { CircuitDocument } from '../../../engine/schema';
import { setEdgeField, setNodeField } from '../../commands/fieldEdits';
import { example, refusal, run } from '../../commands/testCircuit';
import { NODE_FIELDS, PROJECTION_FIELDS } from '../../../engine/schema';
import { setInitialV, setMatrix, setWeight } from './tableEdits';

const rule = (doc: CircuitDocument, id: string) => {
  const edge = doc.edges.find((e) => e.id === id);
  if (edge?.kind !== 'projection') throw new Error('no projection');
  return edge.rule;
};
const node = (doc: CircuitDocument, id: string) => doc.nodes.find((n) => n.id === id)!;

/** The example with LIF grown to 3 neurons, fed all-to-all (room for matrices and lists). */
function wider(): CircuitDocument {
  const doc = example();
  const type = PROJECTION_FIELDS.find((f) => f.key === 'type')!;
  const size = NODE_FIELDS.lif.find((f) => f.key === 'size')!;
  return run(
    run(doc, setEdgeField('input-to-lif', type, 'allToAll')),
    setNodeField(['lif'], size, 3),
  );
}

describe('weight distributions', () => {
  it('switches between a number, uniform and normal draws', () => {
    let doc = run(
      example(),
      setWeight('input-to-lif', { distribution: 'uniform', low: 0.5, high: 1.5 }),
    );
    expect(rule(doc, 'input-to-lif')).toMatchObject({
      weight: { distribution: 'uniform', low: 0.5, high: 1.5 },
    });
    doc = run(doc, setWeight('input-to-lif', { distribution: 'normal', mean: 1, std: 0.2 }));
    expect(rule(doc, 'input-to-lif')).toMatchObject({
      weight: { distribution: 'normal', std: 0.2 },
    });
    doc = run(doc, setWeight('input-to-lif', -2));
    expect(rule(doc, 'input-to-lif')).toMatchObject({ weight: -2 });
  });

  it('refuses low ≥ high and a negative std, leaving the document alone', () => {
    const doc = example();
    expect(
      refusal(doc, setWeight('input-to-lif', { distribution: 'uniform', low: 2, high: 1 })),
    ).toBe('low must be ≤ high');
    expect(
      refusal(doc, setWeight('input-to-lif', { distribution: 'normal', mean: 0, std: -1 })),
    ).toBe('std must be ≥ 0');
  });
});

describe('weight matrices', () => {
  it('sets a matrix of target × source and refuses any other shape', () => {
    const doc = wider();
    const next = run(doc, setMatrix('input-to-lif', [[1], [0.5], [-1]]));
    expect(rule(next, 'input-to-lif')).toEqual({ type: 'matrix', weights: [[1], [0.5], [-1]] });
    expect(refusal(doc, setMatrix('input-to-lif', [[1, 0.5, -1]]))).toMatch(
      /must be 3 × 1 .* but it is 1 × 3: it looks transposed/,
    );
  });
});

describe('initial potential', () => {
  it('sets a value, one per neuron, uniform draws with a seed, and back to vLeak', () => {
    let doc = wider();
    doc = run(doc, setInitialV('lif', 0.2));
    expect(node(doc, 'lif')).toMatchObject({ initialV: 0.2 });
    doc = run(doc, setInitialV('lif', [0, 0.1, 0.2]));
    expect(node(doc, 'lif')).toMatchObject({ initialV: [0, 0.1, 0.2] });
    doc = run(doc, setInitialV('lif', { distribution: 'uniform', low: 0, high: 1 }, 7));
    expect(node(doc, 'lif')).toMatchObject({
      initialV: { distribution: 'uniform', low: 0, high: 1 },
      seed: 7,
    });
    doc = run(doc, setInitialV('lif', undefined));
    expect('initialV' in node(doc, 'lif')).toBe(false);
  });

  it('refuses a per-neuron list whose length is not the population size', () => {
    expect(refusal(wider(), setInitialV('lif', [0, 0.1]))).toMatch(/2 values .* 3 neurons/);
  });
});
