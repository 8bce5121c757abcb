/**
 * The benchmark, shared by `spikeboard bench` (Node) and the browser harness (`npm run
 * bench:browser`, Chromium): LIF neuron-updates per second of every available backend for
 * N = 10^3 … 10^6 uncoupled neurons beside a plain TypeScript loop measured in the same run, and
 * one simulated second of the CUBA network. The clock is passed in: the engine has none.
 * Each figure is the median of up to five runs. Speed is measured here, never asserted in tests.
 */
import { compile } from '../compile';
import type { Plan } from '../compile/types';
import { parseCircuit } from '../schema';
import type { CircuitDocument } from '../schema/types';
import { FORMAT_VERSION } from '../schema/types';
import { createRunner, listBackends } from './registry';
import type { BackendInfo, BackendName, SampleChunk } from './types';

export interface BenchRow {
  group: 'uncoupled' | 'cuba';
  backend: BackendName | 'plain loop';
  neurons: number;
  steps: number;
  ms: number;
  updatesPerS: number;
  /** CUBA only. */
  msPerSimulatedS?: number;
  synapticEventsPerS?: number;
  rateHz?: number;
  note?: string;
}

export interface BenchOptions {
  quick: boolean;
  now: () => number;
  out: (line: string) => void;
  /** The CUBA circuit (assets/examples/cuba.spikeboard); left out, no CUBA section. */
  cuba?: CircuitDocument;
  /** Backends to measure; default: every available one. */
  only?: readonly BackendName[];
}

/** N uncoupled LIF neurons driven by a constant current (the neuron-update benchmark). */
export function uncoupledLifCircuit(size: number, durationMs: number): CircuitDocument {
  const parsed = parseCircuit({
    formatVersion: FORMAT_VERSION,
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

/**
 * The same LIF update in plain double-precision JavaScript over Float32Arrays: the yardstick the
 * backends are compared with. Not exact; only for speed.
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

export function planOf(doc: CircuitDocument): Plan {
  const compiled = compile(doc);
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
  return compiled.plan;
}

const fmt = (x: number) => x.toExponential(2);
/** How each measured backend ran (gpu.js executor and so on), printed after the tables. */
const ranAs = new Map<string, string>();
/** A measurement predicted to take longer than this is left out (and says so). */
const BUDGET_MS = 15_000;

/**
 * Runs `steps` steps from rest and times it; runs that take under a second are repeated (up to
 * five times, from a reset) and the median is reported, since other processes share the cores.
 */
export async function timeRunner(
  plan: Plan,
  backend: BackendName,
  steps: number,
  now: () => number,
): Promise<{ ms: number; chunk: SampleChunk }> {
  const runner = await createRunner(plan, backend);
  try {
    await runner.advance(Math.min(steps, 128)); // warm-up: compile kernels, JIT
    const times: number[] = [];
    let chunk: SampleChunk | null = null;
    let spent = 0;
    while (times.length < 5 && (times.length === 0 || spent < 1000)) {
      runner.reset();
      const start = now();
      chunk = await runner.advance(steps);
      const ms = now() - start;
      times.push(ms);
      spent += ms;
    }
    if (runner.detail) ranAs.set(backend, runner.detail);
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)]!, chunk: chunk! };
  } finally {
    runner.dispose();
  }
}

