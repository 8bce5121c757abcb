/// <reference types="node" />
/**
 * The Brian2 round trip: export circuits as Brian2 scripts, run them with Debian's python3-brian
 * (`python3 script.py out.json`) and compare their traces with the exact reference engine:
 * potentials within 1e-6, the same spike steps. Without Brian2 the test is skipped with the
 * reason, except on CI (CI=true), where it fails: CI must run it.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import liTwoSpikesText from '../../assets/examples/li-two-spikes.spikeboard?raw';
import lifVersusLiText from '../../assets/examples/lif-versus-li.spikeboard?raw';
import { simulate } from '../backends/reference/simulate';
import { compile } from '../compile';
import { parseCircuitJson, type CircuitDocument } from '../schema';
import { exportBrian2 } from './brian2';
import { loopCircuit, poissonCircuit } from './testCircuits';

const TOLERANCE = 1e-6;

/** The first Python that imports brian2 (pyenv's python3 may shadow Debian's). */
function findPython(): { python: string | null; reason: string } {
  const candidates = [process.env.SPIKEBOARD_PYTHON, 'python3', '/usr/bin/python3'];
  const tried: string[] = [];
  for (const python of candidates) {
    if (python === undefined || python === '') continue;
    const probe = spawnSync(python, ['-c', 'import brian2'], { encoding: 'utf8' });
    if (probe.status === 0) return { python, reason: '' };
    tried.push(`${python}: ${probe.error?.message ?? probe.stderr.trim().split('\n').pop()}`);
  }
  return { python: null, reason: `no Python with brian2 (${tried.join('; ')})` };
}

function example(text: string): CircuitDocument {
  const parsed = parseCircuitJson(text);
  if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
  return parsed.document;
}

const CIRCUITS: [string, CircuitDocument][] = [
  ['li-two-spikes', example(liTwoSpikesText)],
  ['lif-versus-li', example(lifVersusLiText)],
  ['loop-norse-1.1', loopCircuit('norse-1.1')],
  ['loop-norse-0.0.7', loopCircuit('norse-0.0.7')],
  ['poisson', poissonCircuit()],
];

interface TraceFileProbe {
  id: string;
  variable: string;
  neurons: number[];
  values?: number[][];
  spikeSteps?: number[][];
}

function runScript(python: string, script: string, out: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(python, [script, out], { timeout: 120_000 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`${script} failed: ${stderr.slice(-2000)}`)) : resolve(),
    );
  });
}

/** Runs `jobs` at most `limit` at a time (the scripts are CPU bound). */
async function limited(jobs: (() => Promise<void>)[], limit: number): Promise<void> {
  const queue = [...jobs];
  const worker = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) await job();
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

const { python, reason } = findPython();
const onCi = process.env.CI === 'true' || process.env.CI === '1';
if (python === null && !onCi) console.log(`Brian2 round trip skipped: ${reason}`);

describe.skipIf(python === null && !onCi)('Brian2 round trip', () => {
  it('reproduces the engine: |Δv|, |Δi| ≤ 1e-6 and the same spike steps', async () => {
    if (python === null) throw new Error(`CI must run the Brian2 round trip, but ${reason}`);
    const dir = mkdtempSync(join(tmpdir(), 'spikeboard-brian2-'));
    await limited(
      CIRCUITS.map(([name, doc]) => () => {
        writeFileSync(join(dir, `${name}.py`), exportBrian2(doc));
        return runScript(python, join(dir, `${name}.py`), join(dir, `${name}.json`));
      }),
      2,
    );
    for (const [name, doc] of CIRCUITS) {
      const compiled = compile(doc);
      if (!compiled.ok) throw new Error(`${name} does not compile`);
      const reference = simulate(compiled.plan);
      const file = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as {
        backend: string;
        steps: number;
        dtMs: number;
        inputOrder: string;
        probes: TraceFileProbe[];
      };
      expect(file).toMatchObject({
        backend: 'brian2',
        steps: reference.steps,
        dtMs: reference.dtMs,
        inputOrder: reference.inputOrder,
      });
      expect(file.probes.map((p) => p.id)).toEqual(reference.probes.map((p) => p.probeId));
      let spikes = 0;
      reference.probes.forEach((expected, k) => {
        const got = file.probes[k]!;
        expect(got.neurons, `${name} ${got.id}`).toEqual(expected.neurons);
        if (expected.spikeSteps) {
          expect(got.spikeSteps, `${name} ${got.id} spike steps`).toEqual(expected.spikeSteps);
          spikes += expected.spikeSteps.flat().length;
          return;
        }
        expected.values!.forEach((trace, n) => {
          const values = got.values![n]!;
          expect(values.length).toBe(trace.length);
          const worst = values.reduce((m, v, s) => Math.max(m, Math.abs(v - trace[s]!)), 0);
          expect(worst, `${name} ${got.id} neuron ${n}`).toBeLessThanOrEqual(TOLERANCE);
        });
      });
      // A circuit with spike probes must actually spike, or the comparison proves little.
      if (reference.probes.some((p) => p.spikeSteps)) expect(spikes, name).toBeGreaterThan(0);
    }
  }, 240_000);
});
