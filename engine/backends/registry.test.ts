import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import type { Plan } from '../compile/types';
import { lif, doc } from '../testdata/circuits';
import {
  AUTO_GPU_MIN_UNITS,
  AUTO_SIMD_MIN_UNITS,
  BACKEND_NAMES,
  chooseBackend,
  createRunner,
  listBackends,
  runBackend,
} from './registry';
import type { BackendInfo, BackendName } from './types';

function planOf(size: number): Plan {
  const compiled = compile(doc([lif('pop', size)], []));
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
  return compiled.plan;
}

function offered(entries: [BackendName, BackendInfo['device']][]): BackendInfo[] {
  return BACKEND_NAMES.map((name) => {
    const entry = entries.find(([n]) => n === name);
    return {
      name,
      label: name,
      available: entry !== undefined,
      reason: entry ? null : 'not here',
      device: entry?.[1] ?? 'cpu',
      exact: false,
      tolerance: { maxAbs: 0, maxRel: 0, spikeSteps: 'identical' },
    };
  });
}

describe('listBackends', () => {
  it('lists every backend once, in order; the exact CPU ones always run in Node', async () => {
    const listed = await listBackends();
    expect(listed.map((b) => b.name)).toEqual([...BACKEND_NAMES]);
    for (const name of ['reference', 'wasm-simd', 'webasm', 'cpu'] as const) {
      expect(listed.find((b) => b.name === name)).toMatchObject({ available: true, exact: true });
    }
  });

  it('gives a reason for every backend it does not offer (Node has no WebGL2)', async () => {
    const listed = await listBackends();
    for (const b of listed.filter((x) => !x.available)) expect(b.reason).toMatch(/\w/);
    expect(listed.find((b) => b.name === 'webgl2')).toMatchObject({
      available: false,
      reason: expect.stringContaining('WebGL2'),
    });
  });

  it('leaves skipped backends unprobed, saying so', async () => {
    const listed = await listBackends({ skip: ['webasm', 'webgpu'] });
    expect(listed.find((b) => b.name === 'webasm')).toMatchObject({
      available: false,
      reason: 'not probed',
    });
  });
});

describe('chooseBackend (auto)', () => {
  const big = planOf(AUTO_GPU_MIN_UNITS);
  const small = planOf(10);

  it('keeps small circuits on the exact fast CPU path, even beside a real GPU', () => {
    const here = offered([
      ['wasm-simd', 'cpu'],
      ['reference', 'cpu'],
      ['webgpu', 'gpu'],
    ]);
    expect(chooseBackend(planOf(AUTO_SIMD_MIN_UNITS), here)).toBe('wasm-simd');
    expect(chooseBackend(small, here)).toBe('reference');
  });

  it('gives large circuits to a hardware GPU, WebGPU before WebGL2', () => {
    const both = offered([
      ['wasm-simd', 'cpu'],
      ['webgl2', 'gpu'],
      ['webgpu', 'gpu'],
    ]);
    expect(chooseBackend(big, both)).toBe('webgpu');
    expect(
      chooseBackend(
        big,
        offered([
          ['wasm-simd', 'cpu'],
          ['webgl2', 'gpu'],
        ]),
      ),
    ).toBe('webgl2');
  });

  it('does not take a software-emulated GPU for a GPU', () => {
    const emulated = offered([
      ['wasm-simd', 'cpu'],
      ['webgl2', 'emulated-gpu'],
      ['webgpu', 'emulated-gpu'],
    ]);
    expect(chooseBackend(big, emulated)).toBe('wasm-simd');
  });

  it('falls back to the reference when nothing faster runs', () => {
    expect(chooseBackend(big, offered([['reference', 'cpu']]))).toBe('reference');
  });
});

describe('createRunner and runBackend', () => {
  it('refuses an unknown or unavailable backend with one line that says why', async () => {
    const plan = planOf(2);
    await expect(createRunner(plan, 'quantum' as BackendName)).rejects.toThrow(
      'unknown backend "quantum"',
    );
    await expect(createRunner(plan, 'webgl2')).rejects.toThrow(
      /backend "webgl2" is not available here: .*WebGL2/,
    );
  });

  it('runs auto on the backend chooseBackend names, and reports it', async () => {
    const plan = planOf(3);
    const expected = chooseBackend(plan, await listBackends());
    const runner = await createRunner(plan, 'auto');
    expect(runner.backend).toBe(expected);
    runner.dispose();
    const result = await runBackend('auto', plan, 5);
    expect(result).toMatchObject({ backend: expected, steps: 5, dtMs: 1 });
  });

  it('a disposed runner refuses to run', async () => {
    const runner = await createRunner(planOf(2), 'reference');
    runner.dispose();
    await expect(runner.advance(1)).rejects.toThrow('disposed');
  });
});
