/**
 * What changed between two documents, as the worker's `setParam` messages: a live run takes a
 * slider step without restarting. Returns null when the change is structural (a node, an edge,
 * a size, a delay, the time step…) and the circuit must be loaded again; [] when nothing the
 * simulation reads changed (positions, labels, layout).
 */
import type { SetParamRequest } from '../../engine/protocol/messages';
import type { CircuitDocument, CircuitEdge, CircuitNode } from '../../engine/schema';

export type ParamChange = Omit<SetParamRequest, 'kind' | 'requestId'>;

const POPULATION_PARAMS = ['tauMemMs', 'tauSynMs', 'vLeak', 'vTh', 'vReset'] as const;
const GENERATOR_FIELDS: Partial<Record<CircuitNode['kind'], readonly string[]>> = {
  regular: ['rateHz', 'periodMs', 'phaseMs'],
  poisson: ['rateHz'],
  constantCurrent: ['amplitude', 'startMs', 'stopMs'],
};
/** Fields that never affect the simulation. */
const PRESENTATION = new Set(['id', 'label', 'position', 'kind']);

type Loose = Record<string, unknown>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function populationChanges(before: CircuitNode, after: CircuitNode, out: ParamChange[]): boolean {
  if (before.kind !== after.kind || !('params' in before) || !('params' in after)) return false;
  if (before.size !== after.size) return false;
  const p = before.params as unknown as Loose;
  const q = after.params as unknown as Loose;
  for (const key of new Set([...Object.keys(p), ...Object.keys(q)])) {
    if (same(p[key], q[key])) continue;
    if (!(POPULATION_PARAMS as readonly string[]).includes(key)) return false;
    const next = q[key];
    if (typeof next === 'number') {
      out.push({ nodeId: after.id, field: key, value: next });
    } else if (Array.isArray(next) && Array.isArray(p[key]) && next.length === before.size) {
      const old = p[key] as number[];
      next.forEach((value: number, neuron) => {
        if (value !== old[neuron]) out.push({ nodeId: after.id, field: key, value, neuron });
      });
    } else {
      return false;
    }
  }
  return Object.keys(before).every(
    (key) =>
      key === 'params' ||
      PRESENTATION.has(key) ||
      same((before as unknown as Loose)[key], (after as unknown as Loose)[key]),
  );
}

function generatorChanges(before: CircuitNode, after: CircuitNode, out: ParamChange[]): boolean {
  const live = GENERATOR_FIELDS[after.kind] ?? [];
  const p = before as unknown as Loose;
  const q = after as unknown as Loose;
  for (const key of new Set([...Object.keys(p), ...Object.keys(q)])) {
    if (PRESENTATION.has(key) || same(p[key], q[key])) continue;
    const next = q[key];
    if (!live.includes(key) || typeof next !== 'number') return false;
    out.push({ nodeId: after.id, field: key, value: next });
  }
  return true;
}

function edgeChanges(before: CircuitEdge, after: CircuitEdge, out: ParamChange[]): boolean {
  if (same(before, after)) return true;
  if (before.kind !== 'projection' || after.kind !== 'projection') return false;
  const { rule: r1, ...rest1 } = before;
  const { rule: r2, ...rest2 } = after;
  if (!same(rest1, rest2) || r1.type !== r2.type || r2.type === 'matrix') return false;
  const { weight: w1, ...o1 } = r1 as Loose;
  const { weight: w2, ...o2 } = r2 as Loose;
  if (!same(o1, o2) || typeof w2 !== 'number' || typeof w1 !== 'number') return false;
  out.push({ nodeId: after.id, field: 'weight', value: w2 });
  return true;
}

export function paramChanges(
  before: CircuitDocument,
  after: CircuitDocument,
): ParamChange[] | null {
  if (!same(before.simulation, after.simulation)) return null;
  if (before.nodes.length !== after.nodes.length || before.edges.length !== after.edges.length) {
    return null;
  }
  const out: ParamChange[] = [];
  for (let k = 0; k < before.nodes.length; k++) {
    const a = before.nodes[k]!;
    const b = after.nodes[k]!;
    if (a === b) continue;
    if (a.id !== b.id || a.kind !== b.kind) return null;
    const ok =
      a.kind === 'li' || a.kind === 'lif'
        ? populationChanges(a, b, out)
        : a.kind === 'probe'
          ? same({ ...a, label: 0, position: 0 }, { ...b, label: 0, position: 0 })
          : generatorChanges(a, b, out);
    if (!ok) return null;
  }
  for (let k = 0; k < before.edges.length; k++) {
    const a = before.edges[k]!;
    const b = after.edges[k]!;
    if (a !== b && !edgeChanges(a, b, out)) return null;
  }
  return out;
}
