/**
 * Which projections close a loop, and so deliver one step later (MODELS.md: Norse's
 * `LIFRecurrentCell` adds W_rec · z(t−1)). The rule is engine/compile/updateOrder.ts's, which the
 * renderer may not import; it is restated here and tested on the same cases:
 * 1. strongly connected components of the population graph (projections between populations);
 * 2. inside a component, members ordered by their distance from external input (a projection
 *    from a generator or from another component), ties by document order;
 * 3. a projection from a member to a member at the same or an earlier position closes a loop.
 * Only projections compile accepts take part (generator or LIF source, population target, the
 * first of duplicates).
 */
import { familyOf, type CircuitDocument } from '../../engine/schema';

interface PopulationEdge {
  id: string;
  /** Population index of the source, or -1 for a generator. */
  source: number;
  target: number;
}

export function loopClosingEdges(doc: CircuitDocument): Set<string> {
  const index = new Map<string, number>();
  const kinds = new Map(doc.nodes.map((n) => [n.id, n.kind]));
  for (const node of doc.nodes) {
    if (familyOf(node.kind) === 'population') index.set(node.id, index.size);
  }
  const edges: PopulationEdge[] = [];
  const pairs = new Set<string>();
  for (const edge of doc.edges) {
    if (edge.kind !== 'projection') continue;
    const target = index.get(edge.target);
    const sourceKind = kinds.get(edge.source);
    const pair = `${edge.source}\u0000${edge.target}`;
    if (target === undefined || sourceKind === undefined || pairs.has(pair)) continue;
    pairs.add(pair);
    if (familyOf(sourceKind) === 'generator') edges.push({ id: edge.id, source: -1, target });
    else if (sourceKind === 'lif')
      edges.push({ id: edge.id, source: index.get(edge.source)!, target });
  }

  const count = index.size;
  const out: number[][] = Array.from({ length: count }, () => []);
  for (const e of edges) if (e.source >= 0) out[e.source]!.push(e.target);
  const component = components(count, out);
  const position = positionsWithinComponents(count, component, edges, out);
  const closing = new Set<string>();
  for (const e of edges) {
    if (e.source < 0 || component[e.source] !== component[e.target]) continue;
    if (position[e.source]! >= position[e.target]!) closing.add(e.id);
  }
  return closing;
}

/** Tarjan's strongly connected components, iterative. Returns the component of each node. */
function components(n: number, out: readonly number[][]): Int32Array {
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  let counter = 0;
  let found = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const v = frame[0];
      if (frame[1] < out[v]!.length) {
        const w = out[v]![frame[1]++]!;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, order[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component[w] = found;
        } while (w !== v);
        found++;
      }
    }
  }
  return component;
}

/**
 * Each population's rank inside its component: by breadth-first distance from the component's
 * external inputs, then by document order. Only the order within a component matters here.
 */
function positionsWithinComponents(
  n: number,
  component: Int32Array,
  edges: readonly PopulationEdge[],
  out: readonly number[][],
): Float64Array {
  const distance = new Float64Array(n).fill(Infinity);
  const queue: number[] = [];
  for (const e of edges) {
    const external = e.source < 0 || component[e.source] !== component[e.target];
    if (external && distance[e.target] === Infinity) {
      distance[e.target] = 0;
      queue.push(e.target);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const p = queue[head]!;
    for (const q of out[p]!) {
      if (component[q] === component[p] && distance[q] === Infinity) {
        distance[q] = distance[p]! + 1;
        queue.push(q);
      }
    }
  }
  const members = Array.from({ length: n }, (_, p) => p).sort(
    (a, b) => component[a]! - component[b]! || distance[a]! - distance[b]! || a - b,
  );
  const position = new Float64Array(n);
  members.forEach((p, rank) => (position[p] = rank));
  return position;
}
