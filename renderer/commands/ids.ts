/**
 * Fresh ids and labels for new nodes and edges. Nodes and edges share one id space (the schema
 * refuses a node and an edge with the same id).
 */
import type { CircuitDocument, NodeKind, ProbeVariable } from '../../engine/schema';

export function usedIds(doc: CircuitDocument): Set<string> {
  return new Set([...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)]);
}

/** `base` if free, else `base-2`, `base-3`, … (also free of `taken`, for batches). */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let k = 2; ; k++) {
    const candidate = `${base}-${k}`;
    if (!taken.has(candidate)) return candidate;
  }
}

const ID_BASE: Record<NodeKind, string> = {
  spikeTimes: 'spikes',
  regular: 'regular',
  poisson: 'poisson',
  constantCurrent: 'current',
  li: 'li',
  lif: 'lif',
  probe: 'probe',
};

const LABEL_BASE: Record<NodeKind, string> = {
  spikeTimes: 'Spikes',
  regular: 'Regular',
  poisson: 'Poisson',
  constantCurrent: 'Current',
  li: 'LI',
  lif: 'LIF',
  probe: 'probe',
};

export function idBase(kind: NodeKind, variable?: ProbeVariable): string {
  return kind === 'probe' ? `probe-${variable ?? 'v'}` : ID_BASE[kind];
}

/** A probe's label before it is attached; attaching renames it to "v · LIF". */
export function unattachedProbeLabel(variable: ProbeVariable): string {
  return `${variable} probe`;
}

/** Is this still the label a new probe got ("v probe", "v probe 2"), not one the user chose? */
export function isUnattachedProbeLabel(label: string, variable: ProbeVariable): boolean {
  const base = unattachedProbeLabel(variable);
  return label === base || new RegExp(`^${base} \\d+$`).test(label);
}

/** "LIF", then "LIF 2", "LIF 3"…: short labels a class can read off the projector. */
export function freshLabel(doc: CircuitDocument, kind: NodeKind, variable?: ProbeVariable): string {
  const base = kind === 'probe' ? unattachedProbeLabel(variable ?? 'v') : LABEL_BASE[kind];
  const labels = new Set(doc.nodes.map((n) => n.label));
  if (!labels.has(base)) return base;
  for (let k = 2; ; k++) if (!labels.has(`${base} ${k}`)) return `${base} ${k}`;
}
