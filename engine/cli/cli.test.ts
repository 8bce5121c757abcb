import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../schema/types';
import { ensureNodeWebgpu } from '../backends/gpujs/loader';
import { listBackends } from '../backends/registry';
import type { TraceFile } from './format';
import { main } from './main';

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...argv: string[]): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    (t) => (stdout += t),
    (t) => (stderr += t),
  );
  return { code, stdout, stderr };
}

const BROKEN = join(import.meta.dirname, 'testdata', 'broken');
const EXAMPLES = join(import.meta.dirname, '..', '..', 'assets', 'examples');

/** Each deliberately broken file and the located problem `validate` must report for it. */
const EXPECTED: Record<string, string> = {
  'array-at-root.spikeboard': '$: expected a Spikeboard circuit (a JSON object)',
  'binary-garbage.spikeboard': '$: is not UTF-8 text: byte 0xFF at offset 0',
  'dangling-edge.spikeboard':
    '$.edges[0].target: names node "nowhere", which does not exist in $.nodes',
  'duplicate-id.spikeboard': '$.nodes[2].id: "lif" is already used by $.nodes[1]',
  'edge-into-generator.spikeboard': 'error EDGE_INTO_GENERATOR',
  'empty-file.spikeboard': '$: is not valid JSON',
  'infinite-number.spikeboard': '$.nodes[1].params.tauMemMs: must be a finite number, got Infinity',
  'matrix-wrong-shape.spikeboard': 'error MATRIX_SHAPE',
  'missing-nodes.spikeboard': '$.nodes: is missing',
  'nan-as-string.spikeboard': '$.nodes[1].params.tauSynMs: expected a number, got "NaN"',
  'negative-tau-mem.spikeboard': '$.nodes[1].params.tauMemMs: must be > 0 ms, got -10',
  'newer-format-version.spikeboard': `$.formatVersion: made by a newer Spikeboard (format 99); this app reads up to ${FORMAT_VERSION}`,
  'per-neuron-length.spikeboard':
    '$.nodes[1].params.vTh: has 3 values but the population has 2 neurons',
  'probe-neuron-out-of-range.spikeboard': 'error PROBE_NEURON_OUT_OF_RANGE',
  'probe-on-nothing.spikeboard': 'error PROBE_UNATTACHED',
  'probe-v-on-generator.spikeboard': 'error PROBE_VARIABLE',
  'projection-from-li.spikeboard': 'error PROJECTION_FROM_LI',
  'regular-rate-and-period.spikeboard': '$.nodes[3].periodMs: conflicts with the other',
  'truncated-json.spikeboard': '$: is not valid JSON',
  'unknown-input-order.spikeboard':
    '$.simulation.inputOrder: must be "norse-1.1" or "norse-0.0.7", got "norse-2.0"',
  'unknown-node-kind.spikeboard': '$.nodes[1].kind: must be one of "li", "lif"',
  'zero-dt.spikeboard': '$.simulation.dtMs: must be > 0 ms, got 0',
  'zero-size.spikeboard': '$.nodes[1].size: must be at least 1 neuron, got 0',
};

