import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { planOf, runBenchmarks } from '../backends/benchmark';
import { createRunner } from '../backends/registry';
import type { BackendName } from '../backends/types';
import type { Plan } from '../compile';
import { parseCircuitBytes, type CircuitDocument } from '../schema';
import { readBytes } from './files';

/** An example circuit from assets/examples (the bundle lives in dist/cli/, two folders below). */
async function example(name: string): Promise<CircuitDocument> {
  const url = new URL(`../../assets/examples/${name}.spikeboard`, import.meta.url);
  const parsed = parseCircuitBytes(await readBytes(url.pathname));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors[0]?.message}`);
  return parsed.document;
}

/** Median wall time of `repeats` whole runs, after one warm-up run. */
async function medianRunMs(plan: Plan, backend: BackendName, repeats: number): Promise<number> {
  const runner = await createRunner(plan, backend);
  try {
    const times: number[] = [];
    for (let r = 0; r <= repeats; r += 1) {
      runner.reset();
      const start = performance.now();
      await runner.advance(plan.steps);
      if (r > 0) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  } finally {
    runner.dispose();
  }
}

export async function runBench(
  quick: boolean,
  out: (text: string) => void,
  only?: readonly BackendName[],
): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  out(
    `Spikeboard benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpu}, ${cpus().length} cores, Node ${process.version}\n\n`,
  );
  const line = (text: string) => out(`${text}\n`);
  out('Seed notebook circuits, whole run (1000 steps), the exact CPU backends:\n');
  for (const name of ['li-two-spikes', 'lif-versus-li']) {
    const plan = planOf(await example(name));
    const cells: string[] = [];
    for (const backend of ['reference', 'wasm-simd'] as const) {
      cells.push(`${backend} ${(await medianRunMs(plan, backend, quick ? 5 : 31)).toFixed(3)} ms`);
    }
    line(`  ${name.padEnd(16)} ${cells.join('   ')}`);
  }
  line('');
  await runBenchmarks({
    quick,
    now: () => performance.now(),
    out: line,
    cuba: await example('cuba'),
    ...(only ? { only } : {}),
  });
}
