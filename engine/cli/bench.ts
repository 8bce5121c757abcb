import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { simulate } from '../backends/reference';
import { compile, type Plan } from '../compile';
import { parseCircuit, type CircuitDocument } from '../schema';
import { readText } from './files';

/** N uncoupled LIF neurons driven by a constant current (the neuron-update benchmark). */
export function uncoupledLifCircuit(size: number, durationMs: number): CircuitDocument {
  const parsed = parseCircuit({
    formatVersion: 1,
    name: `${size} uncoupled LIF`,
    simulation: { dtMs: 1, durationMs },
    nodes: [
      { id: 'drive', kind: 'constantCurrent', size, amplitude: 1.5 },
      { id: 'pop', kind: 'lif', size, params: { tauMemMs: 20 } },
    ],
    edges: [{ kind: 'projection', id: 'e', source: 'drive', target: 'pop' }],
  });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.document;
}

function planOf(doc: CircuitDocument): Plan {
  const compiled = compile(doc);
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
  return compiled.plan;
}

/** Median wall time of `repeats` calls, after one warm-up call. */
function medianMs(repeats: number, run: () => void): number {
  run();
  const times: number[] = [];
  for (let r = 0; r < repeats; r += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * The same LIF update in plain double-precision JavaScript over Float32Arrays: the yardstick the
 * accelerated backends are compared with (issue #4). Not exact; only for speed.
 */
export function plainLifLoop(size: number, steps: number): number {
  const v = new Float32Array(size);
  const i = new Float32Array(size);
  const a = 0.05;
  const b = 0.2;
  let spikes = 0;
  for (let t = 0; t < steps; t += 1) {
    for (let n = 0; n < size; n += 1) {
      const current = i[n]! + 1.5;
      const vNext = v[n]! + a * (-v[n]! + current);
      i[n] = current - b * current;
      if (vNext > 1) {
        v[n] = 0;
        spikes += 1;
      } else v[n] = vNext;
    }
  }
  return spikes;
}

const fmt = (x: number) => x.toExponential(2);

export async function runBench(quick: boolean, out: (text: string) => void): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  out(
    `Spikeboard benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpu}, ${cpus().length} cores, Node ${process.version}\n\n`,
  );

  out('Seed notebook circuits, reference backend (exact float32), whole run:\n');
  for (const name of ['li-two-spikes', 'lif-versus-li']) {
    // The bundle lives in dist/cli/, two folders below the examples' root.
    const url = new URL(`../../assets/examples/${name}.spikeboard`, import.meta.url);
    const parsed = parseCircuit(JSON.parse(await readText(url.pathname)));
    if (!parsed.ok) throw new Error(`${name}: ${parsed.errors[0]?.message}`);
    const plan = planOf(parsed.document);
    const ms = medianMs(quick ? 5 : 31, () => simulate(plan));
    out(`  ${name.padEnd(30)} ${ms.toFixed(3)} ms for ${plan.steps} steps\n`);
  }

  out('\nUncoupled LIF neuron-updates per second (constant-current drive, dt 1 ms):\n');
  out(`  ${'N'.padEnd(10)}${'reference (exact)'.padStart(20)}${'plain JS loop'.padStart(18)}\n`);
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000, 1_000_000];
  for (const size of sizes) {
    const steps = Math.max(10, Math.round((quick ? 2e6 : 2e7) / size));
    const plan = planOf(uncoupledLifCircuit(size, steps));
    const exactMs = medianMs(quick ? 1 : 3, () => simulate(plan));
    const plainMs = medianMs(quick ? 1 : 3, () => plainLifLoop(size, steps));
    const updates = size * steps;
    out(
      `  ${String(size).padEnd(10)}${fmt((updates / exactMs) * 1000).padStart(20)}${fmt((updates / plainMs) * 1000).padStart(18)}\n`,
    );
  }
}
