import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    (t) => (stdout += t),
    (t) => (stderr += t),
  );
  return { code, stdout, stderr };
}

const EXAMPLES = join(import.meta.dirname, '..', '..', 'assets', 'examples');
const LIF_VS_LI = join(EXAMPLES, 'lif-versus-li.spikeboard');
const BROKEN = join(import.meta.dirname, 'testdata', 'broken');

describe('spikeboard export', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spikeboard-export-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a Brian2 script to --out', async () => {
    const out = join(dir, 'lif.py');
    const result = await cli('export', LIF_VS_LI, '--to', 'brian2', '--out', out);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const script = await readFile(out, 'utf8');
    expect(script).toContain("method='euler'");
    expect(script).toContain('INPUT_ORDER = "norse-0.0.7"');
    expect(script).toContain('STEPS = 1000');
  });

  it('prints a Norse script when there is no --out, saying which order it assumes', async () => {
    const result = await cli('export', LIF_VS_LI, '--to=norse');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('This script assumes current Norse (1.x)');
    expect(result.stdout).toContain('The circuit uses the norse-0.0.7 order');
    expect(result.stdout).toContain('lif_feed_forward_step');
  });

  it('writes a NIR graph as HDF5 and needs --out for it', async () => {
    const out = join(dir, 'lif.nir');
    expect(await cli('export', LIF_VS_LI, '--to', 'nir', '--out', out)).toMatchObject({
      code: 0,
    });
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x48, 0x44, 0x46]);
    const noOut = await cli('export', LIF_VS_LI, '--to', 'nir');
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--to nir writes a binary HDF5 file: give it --out <path>');
  });

  it('refuses an unknown or missing target with the usage', async () => {
    const unknown = await cli('export', LIF_VS_LI, '--to', 'nest', '--out', join(dir, 'x'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--to must be norse, brian2, nir, not "nest"');
    expect(unknown.stderr).toContain('spikeboard export <file> --to norse|brian2|nir');
    const missing = await cli('export', LIF_VS_LI);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('export needs --to norse|brian2|nir');
  });

  it('reports an unreadable file and located schema errors, writing nothing', async () => {
    const out = join(dir, 'never.py');
    const unreadable = await cli('export', join(dir, 'absent.spikeboard'), '--to', 'brian2');
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toMatch(/cannot read .*absent\.spikeboard: no such file or folder/);
    const broken = await cli(
      'export',
      join(BROKEN, 'negative-tau-mem.spikeboard'),
      '--to',
      'brian2',
      '--out',
      out,
    );
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('$.nodes[1].params.tauMemMs: must be > 0 ms, got -10');
    const refused = await cli(
      'export',
      join(BROKEN, 'projection-from-li.spikeboard'),
      '--to',
      'norse',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('error PROJECTION_FROM_LI');
    await expect(readFile(out)).rejects.toThrow();
  });
});
