/**
 * Commands for the inspector's structured values: a projection's weight (a number or a
 * distribution), its weight matrix, and a population's initial potential. Each is one undo step,
 * validated like every edit (schema + connection rules) and refused with the reason.
 */
import type {
  CircuitDocument,
  CircuitEdge,
  CircuitNode,
  ConnectionRule,
  InitialV,
  WeightValue,
} from '../../../engine/schema';
import { replaceNodes } from '../../commands/nodeEdits';
import { refused, type EditCommand } from '../../commands/types';
import { validateEdge, validateNodes } from '../../commands/validate';
import { checkMatrixShape } from './tableText';

type Projection = Extract<CircuitEdge, { kind: 'projection' }>;

function editProjection(
  label: string,
  edgeId: string,
  key: string,
  change: (edge: Projection, doc: CircuitDocument) => Projection | string,
): EditCommand {
  return {
    label,
    apply(doc) {
      const edge = doc.edges.find((e) => e.id === edgeId);
      if (edge === undefined || edge.kind !== 'projection') {
        return refused('Only a projection has weights.');
      }
      const next = change(edge, doc);
      if (typeof next === 'string') return refused(next);
      const document = { ...doc, edges: doc.edges.map((e) => (e.id === edgeId ? next : e)) };
      const error = validateEdge(document, edgeId, key);
      return error === null ? { ok: true, document } : refused(error);
    },
  };
}

/** A fixed weight or a distribution, on a one-to-one, all-to-all or random rule. */
export function setWeight(edgeId: string, weight: WeightValue): EditCommand {
  return editProjection('Set weight', edgeId, 'weight', (edge) => {
    if (edge.rule.type === 'matrix') return 'A matrix rule has one weight per synapse.';
    if (typeof weight !== 'number') {
      const [a, b] =
        weight.distribution === 'uniform' ? [weight.low, weight.high] : [0, weight.std];
      if (weight.distribution === 'uniform' && !(a <= b)) return 'low must be ≤ high';
      if (weight.distribution === 'normal' && !(b >= 0)) return 'std must be ≥ 0';
    }
    return { ...edge, rule: { ...edge.rule, weight } as ConnectionRule };
  });
}

/** The whole weight matrix, W[post][pre], checked against the projection's ends. */
export function setMatrix(edgeId: string, weights: number[][]): EditCommand {
  return editProjection('Set weight matrix', edgeId, 'weights', (edge, doc) => {
    const size = (id: string) => {
      const node = doc.nodes.find((n) => n.id === id);
      return node !== undefined && 'size' in node ? node.size : 0;
    };
    const shape = checkMatrixShape(weights, size(edge.target), size(edge.source));
    if (shape !== null) return shape;
    return { ...edge, rule: { type: 'matrix', weights } };
  });
}

/** A population's v at step 0 (undefined: vLeak, Norse's initial state) and the seed of its draws. */
export function setInitialV(
  nodeId: string,
  initialV: InitialV | undefined,
  seed?: number,
): EditCommand {
  return {
    label: 'Set initial v',
    apply(doc) {
      const node = doc.nodes.find((n) => n.id === nodeId);
      if (node === undefined || (node.kind !== 'li' && node.kind !== 'lif')) {
        return refused('Only a population has an initial potential.');
      }
      const next: Record<string, unknown> = { ...node, initialV };
      if (initialV === undefined) delete next.initialV;
      if (seed !== undefined) next.seed = seed;
      const document = replaceNodes(doc, new Map([[nodeId, next as unknown as CircuitNode]]));
      const error = validateNodes(
        document,
        new Set([nodeId]),
        seed === undefined ? 'initialV' : 'seed',
      );
      return error === null ? { ok: true, document } : refused(error);
    },
  };
}
