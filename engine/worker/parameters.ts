/**
 * `setParam` on a document: returns a new document with one number changed, or says why the
 * change cannot be made that way. The result still goes through the schema (ranges) and compile,
 * so a live change is held to exactly the rules of an edit in the file.
 */
import type { CircuitDocument, CircuitNode, ConnectionRule, PerNeuron } from '../schema';

export interface ParameterChange {
  nodeId: string;
  field: string;
  value: number;
  neuron?: number;
}

export type ParameterResult =
  { ok: true; document: CircuitDocument } | { ok: false; message: string };

const POPULATION_FIELDS: Record<'li' | 'lif', readonly string[]> = {
  li: ['tauMemMs', 'tauSynMs', 'vLeak'],
  lif: ['tauMemMs', 'tauSynMs', 'vLeak', 'vTh', 'vReset'],
};

const GENERATOR_FIELDS: Partial<Record<CircuitNode['kind'], readonly string[]>> = {
  regular: ['rateHz', 'periodMs', 'phaseMs'],
  poisson: ['rateHz'],
  constantCurrent: ['amplitude', 'startMs', 'stopMs'],
};

function perNeuron(current: PerNeuron, size: number, value: number, neuron?: number): PerNeuron {
  if (neuron === undefined) return value;
  const values = typeof current === 'number' ? new Array<number>(size).fill(current) : [...current];
  values[neuron] = value;
  return values;
}

function setNodeField(node: CircuitNode, change: ParameterChange): CircuitNode | string {
  const { field, value, neuron } = change;
  if (node.kind === 'li' || node.kind === 'lif') {
    if (!POPULATION_FIELDS[node.kind].includes(field)) {
      return `${node.kind.toUpperCase()} population "${node.label}" has no parameter "${field}"; it has ${POPULATION_FIELDS[node.kind].join(', ')}`;
    }
    if (neuron !== undefined && neuron >= node.size) {
      return `neuron ${neuron} is outside "${node.label}" (${node.size} neurons)`;
    }
    const params = node.params as unknown as Record<string, PerNeuron>;
    const next = perNeuron(params[field]!, node.size, value, neuron);
    return { ...node, params: { ...node.params, [field]: next } } as CircuitNode;
  }
  const fields = GENERATOR_FIELDS[node.kind] ?? [];
  if (!fields.includes(field)) {
    return `"${node.label}" (${node.kind}) has no live parameter "${field}"${fields.length ? `; it has ${fields.join(', ')}` : ''}`;
  }
  if (neuron !== undefined) return `"${field}" of "${node.label}" is one value for all neurons`;
  const updated: Record<string, unknown> = { ...node, [field]: value };
  // A regular generator has a rate or a period, never both: setting one replaces the other.
  if (node.kind === 'regular' && field === 'rateHz') delete updated.periodMs;
  if (node.kind === 'regular' && field === 'periodMs') delete updated.rateHz;
  return updated as unknown as CircuitNode;
}

function setWeight(rule: ConnectionRule, value: number): ConnectionRule | null {
  return rule.type === 'matrix' ? null : { ...rule, weight: value };
}

/** The document with the change applied, or a message naming what could not be changed. */
export function applyParameter(doc: CircuitDocument, change: ParameterChange): ParameterResult {
  const nodeIndex = doc.nodes.findIndex((n) => n.id === change.nodeId);
  if (nodeIndex >= 0) {
    const updated = setNodeField(doc.nodes[nodeIndex]!, change);
    if (typeof updated === 'string') return { ok: false, message: updated };
    const nodes = doc.nodes.slice();
    nodes[nodeIndex] = updated;
    return { ok: true, document: { ...doc, nodes } };
  }
  const edgeIndex = doc.edges.findIndex((e) => e.id === change.nodeId);
  const edge = doc.edges[edgeIndex];
  if (edge === undefined) return { ok: false, message: `no node or connection "${change.nodeId}"` };
  if (edge.kind !== 'projection' || change.field !== 'weight' || change.neuron !== undefined) {
    return {
      ok: false,
      message: `connection "${edge.id}" has no live parameter "${change.field}"`,
    };
  }
  const rule = setWeight(edge.rule, change.value);
  if (rule === null) {
    return { ok: false, message: `connection "${edge.id}" has a weight matrix: edit the matrix` };
  }
  const edges = doc.edges.slice();
  edges[edgeIndex] = { ...edge, rule };
  return { ok: true, document: { ...doc, edges } };
}
