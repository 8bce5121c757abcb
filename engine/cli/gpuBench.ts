/**
 * `spikeboard bench --gpu`: the GPU figure. The gpu.js `webgpu` backend on N = 10^6 and
 * 10^7 uncoupled LIF neurons, beside a hand-written WGSL kernel of the same update in the same
 * run (engine/backends/wgsl/lifBlock.ts: the machine's practical limit), after checking that
 * kernel against the reference. Needs a real GPU and the `webgpu` package (Dawn); where either
 * is missing it says why and exits with 2. Prepared for the GPU machine: scripts/gpu/README.md.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { planOf, timeRunner, uncoupledLifCircuit } from '../backends/benchmark';
import { ensureNodeWebgpu, webgpuDevice } from '../backends/gpujs/loader';
import {
  benchmarkCoefficients,
  checkLifBlock,
  createLifBlock,
  type GpuLike,
} from '../backends/wgsl/lifBlock';

const fmt = (x: number) => x.toExponential(2);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Updates per second of the WGSL kernel: `steps` steps at once, median of three after a warm-up. */
async function timeWgsl(gpu: GpuLike, size: number, steps: number): Promise<number> {
  const block = await createLifBlock(gpu, size, benchmarkCoefficients());
  try {
    await block.run(16);
    const times: number[] = [];
    for (let r = 0; r < 3; r++) {
      const start = performance.now();
      await block.run(steps);
      times.push(performance.now() - start);
    }
    return (size * steps) / (median(times) / 1000);
  } finally {
    block.dispose();
  }
}

export async function runGpuBench(quick: boolean, out: (text: string) => void): Promise<number> {
  const line = (text: string) => out(`${text}\n`);
  line(
    `Spikeboard GPU benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
  );
  const reason = await ensureNodeWebgpu();
  const gpu = (globalThis as { navigator?: { gpu?: GpuLike } }).navigator?.gpu;
  const device = reason === null ? await webgpuDevice() : null;
  if (gpu === undefined || device === null) {
    line(`WebGPU cannot run here: ${reason ?? 'no WebGPU adapter'}`);
    return 2;
  }
  const adapter = (await gpu.requestAdapter()) as { info?: Record<string, unknown> } | null;
  const info = adapter?.info ?? {};
  line(
    `WebGPU adapter: ${[info.vendor, info.architecture, info.device, info.description].filter(Boolean).join(' · ') || 'unnamed'} (${device === 'gpu' ? 'a GPU' : 'EMULATED: these figures say nothing about a GPU'})`,
  );
  const check = await checkLifBlock(gpu);
  line(
    `WGSL kernel against the reference (1024 neurons × 256 steps): ${check.ok ? 'agrees' : 'DISAGREES'} — ` +
      `${check.spikes} spikes, ${check.spikeMismatches} spike counts differ, largest |Δ| ${check.maxAbsError.toExponential(2)}`,
  );
  if (!check.ok) return 1;
  line('');
  line('Uncoupled LIF neuron-updates per second (constant-current drive, dt 1 ms):');
  line(`  ${'N'.padEnd(12)}${'webgpu (gpu.js)'.padStart(17)}${'WGSL kernel'.padStart(14)}  ratio`);
  for (const size of quick ? [100_000] : [1_000_000, 10_000_000]) {
    // gpu.js: whole pipeline blocks of 128 steps, about 10^10 updates; the kernel: about 10^11.
    const steps = Math.max(128, Math.round(1e10 / size / 128) * 128);
    const plan = planOf(uncoupledLifCircuit(size, steps));
    const { ms } = await timeRunner(plan, 'webgpu', steps, () => performance.now());
    const gpuJs = (size * steps) / (ms / 1000);
    const wgsl = await timeWgsl(gpu, size, Math.max(256, Math.round(1e11 / size)));
    line(
      `  ${String(size).padEnd(12)}${fmt(gpuJs).padStart(17)}${fmt(wgsl).padStart(14)}  ${(wgsl / gpuJs).toFixed(1)}×`,
    );
  }
  return 0;
}