describe('spikeboard validate', () => {
  it('has an expectation for every broken file', async () => {
    expect((await readdir(BROKEN)).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`reports ${file} with its location, exit code 1`, async () => {
      const { code, stdout, stderr } = await cli('validate', join(BROKEN, file));
      expect(code).toBe(1);
      expect(stdout).toContain(`${join(BROKEN, file)}: ${expected}`);
      expect(stdout + stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('prints ok for each shipped example (lessons included)', async () => {
    const files = (await readdir(EXAMPLES, { recursive: true })).filter((f) =>
      f.endsWith('.spikeboard'),
    );
    expect(files).toContain(join('lessons', 'first-spike.spikeboard'));
    for (const file of files) {
      const { code, stdout } = await cli('validate', join(EXAMPLES, file));
      expect([file, code, stdout]).toEqual([file, 0, 'ok\n']);
    }
  });

  it('says clearly when the file does not exist', async () => {
    const { code, stderr } = await cli('validate', '/no/such/file.spikeboard');
    expect(code).toBe(1);
    expect(stderr).toBe(
      'spikeboard: cannot read /no/such/file.spikeboard: no such file or folder\n',
    );
  });
});

describe('spikeboard run', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spikeboard-cli-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('never crashes on a broken file and writes no output', async () => {
    for (const file of Object.keys(EXPECTED)) {
      const out = join(dir, `${file}.json`);
      const { code, stderr } = await cli('run', join(BROKEN, file), '--out', out);
      expect(code).toBe(1);
      expect(stderr).not.toContain('internal error');
      await expect(readFile(out)).rejects.toThrow();
    }
  });

  it('leaves an existing output untouched when the run fails', async () => {
    const out = join(dir, 'keep.json');
    await writeFile(out, 'previous result');
    await cli('run', join(BROKEN, 'negative-tau-mem.spikeboard'), '--out', out);
    expect(await readFile(out, 'utf8')).toBe('previous result');
    expect((await readdir(dir)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('writes CSV with a time column and one column per probed neuron', async () => {
    const { code, stdout } = await cli(
      'run',
      join(EXAMPLES, 'li-two-spikes.spikeboard'),
      '--format',
      'csv',
    );
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1001);
    expect(lines[0]).toMatch(/^time_ms,[^,]+:v:0,[^,]+:i:0$/);
    expect(lines[1]).toBe('0,0,0');
  });

  it('rejects unknown options and backends with one line and the usage', async () => {
    const bad = await cli('run', 'x.spikeboard', '--speed', '2');
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('spikeboard: unknown option --speed');
    const backend = await cli(
      'run',
      join(EXAMPLES, 'li-two-spikes.spikeboard'),
      '--backend',
      'cuda',
    );
    expect(backend.code).toBe(1);
    expect(backend.stderr).toMatch(
      /^spikeboard: unknown backend "cuda"; available here: reference, wasm-simd, .*auto\n$/,
    );
  });

  it('runs on every backend this machine offers (and auto) with the reference traces', async () => {
    const file = join(EXAMPLES, 'lif-versus-li.spikeboard');
    const traces = (stdout: string) =>
      (JSON.parse(stdout) as TraceFile).probes.map((p) => p.values ?? p.spikeSteps);
    const reference = await cli('run', file, '--backend', 'reference');
    const offered = (await listBackends()).filter((b) => b.available && b.exact);
    expect(offered.map((b) => b.name)).toContain('wasm-simd');
    for (const { name } of [...offered, { name: 'auto' }]) {
      const run = await cli('run', file, '--backend', name);
      expect([name, run.code, run.stderr]).toEqual([name, 0, '']);
      expect(traces(run.stdout)).toEqual(traces(reference.stdout));
      const used = (JSON.parse(run.stdout) as TraceFile).backend;
      // auto: the seed circuits are tiny, so the reference runs them (AUTO_SIMD_MIN_UNITS)
      expect(used).toBe(name === 'auto' ? 'reference' : name);
    }
  });

  it('says which backends exist but are not available here, and why', async () => {
    const run = await cli('run', join(EXAMPLES, 'li-two-spikes.spikeboard'), '--backend', 'webgl2');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^spikeboard: backend "webgl2" is not available here \(.*WebGL2.*\)/,
    );
  });
});

describe('spikeboard bench --gpu', () => {
  it('says why it cannot run where WebGPU cannot, with exit code 2', async (context) => {
    const reason = await ensureNodeWebgpu();
    if (reason === null) context.skip('WebGPU loads in this Node: the GPU benchmark would run');
    const run = await cli('bench', '--gpu', '--quick');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`WebGPU cannot run here: ${reason}`);
  });
});
