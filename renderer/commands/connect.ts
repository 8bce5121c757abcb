/**
 * The connect command: a projection between populations (or from a generator), or a probe
 * attachment, after the connection rules accept it. A probe still called "v probe" (or "v probe 2")
 * takes the name of what it records ("v · LIF"), as the scope's legend will.
 */
import { createProbeEdge, createProjection, type CircuitNode } from '../../engine/schema';
import { checkConnection } from '../canvas/connectionRules';
import { isUnattachedProbeLabel, uniqueId, usedIds } from './ids';
import { refused, type EditCommand } from './types';

function size(node: CircuitNode): number {
  return node.kind === 'probe' ? 1 : node.size;
}

export function connect(sourceId: string, targetId: string): EditCommand {
  return {
    label: 'Connect',
    apply(doc) {
      const verdict = checkConnection(doc, sourceId, targetId);
      if (!verdict.ok) return refused(verdict.reason);
      const source = doc.nodes.find((n) => n.id === sourceId)!;
      const target = doc.nodes.find((n) => n.id === targetId)!;
      const taken = usedIds(doc);
      if (verdict.kind === 'projection') {
        const id = uniqueId(`${sourceId}-to-${targetId}`, taken);
        const edge = createProjection(id, sourceId, targetId, size(source), size(target));
        return {
          ok: true,
          document: { ...doc, edges: [...doc.edges, edge] },
          select: { nodeIds: [], edgeIds: [id] },
        };
      }
      const id = uniqueId(`attach-${targetId}`, taken);
      const nodes =
        target.kind === 'probe' && isUnattachedProbeLabel(target.label, target.variable)
          ? doc.nodes.map((n) =>
              n.id === targetId ? { ...target, label: `${target.variable} · ${source.label}` } : n,
            )
          : doc.nodes;
      return {
        ok: true,
        document: { ...doc, nodes, edges: [...doc.edges, createProbeEdge(id, sourceId, targetId)] },
        select: { nodeIds: [], edgeIds: [id] },
      };
    },
  };
}