/** The plain loop, timed the same way. */
function timePlain(size: number, steps: number, now: () => number): number {
  plainLifLoop(size, Math.min(steps, 10));
  const times: number[] = [];
  let spent = 0;
  while (times.length < 5 && (times.length === 0 || spent < 1000)) {
    const start = now();
    plainLifLoop(size, steps);
    const ms = now() - start;
    times.push(ms);
    spent += ms;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function runBenchmarks(options: BenchOptions): Promise<BenchRow[]> {
  const { quick, now, out } = options;
  const listed = await listBackends();
  const measured = listed.filter(
    (b) => b.available && (!options.only || options.only.includes(b.name)),
  );
  describeBackends(listed, out);
  const rows: BenchRow[] = [];
  rows.push(...(await uncoupled(measured, quick, now, out)));
  if (options.cuba) rows.push(...(await cuba(options.cuba, measured, quick, now, out)));
  out('How each backend ran:');
  for (const [name, how] of ranAs) out(`  ${name.padEnd(10)} ${how}`);
  out('');
  return rows;
}

function describeBackends(listed: readonly BackendInfo[], out: (line: string) => void): void {
  out('Backends here:');
  for (const b of listed) {
    const state = b.available ? `available on ${b.device}` : 'NOT available';
    out(`  ${b.name.padEnd(10)} ${state}${b.reason ? ` — ${b.reason}` : ''}`);
  }
  out('');
}

async function uncoupled(
  backends: readonly BackendInfo[],
  quick: boolean,
  now: () => number,
  out: (line: string) => void,
): Promise<BenchRow[]> {
  out('Uncoupled LIF neuron-updates per second (constant-current drive, dt 1 ms):');
  const names = ['plain loop', ...backends.map((b) => b.name)];
  out(`  ${'N'.padEnd(10)}${names.map((n) => n.padStart(13)).join('')}`);
  const rows: BenchRow[] = [];
  const rate = new Map<string, number>();
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000, 1_000_000];
  for (const size of sizes) {
    // Whole blocks of 128 steps (the gpu.js pipeline's largest), about 2·10^7 updates.
    const steps = Math.max(128, Math.round((quick ? 2e6 : 2e7) / size / 128) * 128);
    const plan = planOf(uncoupledLifCircuit(size, steps));
    const updates = size * steps;
    const cells: string[] = [];
    for (const name of names) {
      const previous = rate.get(name);
      if (previous !== undefined && (updates / previous) * 1000 > BUDGET_MS) {
        cells.push('(too slow)');
        continue;
      }
      let ms: number;
      if (name === 'plain loop') {
        ms = timePlain(size, steps, now);
      } else {
        ms = (await timeRunner(plan, name as BackendName, steps, now)).ms;
      }
      const perS = (updates / ms) * 1000;
      rate.set(name, perS);
      rows.push({
        group: 'uncoupled',
        backend: name as BenchRow['backend'],
        neurons: size,
        steps,
        ms,
        updatesPerS: perS,
      });
      cells.push(fmt(perS));
    }
    out(`  ${String(size).padEnd(10)}${cells.map((c) => c.padStart(13)).join('')}`);
  }
  out('');
  return rows;
}

/** Synapses leaving each unit, over all projections (for synaptic events per second). */
function outDegrees(plan: Plan): Float64Array {
  const degree = new Float64Array(plan.unitCount);
  for (const p of plan.projections) {
    const w = p.weights;
    if (w.kind === 'dense') {
      for (let pre = 0; pre < p.sourceSize; pre++) {
        degree[p.sourceOffset + pre] = degree[p.sourceOffset + pre]! + p.targetSize;
      }
    } else {
      for (const pre of w.preIndex) {
        degree[p.sourceOffset + pre] = degree[p.sourceOffset + pre]! + 1;
      }
    }
  }
  return degree;
}

async function cuba(
  doc: CircuitDocument,
  backends: readonly BackendInfo[],
  quick: boolean,
  now: () => number,
  out: (line: string) => void,
): Promise<BenchRow[]> {
  const plan = planOf(doc);
  const neurons = plan.populations.reduce((sum, p) => sum + p.size, 0);
  const simulatedS = (plan.steps * plan.dtMs) / 1000;
  const degree = outDegrees(plan);
  out(
    `CUBA network: ${neurons} LIF neurons, ${plan.projections.length} random projections, ` +
      `dt ${plan.dtMs} ms, ${simulatedS} s simulated (${plan.steps} steps):`,
  );
  out(
    `  ${'backend'.padEnd(11)}${'ms/sim s'.padStart(10)}${'neuron upd/s'.padStart(14)}` +
      `${'syn. events/s'.padStart(15)}${'rate Hz'.padStart(9)}  note`,
  );
  const rows: BenchRow[] = [];
  for (const b of backends) {
    // Probe speed on a short run first; a slow backend is measured on fewer steps.
    const probeSteps = quick ? 100 : 500;
    const probe = await timeRunner(plan, b.name, probeSteps, now);
    const predictedMs = (probe.ms / probeSteps) * plan.steps;
    const budgetMs = quick ? BUDGET_MS / 10 : BUDGET_MS;
    const steps = Math.min(
      plan.steps,
      Math.max(probeSteps, Math.floor((plan.steps * budgetMs) / Math.max(predictedMs, 1))),
    );
    const { ms, chunk } = steps === probeSteps ? probe : await timeRunner(plan, b.name, steps, now);
    let spikes = 0;
    let events = 0;
    plan.probes.forEach((probe, k) => {
      if (probe.variable !== 'spikes') return;
      chunk.probes[k]!.spikeSteps!.forEach((list, j) => {
        spikes += list.length;
        events += list.length * degree[probe.targetOffset + probe.neurons[j]!]!;
      });
    });
    const seconds = ms / 1000;
    const simulated = (steps * plan.dtMs) / 1000;
    const row: BenchRow = {
      group: 'cuba',
      backend: b.name,
      neurons,
      steps,
      ms,
      updatesPerS: (neurons * steps) / seconds,
      msPerSimulatedS: ms / simulated,
      synapticEventsPerS: events / seconds,
      rateHz: spikes / neurons / simulated,
      ...(steps < plan.steps ? { note: `measured on ${steps} steps` } : {}),
    };
    rows.push(row);
    out(
      `  ${b.name.padEnd(11)}${row.msPerSimulatedS!.toFixed(1).padStart(10)}` +
        `${fmt(row.updatesPerS).padStart(14)}${fmt(row.synapticEventsPerS!).padStart(15)}` +
        `${row.rateHz!.toFixed(2).padStart(9)}  ${row.note ?? ''}`,
    );
  }
  out('');
  return rows;
}
