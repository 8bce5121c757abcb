/**
 * The one door to every backend: what this environment offers (`listBackends`), which one suits a
 * plan (`chooseBackend`), and a runner for it (`createRunner`). The worker, the headless runner
 * and the conformance suite all come through here, so a backend that is not offered here is not
 * offered anywhere.
 */
import type { Plan } from '../compile/types';
import { PROVIDERS } from './providers';
import type {
  BackendChoice,
  BackendInfo,
  BackendName,
  BackendRunner,
  ProbeTrace,
  SimulationResult,
} from './types';
import { BACKEND_NAMES } from './types';

export { BACKEND_NAMES };
export type { BackendChoice, BackendInfo, BackendName, BackendRunner };

/** Options for probing the environment. */
export interface BackendEnv {
  /**
   * In Node, try the `webgpu` npm package (Dawn) for `navigator.gpu` when there is none.
   * Default true; it fails cleanly where Dawn cannot load (glibc < 2.38, no GPU).
   */
  nodeWebgpu?: boolean;
  /** Backends not to probe (reported unavailable with the reason "not probed"). */
  skip?: readonly BackendName[];
}

/** Below this many neuron updates per step, `auto` stays on the CPU: GPU dispatch costs more. */
export const AUTO_GPU_MIN_UNITS = 100_000;

/**
 * Below this many units `auto` runs the reference: building wasm-simd's module (about a
 * millisecond) costs more than it saves on a circuit this small (a 1000-step run of the seed
 * notebook's circuits takes the reference 0.3 ms), and instant mode rebuilds on every edit.
 */
export const AUTO_SIMD_MIN_UNITS = 32;

const cache = new Map<string, Promise<BackendInfo[]>>();

/**
 * Every backend with its availability here, in `BACKEND_NAMES` order. Probing loads gpu.js (and
 * in Node perhaps Dawn) lazily, once per process and options; it never throws: a backend that
 * cannot run is `available: false` with the reason.
 */
export function listBackends(env: BackendEnv = {}): Promise<BackendInfo[]> {
  const key = JSON.stringify({ nodeWebgpu: env.nodeWebgpu ?? true, skip: env.skip ?? [] });
  let listed = cache.get(key);
  if (!listed) {
    listed = Promise.all(
      BACKEND_NAMES.map(async (name): Promise<BackendInfo> => {
        const provider = PROVIDERS[name];
        if (env.skip?.includes(name)) {
          return { ...provider.describe(), available: false, reason: 'not probed' };
        }
        try {
          return await provider.probe(env);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return { ...provider.describe(), available: false, reason: message };
        }
      }),
    );
    cache.set(key, listed);
  }
  return listed;
}

/**
 * The `auto` choice for a plan among the available backends (pure: same inputs, same answer).
 * Small circuits stay on the CPU: `wasm-simd` (exact, event-driven), else `reference` (also for
 * tiny circuits, below `AUTO_SIMD_MIN_UNITS`). Only a
 * hardware GPU counts as a GPU — SwiftShader and Dawn's fallback adapter are CPU emulations and
 * slower than the CPU path — and only for at least `AUTO_GPU_MIN_UNITS` units, WebGPU first.
 */
export function chooseBackend(plan: Plan, available: readonly BackendInfo[]): BackendName {
  const usable = (name: BackendName) =>
    available.some((b) => b.name === name && b.available && b.device === 'gpu');
  if (plan.unitCount >= AUTO_GPU_MIN_UNITS) {
    if (usable('webgpu')) return 'webgpu';
    if (usable('webgl2')) return 'webgl2';
  }
  const cpuFast = available.some((b) => b.name === 'wasm-simd' && b.available);
  return cpuFast && plan.unitCount >= AUTO_SIMD_MIN_UNITS ? 'wasm-simd' : 'reference';
}

/**
 * A runner of `plan` on the named backend (or the `auto` choice). Rejects with a one-line reason
 * when the backend is unknown or unavailable here.
 */
export async function createRunner(
  plan: Plan,
  choice: BackendChoice,
  env: BackendEnv = {},
): Promise<BackendRunner> {
  if (choice !== 'auto' && !BACKEND_NAMES.includes(choice)) {
    throw new Error(
      `unknown backend "${String(choice)}"; known: ${BACKEND_NAMES.join(', ')}, auto`,
    );
  }
  const listed = await listBackends(env);
  const name = choice === 'auto' ? chooseBackend(plan, listed) : choice;
  const info = listed.find((b) => b.name === name)!;
  if (!info.available) throw new Error(`backend "${name}" is not available here: ${info.reason}`);
  return PROVIDERS[name].create(plan);
}

/** Runs a plan from rest for `steps` steps on one backend and collects whole traces. */
export async function runBackend(
  choice: BackendChoice,
  plan: Plan,
  steps: number = plan.steps,
  env: BackendEnv = {},
): Promise<SimulationResult & { backend: BackendName }> {
  const runner = await createRunner(plan, choice, env);
  try {
    const chunk = await runner.advance(steps);
    const probes: ProbeTrace[] = plan.probes.map((p, k) => {
      const samples = chunk.probes[k]!;
      return {
        probeId: p.probeId,
        label: p.label,
        targetId: p.targetId,
        variable: p.variable,
        neurons: Array.from(p.neurons),
        ...(samples.values ? { values: samples.values } : {}),
        ...(samples.spikeSteps ? { spikeSteps: samples.spikeSteps } : {}),
      };
    });
    return { dtMs: plan.dtMs, steps, inputOrder: plan.inputOrder, probes, backend: runner.backend };
  } finally {
    runner.dispose();
  }
}
