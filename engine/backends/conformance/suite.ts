/**
 * The conformance check of one backend on one circuit, shared by the Vitest suite (Node) and the
 * Chromium harness (e2e/conformance.spec.ts): the backend runs the plan in uneven chunks (so state
 * carried between calls is tested), then again after `reset()`, and every probe is compared with
 * the exact reference.
 */
import fc from 'fast-check';
import { compile } from '../../compile';
import type { Plan } from '../../compile/types';
import { createReferenceRunner } from '../reference';
import { createRunner, listBackends, type BackendEnv } from '../registry';
import type { BackendName, BackendRunner, SampleChunk, Tolerance } from '../types';
import { goldenCases, randomCircuit, type ConformanceCase } from './circuits';
import { compareChunks } from './compare';
import { checkLiveEdit, editNumbers } from './liveEdit';

export interface CaseResult {
  name: string;
  /** Wall time of the case (runner creation, both runs), when a clock was given. */
  ms?: number;
  ok: boolean;
  maxAbsError: number;
  problem: string | null;
}

export interface ConformanceReport {
  backend: BackendName;
  available: boolean;
  /** Why the backend was skipped (unavailable), or null. */
  reason: string | null;
  /** Tolerance on v and i the backend was held to. */
  tolerance: Tolerance;
  cases: CaseResult[];
}

/** Chunk lengths that cover `steps`: short, odd and long pieces. */
export function chunkPattern(steps: number): number[] {
  const pattern = [1, 7, 2, 40, 13, 100];
  const out: number[] = [];
  let done = 0;
  for (let k = 0; done < steps; k++) {
    const n = Math.min(pattern[k % pattern.length]!, steps - done);
    out.push(n);
    done += n;
  }
  return out;
}

/** Joins consecutive chunks into one. */
export function joinChunks(plan: Plan, chunks: readonly SampleChunk[]): SampleChunk {
  const stepCount = chunks.reduce((sum, c) => sum + c.stepCount, 0);
  return {
    startStep: chunks[0]?.startStep ?? 0,
    stepCount,
    probes: plan.probes.map((p, k) => {
      if (p.variable === 'spikes') {
        return {
          probeId: p.probeId,
          spikeSteps: Array.from(p.neurons, (_, j) =>
            chunks.flatMap((c) => c.probes[k]!.spikeSteps![j]!),
          ),
        };
      }
      return {
        probeId: p.probeId,
        values: Array.from(p.neurons, (_, j) => {
          const out = new Float32Array(stepCount);
          let at = 0;
          for (const c of chunks) {
            out.set(c.probes[k]!.values![j]!, at);
            at += c.stepCount;
          }
          return out;
        }),
      };
    }),
  };
}

async function runInChunks(
  runner: BackendRunner,
  lengths: readonly number[],
): Promise<SampleChunk> {
  const chunks: SampleChunk[] = [];
  for (const n of lengths) chunks.push(await runner.advance(n));
  return joinChunks(runner.plan, chunks);
}

export async function checkCase(
  backend: BackendName,
  c: ConformanceCase,
  tolerance: Tolerance,
  env: BackendEnv = {},
): Promise<CaseResult> {
  const compiled = compile(c.document);
  if (!compiled.ok) {
    const problem = compiled.diagnostics.map((d) => `${d.code}: ${d.message}`).join('; ');
    return {
      name: c.name,
      ok: false,
      maxAbsError: Infinity,
      problem: `does not compile: ${problem}`,
    };
  }
  const plan = compiled.plan;
  const reference = createReferenceRunner(plan).advance(plan.steps);
  const runner = await createRunner(plan, backend, env);
  try {
    if (runner.backend !== backend) {
      return {
        name: c.name,
        ok: false,
        maxAbsError: Infinity,
        problem: `ran on ${runner.backend}`,
      };
    }
    const chunked = compareChunks(
      plan,
      reference,
      await runInChunks(runner, chunkPattern(plan.steps)),
      tolerance,
    );
    if (chunked.problem)
      return { name: c.name, ok: false, ...chunked, problem: `in chunks: ${chunked.problem}` };
    runner.reset();
    const whole = compareChunks(
      plan,
      reference,
      await runInChunks(runner, [plan.steps]),
      tolerance,
    );
    if (whole.problem)
      return { name: c.name, ok: false, ...whole, problem: `after reset: ${whole.problem}` };
    return {
      name: c.name,
      ok: true,
      maxAbsError: Math.max(chunked.maxAbsError, whole.maxAbsError),
      problem: null,
    };
  } finally {
    runner.dispose();
  }
}

/** Random cases, reproducible from the seed (fast-check's sampler, no shrinking). */
export function randomCases(count: number, seed: number): ConformanceCase[] {
  return fc
    .sample(randomCircuit(), { numRuns: count, seed })
    .map((document, k) => ({ name: `random #${k} (seed ${seed})`, document }));
}

/** The whole suite on one backend: golden cases, then `randomCount` random circuits. */
export async function runConformance(
  backend: BackendName,
  options: { randomCount: number; seed: number; env?: BackendEnv; now?: () => number },
): Promise<ConformanceReport> {
  const info = (await listBackends(options.env)).find((b) => b.name === backend)!;
  const report: ConformanceReport = {
    backend,
    available: info.available,
    reason: info.available ? null : info.reason,
    tolerance: info.tolerance,
    cases: [],
  };
  if (!info.available) return report;
  const timed = async (name: string, check: () => Promise<CaseResult>): Promise<void> => {
    const start = options.now?.();
    try {
      const result = await check();
      report.cases.push(start === undefined ? result : { ...result, ms: options.now!() - start });
    } catch (error) {
      const problem = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      report.cases.push({ name, ok: false, maxAbsError: Infinity, problem });
    }
  };
  for (const c of [...goldenCases(), ...randomCases(options.randomCount, options.seed)]) {
    await timed(c.name, () => checkCase(backend, c, info.tolerance, options.env));
  }
  // Live edits (`updatePlan`) on the golden cases: every number changed at step 3, then on.
  for (const c of goldenCases()) {
    const name = `${c.name} · live edit`;
    await timed(name, async () => {
      const edited = editNumbers(c.document);
      const result = await checkLiveEdit(
        backend,
        c.document,
        edited,
        3,
        info.tolerance,
        options.env,
      );
      return { name, ok: result.problem === null, ...result };
    });
  }
  return report;
}
