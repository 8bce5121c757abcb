import { describe, expect, it } from 'vitest';
import { NODE_KINDS, recordableVariables, receivesProjections, sendsSpikes } from './catalog';
import { PROJECTION_FIELDS } from './connectionFields';
import { NODE_FIELDS, norseValue, type NumberField } from './fieldMeta';
import { createNode, createProbeEdge, createProjection } from './newNodes';
import { parseCircuit } from './parse';
import type { CircuitDocument, CircuitNode } from './types';

function documentOf(nodes: unknown[], edges: unknown[] = []): unknown {
  return { formatVersion: 1, nodes, edges };
}

function parsedNode(node: unknown): CircuitNode {
  const result = parseCircuit(documentOf([node]));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return result.document.nodes[0]!;
}

function withField(node: CircuitNode, field: NumberField, value: number): unknown {
  const copy = JSON.parse(JSON.stringify(node)) as Record<string, Record<string, unknown>>;
  if (field.host === 'params') copy['params']![field.key] = value;
  else (copy as Record<string, unknown>)[field.key] = value;
  return copy;
}

describe('createNode', () => {
  it.each(NODE_KINDS)('makes a %s node the schema accepts unchanged', (kind) => {
    const node = createNode(kind, { id: 'n', label: 'N', position: { x: 1, y: 2 } });
    expect(parsedNode(node)).toEqual(node);
  });
});

describe('NODE_FIELDS', () => {
  it('gives the defaults the schema applies', () => {
    for (const kind of NODE_KINDS) {
      const node = createNode(kind, { id: 'n', label: 'n', position: { x: 0, y: 0 } });
      for (const field of NODE_FIELDS[kind]) {
        if (field.type !== 'number' || field.defaultValue === undefined) continue;
        const value =
          field.host === 'params'
            ? (node as unknown as { params: Record<string, unknown> }).params[field.key]
            : (node as unknown as Record<string, unknown>)[field.key];
        expect(value, `${kind}.${field.key}`).toBe(field.defaultValue);
      }
    }
  });

  it('states the ranges the schema enforces', () => {
    for (const kind of NODE_KINDS) {
      const node = createNode(kind, { id: 'n', label: 'n', position: { x: 0, y: 0 } });
      for (const field of NODE_FIELDS[kind]) {
        if (field.type !== 'number' || field.min === undefined || field.excludes) continue;
        const atMin = parseCircuit(documentOf([withField(node, field, field.min)]));
        expect(atMin.ok, `${kind}.${field.key} = min`).toBe(!field.minExclusive);
        const below = parseCircuit(documentOf([withField(node, field, field.min - 1)]));
        expect(below.ok, `${kind}.${field.key} < min`).toBe(false);
        if (field.integer) {
          const fraction = parseCircuit(documentOf([withField(node, field, field.min + 0.5)]));
          expect(fraction.ok, `${kind}.${field.key} fraction`).toBe(false);
        }
      }
    }
  });

  it('lists the projection fields with the defaults of a new projection', () => {
    const edge = createProjection('e', 'a', 'b', 1, 1);
    expect(PROJECTION_FIELDS.find((f) => f.key === 'weight')?.type).toBe('number');
    expect(edge.rule).toEqual({ type: 'oneToOne', weight: 1 });
    expect(createProjection('e', 'a', 'b', 2, 3).rule.type).toBe('allToAll');
  });
});

describe('norseValue', () => {
  it('maps τmem 10 ms to tau_mem_inv 100/s, in float32 like the engine', () => {
    const tau = NODE_FIELDS.lif.find((f) => f.key === 'tauMemMs') as NumberField;
    expect(tau.norse?.name).toBe('tau_mem_inv');
    expect(norseValue(tau, 10)).toBe(100);
    expect(norseValue(tau, 60)).toBe(Math.fround(1000 / 60));
    expect(norseValue(tau, 0)).toBeNull();
    const vTh = NODE_FIELDS.lif.find((f) => f.key === 'vTh') as NumberField;
    expect(norseValue(vTh, 0.8)).toBe(0.8);
  });
});

describe('connection capabilities', () => {
  it('agree with what a compiled circuit may hold', () => {
    expect(NODE_KINDS.filter(sendsSpikes)).toEqual([
      'spikeTimes',
      'regular',
      'poisson',
      'constantCurrent',
      'lif',
    ]);
    expect(NODE_KINDS.filter(receivesProjections)).toEqual(['li', 'lif']);
    expect(recordableVariables('li')).toEqual(['v', 'i']);
    expect(recordableVariables('constantCurrent')).toEqual([]);
  });

  it('builds a document the schema accepts from the factories', () => {
    const a = createNode('spikeTimes', { id: 'a', label: 'a', position: { x: 0, y: 0 } });
    const b = createNode('lif', { id: 'b', label: 'b', position: { x: 0, y: 0 } });
    const p = createNode('probe', {
      id: 'p',
      label: 'p',
      position: { x: 0, y: 0 },
      variable: 'spikes',
    });
    const doc = documentOf(
      [a, b, p],
      [createProjection('e1', 'a', 'b', 1, 1), createProbeEdge('e2', 'b', 'p')],
    );
    const result = parseCircuit(doc);
    expect(result.ok).toBe(true);
    expect((result as { document: CircuitDocument }).document.edges).toHaveLength(2);
  });
});
