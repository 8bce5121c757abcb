import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { goldenCase } from '../testdata/golden';
import type { TraceFile } from './format';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'spikeboard.mjs');

/** Runs the installed command exactly as a user would (`npx spikeboard …` runs this file). */
async function spikeboard(...args: string[]): Promise<TraceFile> {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'spikeboard.mjs'))) {
    throw new Error('the runner is not built: run `npm run build:cli` (npm test does)');
  }
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as TraceFile;
}

function trace(file: TraceFile, target: string, variable: string): number[] {
  const probe = file.probes.find((p) => p.target === target && p.variable === variable);
  if (!probe?.values?.[0]) throw new Error(`no ${variable} probe on ${target}`);
  return probe.values[0];
}

describe('npx spikeboard run reproduces Norse exactly', () => {
  for (const order of ['norse-0.0.7', 'norse-1.1'] as const) {
    it(`lif-versus-li in order ${order}`, async () => {
      const file = await spikeboard(
        'run',
        'assets/examples/lif-versus-li.spikeboard',
        '--format',
        'json',
        '--order',
        order,
      );
      const expected = goldenCase(order, 'notebook-lif-vs-li');
      expect(file.inputOrder).toBe(order);
      expect(trace(file, 'lif', 'v')).toEqual(expected.lif!.v);
      expect(trace(file, 'li', 'v')).toEqual(expected.li!.v);
      const spikes = file.probes.find((p) => p.variable === 'spikes');
      expect(spikes?.spikeSteps?.[0]).toEqual(expected.lif!.spikeSteps);
    });

    it(`li-two-spikes in order ${order}`, async () => {
      const file = await spikeboard(
        'run',
        'assets/examples/li-two-spikes.spikeboard',
        '--order',
        order,
      );
      const expected = goldenCase(order, 'notebook-li-default');
      expect(trace(file, 'li', 'v')).toEqual(expected.li!.v);
      expect(trace(file, 'li', 'i')).toEqual(expected.li!.i);
    });
  }
});
