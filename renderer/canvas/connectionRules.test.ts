import { describe, expect, it } from 'vitest';
import {
  createNode,
  createProbeEdge,
  createProjection,
  FORMAT_VERSION,
  type CircuitDocument,
  type NodeKind,
  type ProbeVariable,
} from '../../engine/schema';
import { checkConnection, edgeProblems, ruleProblem } from './connectionRules';

const at = { x: 0, y: 0 };

function node(kind: NodeKind, id: string, variable?: ProbeVariable) {
  return createNode(kind, { id, label: id, position: at, ...(variable ? { variable } : {}) });
}

function doc(): CircuitDocument {
  return {
    formatVersion: FORMAT_VERSION,
    name: 'rules',
    simulation: { dtMs: 1, durationMs: 10, inputOrder: 'norse-1.1', seed: 0 },
    nodes: [
      node('spikeTimes', 'gen'),
      node('constantCurrent', 'current'),
      node('lif', 'lif'),
      node('li', 'li'),
      node('probe', 'pv', 'v'),
      node('probe', 'ps', 'spikes'),
    ],
    edges: [createProjection('gen-lif', 'gen', 'lif', 1, 1), createProbeEdge('att', 'lif', 'pv')],
  };
}

function code(source: string, target: string, d = doc()): string {
  const verdict = checkConnection(d, source, target);
  return verdict.ok ? verdict.kind : verdict.code;
}

describe('checkConnection (the codes of engine/compile/validateEdges.ts)', () => {
  it('accepts generator → population, LIF → population and self-loops as projections', () => {
    expect(code('gen', 'li')).toBe('projection');
    expect(code('current', 'lif')).toBe('projection');
    expect(code('lif', 'li')).toBe('projection');
    expect(code('lif', 'lif')).toBe('projection');
  });

  it('accepts attaching a free probe to a node that has its variable', () => {
    expect(code('lif', 'ps')).toBe('probe');
    expect(code('gen', 'ps')).toBe('probe');
  });

  it('refuses an edge into a generator', () => {
    expect(code('lif', 'gen')).toBe('EDGE_INTO_GENERATOR');
    expect(code('gen', 'gen')).toBe('EDGE_INTO_GENERATOR');
  });

  it('refuses an LI population as a source of spikes', () => {
    const verdict = checkConnection(doc(), 'li', 'lif');
    expect(verdict).toMatchObject({ ok: false, code: 'PROJECTION_FROM_LI' });
    expect(!verdict.ok && verdict.reason).toMatch(/no spikes to send/);
  });

  it('refuses probe to probe, and a probe as a source', () => {
    expect(code('pv', 'ps')).toBe('PROBE_ON_PROBE');
    expect(code('pv', 'lif')).toBe('PROJECTION_FROM_PROBE');
  });

  it('refuses a duplicate projection and a probe attached twice', () => {
    expect(code('gen', 'lif')).toBe('DUPLICATE_PROJECTION');
    expect(code('li', 'pv')).toBe('PROBE_ATTACHED_TWICE');
  });

  it('refuses a probe whose variable the source lacks', () => {
    expect(code('li', 'ps')).toBe('PROBE_VARIABLE_INVALID');
    const d = doc();
    d.nodes.push(node('probe', 'pi', 'i'));
    expect(code('gen', 'pi', d)).toBe('PROBE_VARIABLE_INVALID');
    expect(code('current', 'pi', d)).toBe('PROBE_VARIABLE_INVALID');
  });

  it('refuses unknown nodes', () => {
    expect(code('nope', 'lif')).toBe('UNKNOWN_NODE');
  });
});

describe('edge checks after an edit', () => {
  it('finds a one-to-one rule broken by a resize', () => {
    const d = doc();
    const lif = d.nodes[2] as ReturnType<typeof node> & { size: number };
    lif.size = 3;
    expect(ruleProblem(d.edges[0] as never, d.nodes[0]!, lif)).toMatch(/equal sizes/);
    expect(edgeProblems(d, new Set(['lif']))).toHaveLength(1);
    expect(edgeProblems(d, new Set(['li']))).toEqual([]);
  });

  it('finds a probe set to a variable its node lacks', () => {
    const d = doc();
    d.nodes[4] = node('probe', 'pv', 'spikes');
    expect(edgeProblems(d, new Set(['pv']))).toEqual([]);
    d.edges[1] = createProbeEdge('att', 'li', 'pv');
    expect(edgeProblems(d, new Set(['pv']))[0]).toMatch(/has no spikes/);
  });
});
