/**
 * Live edits against the reference: a runner runs part of a circuit, takes over an edited plan
 * of the same circuit with `updatePlan` (no rebuild, no replay), runs on — and must give the
 * samples the reference gives doing the same edit at the same step. Shared by the Vitest suite
 * and usable from the Chromium harness.
 */
import { compile } from '../../compile';
import type { Plan } from '../../compile/types';
import type { CircuitDocument, CircuitNode } from '../../schema/types';
import { createReferenceRunner } from '../reference';
import { createRunner, type BackendEnv } from '../registry';
import type { BackendName, SampleChunk, Tolerance } from '../types';
import { compareChunks, type Comparison } from './compare';
import { joinChunks } from './suite';

type Json = Record<string, unknown>;
type Numeric = number | number[] | Json;

function map(value: Numeric | undefined, f: (x: number) => number): Numeric | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return f(value);
  if (Array.isArray(value)) return value.map(f);
  const out: Json = { ...value };
  for (const key of ['low', 'high', 'mean'])
    if (typeof out[key] === 'number') out[key] = f(out[key]);
  return out;
}

function editNode(node: CircuitNode): CircuitNode {
  const n = node as unknown as Json;
  if (node.kind === 'li' || node.kind === 'lif') {
    const p = n.params as Record<string, Numeric>;
    const params: Json = {
      ...p,
      tauMemMs: map(p.tauMemMs, (x) => x * 1.25),
      tauSynMs: map(p.tauSynMs, (x) => x * 0.8),
      vLeak: map(p.vLeak, (x) => x + 0.125),
    };
    if (node.kind === 'lif') {
      params.vTh = map(p.vTh, (x) => x + 0.0625);
      params.vReset = map(p.vReset, (x) => x - 0.0625);
    }
    return { ...n, params } as unknown as CircuitNode;
  }
  if (node.kind === 'poisson') return { ...node, rateHz: node.rateHz * 0.5 };
  if (node.kind === 'constantCurrent') return { ...node, amplitude: node.amplitude * 0.75 };
  if (node.kind === 'regular' && node.periodMs !== undefined) {
    return { ...node, periodMs: node.periodMs * 1.5 };
  }
  return node;
}

/**
 * The same circuit with new numbers everywhere a slider can reach: model parameters, generator
 * rates and amplitudes, projection weights (matrices included). Nothing structural changes.
 */
export function editNumbers(doc: CircuitDocument): CircuitDocument {
  return {
    ...doc,
    nodes: doc.nodes.map(editNode),
    edges: doc.edges.map((edge) => {
      if (edge.kind !== 'projection') return edge;
      const rule = edge.rule as unknown as Json;
      if (rule.type === 'matrix') {
        const weights = (rule.weights as number[][]).map((row) => row.map((w) => w * 0.75));
        return { ...edge, rule: { ...rule, weights } } as typeof edge;
      }
      return {
        ...edge,
        rule: { ...rule, weight: map(rule.weight as Numeric, (w) => w * 0.75) },
      } as typeof edge;
    }),
  };
}

function compiled(doc: CircuitDocument): Plan {
  const result = compile(doc);
  if (!result.ok) {
    throw new Error(result.diagnostics.map((d) => `${d.code}: ${d.message}`).join('; '));
  }
  return result.plan;
}

/**
 * Runs `before` steps of `doc`, switches to `edited` in place, runs the rest; compares with the
 * reference doing the same. The problem names what disagreed, or that the runner refused — unless
 * `allowRefusal`: a runner that specialises its code on values (wasm-simd folds uniform
 * coefficients into its module) may refuse an edit that changes that specialisation, and the
 * worker then rebuilds and replays; such a result has `refused: true` and no problem.
 */
export async function checkLiveEdit(
  backend: BackendName,
  doc: CircuitDocument,
  edited: CircuitDocument,
  before: number,
  tolerance: Tolerance,
  env: BackendEnv = {},
  allowRefusal = false,
): Promise<Comparison & { refused?: boolean }> {
  const plan = compiled(doc);
  const next = compiled(edited);
  const after = plan.steps - before;
  const reference = createReferenceRunner(compiled(doc));
  const want: SampleChunk[] = [reference.advance(before)];
  if (!reference.updatePlan!(compiled(edited))) throw new Error('the reference refused the edit');
  want.push(reference.advance(after));
  const runner = await createRunner(plan, backend, env);
  try {
    const got: SampleChunk[] = [await runner.advance(before)];
    if (!(await runner.updatePlan(next))) {
      if (allowRefusal) return { maxAbsError: 0, problem: null, refused: true };
      return { maxAbsError: Infinity, problem: `${backend} refused an edit of numbers only` };
    }
    got.push(await runner.advance(after));
    return compareChunks(plan, joinChunks(plan, want), joinChunks(plan, got), tolerance);
  } finally {
    runner.dispose();
  }
}
