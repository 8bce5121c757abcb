/**
 * Which connections the editor accepts, and why it refuses the others. The same rules as
 * engine/compile's diagnostics (validateEdges.ts, validateRule.ts), with the same codes, checked
 * before an edge exists so a user is told at once instead of at the next run. Pure; kinds and
 * their capabilities come from engine/schema.
 */
import {
  NODE_KIND_INFO,
  familyOf,
  receivesProjections,
  recordableVariables,
  sendsSpikes,
  type CircuitDocument,
  type CircuitNode,
  type ProjectionEdge,
} from '../../engine/schema';

export type ConnectionVerdict =
  { ok: true; kind: 'projection' | 'probe' } | { ok: false; code: string; reason: string };

function name(node: CircuitNode): string {
  return node.label.trim() === '' ? node.id : node.label;
}

function refuse(code: string, reason: string): ConnectionVerdict {
  return { ok: false, code, reason };
}

/** Can a connection from `sourceId` to `targetId` be added to `doc`? */
export function checkConnection(
  doc: CircuitDocument,
  sourceId: string,
  targetId: string,
): ConnectionVerdict {
  const source = doc.nodes.find((n) => n.id === sourceId);
  const target = doc.nodes.find((n) => n.id === targetId);
  if (source === undefined || target === undefined) {
    return refuse('UNKNOWN_NODE', 'That node no longer exists.');
  }
  if (target.kind === 'probe') return checkProbeAttachment(doc, source, target);
  if (familyOf(target.kind) === 'generator') {
    return refuse(
      'EDGE_INTO_GENERATOR',
      `${name(target)} is a generator: generators only send. Connect into a population.`,
    );
  }
  if (source.kind === 'probe') {
    return refuse(
      'PROJECTION_FROM_PROBE',
      `${name(source)} is a probe: it records and sends nothing.`,
    );
  }
  if (source.kind === 'li') {
    return refuse(
      'PROJECTION_FROM_LI',
      `${name(source)} is an LI population: it has no spikes to send. Use a LIF population, or attach a probe to see its v.`,
    );
  }
  if (!sendsSpikes(source.kind) || !receivesProjections(target.kind)) {
    return refuse('INVALID_CONNECTION', `${name(source)} cannot connect to ${name(target)}.`);
  }
  const duplicate = doc.edges.some(
    (e) => e.kind === 'projection' && e.source === source.id && e.target === target.id,
  );
  if (duplicate) {
    return refuse(
      'DUPLICATE_PROJECTION',
      `${name(source)} already connects to ${name(target)}: edit that connection's weight instead.`,
    );
  }
  return { ok: true, kind: 'projection' };
}

function checkProbeAttachment(
  doc: CircuitDocument,
  source: CircuitNode,
  probe: CircuitNode & { kind: 'probe' },
): ConnectionVerdict {
  if (source.kind === 'probe') {
    return refuse(
      'PROBE_ON_PROBE',
      `${name(source)} is a probe: a probe cannot record another probe. Attach ${name(probe)} to a population or generator.`,
    );
  }
  const attached = doc.edges.find((e) => e.kind === 'probe' && e.target === probe.id);
  if (attached !== undefined) {
    const current = doc.nodes.find((n) => n.id === attached.source);
    return refuse(
      'PROBE_ATTACHED_TWICE',
      `${name(probe)} already records ${current === undefined ? attached.source : name(current)}: a probe records one node. Add another probe.`,
    );
  }
  const problem = probeVariableProblem(probe.variable, source);
  return problem === null ? { ok: true, kind: 'probe' } : refuse('PROBE_VARIABLE_INVALID', problem);
}

/** Why a probe of `variable` cannot record `source`, or null when it can. */
export function probeVariableProblem(variable: string, source: CircuitNode): string | null {
  const allowed = recordableVariables(source.kind);
  if ((allowed as readonly string[]).includes(variable)) return null;
  const what = `${name(source)} (${NODE_KIND_INFO[source.kind].title})`;
  if (allowed.length === 0) {
    return `${what} has no v, i or spikes to record: probe the population it drives.`;
  }
  return `${what} has no ${variable}: record ${allowed.join(' or ')} instead.`;
}

/** Why a projection's rule does not fit its endpoints (compile: ONE_TO_ONE_SIZE_MISMATCH). */
export function ruleProblem(
  edge: ProjectionEdge,
  source: CircuitNode,
  target: CircuitNode,
): string | null {
  if (source.kind === 'probe' || target.kind === 'probe') return null;
  if (edge.rule.type === 'oneToOne' && source.size !== target.size) {
    return `One-to-one needs equal sizes, but ${name(source)} has ${source.size} neurons and ${name(target)} ${target.size}: change the connection's rule to all-to-all first.`;
  }
  if (edge.rule.type === 'matrix') {
    const w = edge.rule.weights;
    if (w.length !== target.size || w.some((row) => row.length !== source.size)) {
      return `The weight matrix must be ${target.size} × ${source.size} (target × source neurons).`;
    }
  }
  return null;
}

/**
 * Problems of the existing edges touching `nodeIds` in `doc` (after an edit of those nodes):
 * a resized population breaking a one-to-one rule, a probe set to a variable its node lacks.
 */
export function edgeProblems(doc: CircuitDocument, nodeIds: ReadonlySet<string>): string[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const problems: string[] = [];
  for (const edge of doc.edges) {
    if (!nodeIds.has(edge.source) && !nodeIds.has(edge.target)) continue;
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source === undefined || target === undefined) continue;
    const problem =
      edge.kind === 'projection'
        ? ruleProblem(edge, source, target)
        : target.kind === 'probe'
          ? probeVariableProblem(target.variable, source)
          : null;
    if (problem !== null) problems.push(problem);
  }
  return problems;
}
