/**
 * Commands that set one field: of one or more nodes (the inspector's multi-selection edits a
 * shared parameter on all of them), of a projection, or of the simulation settings. Every edit is
 * validated (schema + connection rules) and refused with the reason when invalid.
 */
import type {
  CircuitDocument,
  CircuitEdge,
  CircuitNode,
  ConnectionRule,
  FieldMeta,
  SimulationSettings,
} from '../../engine/schema';
import { replaceNodes } from './nodeEdits';
import { refused, type EditCommand } from './types';
import { validateEdge, validateNodes, validateSimulation } from './validate';

/** What a field may be set to: a number, a choice, spike lists, neuron indices, or unset. */
export type FieldValue = number | string | number[] | number[][] | undefined;

function withValue(record: object, key: string, value: FieldValue, excludes?: string): object {
  const next: Record<string, unknown> = { ...record, [key]: value };
  if (value === undefined) delete next[key];
  if (excludes !== undefined && value !== undefined) delete next[excludes];
  return next;
}

/** Only optional fields may be cleared; clearing another would silently restore its default. */
function missingValue(field: FieldMeta, value: FieldValue): string | null {
  const optional = field.type === 'number' && field.optional === true;
  return value === undefined && !optional ? `${field.symbol} needs a value` : null;
}

/** A spike-times generator keeps one list per neuron when resized. */
function resizeSpikeLists(node: CircuitNode, size: number): CircuitNode {
  if (node.kind !== 'spikeTimes' || !Number.isInteger(size) || size < 1 || size > 100_000) {
    return node;
  }
  const lists = node.spikeTimesMs.slice(0, size);
  while (lists.length < size) lists.push([...(node.spikeTimesMs[lists.length - 1] ?? [])]);
  return { ...node, spikeTimesMs: lists };
}

export function setNodeField(
  nodeIds: readonly string[],
  field: FieldMeta,
  value: FieldValue,
): EditCommand {
  return {
    label: `Set ${field.symbol}`,
    apply(doc) {
      const missing = missingValue(field, value);
      if (missing !== null) return refused(missing);
      const ids = new Set(nodeIds);
      const changed = new Map<string, CircuitNode>();
      for (const node of doc.nodes) {
        if (!ids.has(node.id)) continue;
        const excludes = field.type === 'number' ? field.excludes : undefined;
        let next: CircuitNode;
        if (field.host === 'params') {
          if (!('params' in node)) continue;
          next = { ...node, params: withValue(node.params, field.key, value) } as CircuitNode;
        } else {
          next = withValue(node, field.key, value, excludes) as CircuitNode;
          if (field.key === 'size' && typeof value === 'number')
            next = resizeSpikeLists(next, value);
        }
        changed.set(node.id, next);
      }
      if (changed.size === 0) return refused('None of the selected nodes has this field.');
      const document = replaceNodes(doc, changed);
      const error = validateNodes(document, new Set(changed.keys()), field.key);
      return error === null ? { ok: true, document } : refused(error);
    },
  };
}

function ruleWith(rule: ConnectionRule, key: string, value: FieldValue): ConnectionRule {
  const weight = 'weight' in rule ? rule.weight : 1;
  if (key === 'type') {
    if (value === 'oneToOne' || value === 'allToAll') return { type: value, weight };
    if (value === 'random') {
      const probability = rule.type === 'random' ? rule.probability : 0.1;
      return { type: 'random', probability, weight };
    }
    return rule;
  }
  return withValue(rule, key, value) as ConnectionRule;
}

export function setEdgeField(edgeId: string, field: FieldMeta, value: FieldValue): EditCommand {
  return {
    label: `Set ${field.symbol}`,
    apply(doc) {
      const missing = missingValue(field, value);
      if (missing !== null) return refused(missing);
      const edge = doc.edges.find((e) => e.id === edgeId);
      if (edge === undefined || edge.kind !== 'projection') {
        return refused('Only a projection has this field.');
      }
      if (field.host === 'rule' && edge.rule.type === 'matrix' && field.key !== 'type') {
        return refused('A matrix rule holds its weights in the file; edit them there.');
      }
      const next: CircuitEdge =
        field.host === 'rule'
          ? { ...edge, rule: ruleWith(edge.rule, field.key, value) }
          : (withValue(edge, field.key, value) as CircuitEdge);
      const document = { ...doc, edges: doc.edges.map((e) => (e.id === edgeId ? next : e)) };
      const error = validateEdge(document, edgeId, field.key);
      return error === null ? { ok: true, document } : refused(error);
    },
  };
}

export function setSimulationField(field: FieldMeta, value: FieldValue): EditCommand {
  return {
    label: `Set ${field.symbol}`,
    apply(doc) {
      const missing = missingValue(field, value);
      if (missing !== null) return refused(missing);
      const simulation = withValue(doc.simulation, field.key, value) as SimulationSettings;
      const document: CircuitDocument = { ...doc, simulation };
      const error = validateSimulation(document, field.key);
      return error === null ? { ok: true, document } : refused(error);
    },
  };
}

export function renameCircuit(name: string): EditCommand {
  return {
    label: 'Rename circuit',
    apply(doc) {
      const document = { ...doc, name };
      const error = validateSimulation(document, 'name');
      return error === null ? { ok: true, document } : refused(error);
    },
  };
}
