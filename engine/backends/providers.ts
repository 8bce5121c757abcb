/**
 * One provider per backend name: its static description, how to probe this environment for it,
 * and how to build a runner. The registry is the only importer; heavy code (gpu.js) is loaded
 * lazily inside `probe` and `create`, so importing the registry costs nothing.
 */
import type { Plan } from '../compile/types';
import { gpuJsProvider } from './gpujs/provider';
import { createReferenceRunner } from './reference';
import { createSimdRunner, simdSupported } from './simd/runner';
import type { BackendEnv } from './registry';
import type { BackendInfo, BackendName, BackendRunner, Runner } from './types';

export interface Provider {
  /** Name, label, device and tolerance, marked unavailable until probed. */
  describe(): BackendInfo;
  probe(env: BackendEnv): Promise<BackendInfo>;
  create(plan: Plan): Promise<BackendRunner>;
}

/** Wraps a synchronous CPU runner in the asynchronous runner interface. */
export function fromSyncRunner(
  runner: Runner,
  backend: BackendName,
  detail?: string,
): BackendRunner {
  let disposed = false;
  const live = (): Runner => {
    if (disposed) throw new Error(`the ${backend} runner was disposed`);
    return runner;
  };
  return {
    backend,
    ...(detail ? { detail } : {}),
    get plan() {
      return runner.plan;
    },
    get currentStep() {
      return runner.currentStep;
    },
    advance: (steps) => Promise.resolve().then(() => live().advance(steps)),
    reset: () => live().reset(),
    updatePlan: (next) => Promise.resolve().then(() => live().updatePlan?.(next) ?? false),
    findNonFinite: () => live().findNonFinite?.() ?? null,
    dispose: () => {
      disposed = true;
    },
  };
}

const EXACT = { maxAbs: 0, maxRel: 0, spikeSteps: 'identical' } as const;

const reference: Provider = {
  describe: () => ({
    name: 'reference',
    label: 'Reference (exact)',
    available: false,
    reason: null,
    device: 'cpu',
    exact: true,
    tolerance: EXACT,
  }),
  probe: () => Promise.resolve({ ...reference.describe(), available: true }),
  create: (plan) =>
    Promise.resolve(
      fromSyncRunner(createReferenceRunner(plan), 'reference', 'TypeScript, fround per operation'),
    ),
};

const wasmSimd: Provider = {
  describe: () => ({
    name: 'wasm-simd',
    label: 'WebAssembly SIMD (exact)',
    available: false,
    reason: null,
    device: 'cpu',
    exact: true,
    tolerance: EXACT,
  }),
  probe: () => {
    const missing = simdSupported();
    return Promise.resolve({
      ...wasmSimd.describe(),
      available: missing === null,
      reason: missing,
    });
  },
  create: async (plan) =>
    fromSyncRunner(await createSimdRunner(plan), 'wasm-simd', 'WebAssembly SIMD, per-plan driver'),
};

export const PROVIDERS: Record<BackendName, Provider> = {
  reference,
  'wasm-simd': wasmSimd,
  webasm: gpuJsProvider('webasm'),
  cpu: gpuJsProvider('cpu'),
  webgl2: gpuJsProvider('webgl2'),
  webgpu: gpuJsProvider('webgpu'),
};
