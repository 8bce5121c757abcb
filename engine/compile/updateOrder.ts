/**
 * The fixed update order: generators first, then populations in topological order, so a
 * feed-forward projection delivers in the same step (Norse `SequentialState`: layer 1's spike at
 * t is layer 2's input at t). A projection that closes a loop delivers one step later (Norse
 * `LIFRecurrentCell`: W_rec·z(t−1)).
 *
 * Which projection closes a loop is decided deterministically:
 * 1. strongly connected components (SCCs) of the population graph, placed in topological order
 *    (ties: the component whose first member comes first in the document);
 * 2. inside a component, members ordered by their distance from external input (a projection
 *    from a generator or another component), ties by document order;
 * 3. a projection from a member to a member at the same or an earlier position closes a loop.
 */

/** A projection between population indices; `source` is -1 for a generator. */
export interface OrderEdge {
  source: number;
  target: number;
}

export interface UpdateOrder {
  /** Population indices in update order. */
  order: number[];
  /** Per edge: does it close a loop (and so deliver one step later)? */
  closesLoop: boolean[];
  /** Per edge that closes a loop: the populations of one loop it closes, from target to source. */
  loopPaths: Map<number, number[]>;
}

export function computeUpdateOrder(
  populationCount: number,
  edges: readonly OrderEdge[],
): UpdateOrder {
  const out: number[][] = Array.from({ length: populationCount }, () => []);
  edges.forEach((e, k) => {
    if (e.source >= 0) out[e.source]!.push(k);
  });
  const comp = stronglyConnectedComponents(populationCount, edges, out);
  const members = groupMembers(comp, populationCount);
  const componentOrder = topologicalComponents(members, comp, edges);

  const position = new Int32Array(populationCount);
  const order: number[] = [];
  for (const c of componentOrder) {
    for (const p of orderMembers(members[c]!, comp, c, edges, out)) {
      position[p] = order.length;
      order.push(p);
    }
  }

  const closesLoop = edges.map(
    (e) =>
      e.source >= 0 &&
      comp[e.source] === comp[e.target] &&
      position[e.source]! >= position[e.target]!,
  );
  const loopPaths = new Map<number, number[]>();
  closesLoop.forEach((closes, k) => {
    if (!closes) return;
    const e = edges[k]!;
    loopPaths.set(k, pathWithin(e.target, e.source, comp, edges, out));
  });
  return { order, closesLoop, loopPaths };
}

/** Tarjan's algorithm, iterative (no recursion limit on long chains). Returns component per node. */
function stronglyConnectedComponents(
  n: number,
  edges: readonly OrderEdge[],
  out: readonly number[][],
): Int32Array {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  let counter = 0;
  let compCount = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, next] = frame;
      const outs = out[v]!;
      if (next < outs.length) {
        frame[1] = next + 1;
        const w = edges[outs[next]!]!.target;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          comp[w] = compCount;
        } while (w !== v);
        compCount++;
      }
    }
  }
  return comp;
}

/** Members of each component, ascending (document order). */
function groupMembers(comp: Int32Array, n: number): number[][] {
  let count = 0;
  for (let p = 0; p < n; p++) count = Math.max(count, comp[p]! + 1);
  const members: number[][] = Array.from({ length: count }, () => []);
  for (let p = 0; p < n; p++) members[comp[p]!]!.push(p);
  return members;
}

/** Kahn's algorithm on the component graph; among ready components the lowest first member wins. */
function topologicalComponents(
  members: readonly number[][],
  comp: Int32Array,
  edges: readonly OrderEdge[],
): number[] {
  const count = members.length;
  const indegree = new Int32Array(count);
  const succ: number[][] = Array.from({ length: count }, () => []);
  for (const e of edges) {
    if (e.source < 0) continue;
    const a = comp[e.source]!;
    const b = comp[e.target]!;
    if (a === b) continue;
    succ[a]!.push(b);
    indegree[b]!++;
  }
  // Components keyed by their first member (unique, so the order is total).
  const ready: number[] = [];
  for (let c = 0; c < count; c++) if (indegree[c] === 0) ready.push(c);
  const result: number[] = [];
  while (ready.length > 0) {
    let best = 0;
    for (let k = 1; k < ready.length; k++) {
      if (members[ready[k]!]![0]! < members[ready[best]!]![0]!) best = k;
    }
    const c = ready.splice(best, 1)[0]!;
    result.push(c);
    for (const d of succ[c]!) if (--indegree[d]! === 0) ready.push(d);
  }
  return result;
}

/** Orders a component's members by BFS distance from its external inputs, then document order. */
function orderMembers(
  list: readonly number[],
  comp: Int32Array,
  c: number,
  edges: readonly OrderEdge[],
  out: readonly number[][],
): number[] {
  if (list.length === 1) return [...list];
  const distance = new Map<number, number>(list.map((p) => [p, Infinity]));
  const queue: number[] = [];
  for (const e of edges) {
    const external = e.source < 0 || comp[e.source] !== c;
    if (external && comp[e.target] === c && distance.get(e.target) === Infinity) {
      distance.set(e.target, 0);
      queue.push(e.target);
    }
  }
  queue.sort((x, y) => x - y);
  for (let head = 0; head < queue.length; head++) {
    const p = queue[head]!;
    for (const k of out[p]!) {
      const q = edges[k]!.target;
      if (comp[q] === c && distance.get(q) === Infinity) {
        distance.set(q, distance.get(p)! + 1);
        queue.push(q);
      }
    }
  }
  return [...list].sort((x, y) => distance.get(x)! - distance.get(y)! || x - y);
}

/** A shortest path from `from` to `to` inside their component, as population indices. */
function pathWithin(
  from: number,
  to: number,
  comp: Int32Array,
  edges: readonly OrderEdge[],
  out: readonly number[][],
): number[] {
  if (from === to) return [from];
  const previous = new Map<number, number>([[from, -1]]);
  const queue = [from];
  for (let head = 0; head < queue.length && !previous.has(to); head++) {
    const p = queue[head]!;
    for (const k of out[p]!) {
      const q = edges[k]!.target;
      if (comp[q] === comp[from] && !previous.has(q)) {
        previous.set(q, p);
        queue.push(q);
      }
    }
  }
  const path: number[] = [];
  for (let p = to; p !== -1 && p !== undefined; p = previous.get(p)!) path.push(p);
  return path.reverse();
}
