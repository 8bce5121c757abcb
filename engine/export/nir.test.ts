import h5wasm from 'h5wasm';
import { describe, expect, it } from 'vitest';
import { exportCircuit } from './index';
import { loopCircuit } from './testCircuits';

type Entity = {
  keys?: () => string[];
  get?: (name: string) => Entity | null;
  value?: unknown;
  shape?: number[] | null;
  dtype?: unknown;
};

async function readBack(bytes: Uint8Array) {
  const { FS } = await h5wasm.ready;
  const path = `/read-${Math.round(bytes.length)}-${bytes[bytes.length - 1]}.nir`;
  FS!.writeFile(path, bytes);
  const file = new h5wasm.File(path, 'r');
  const at = (p: string) => file.get(p) as Entity | null;
  return { file, at, close: () => (file.close(), FS!.unlink(path)) };
}

const close = (a: ArrayLike<number>, b: number[]) =>
  Array.from(a).every((x, k) => Math.abs(x - b[k]!) < 1e-6 * Math.max(1, Math.abs(b[k]!)));

describe('NIR export', () => {
  it('writes the NIR layout: version, node/type, nodes, edges, CubaLIF parameters', async () => {
    const exported = await exportCircuit(loopCircuit('norse-1.1'), 'nir');
    expect(exported.fileName).toBe('loop-with-delays-norse-1-1.nir');
    expect(exported.mimeType).toBe('application/x-hdf5');
    expect([...exported.bytes.subarray(0, 8)]).toEqual([
      0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a,
    ]);
    const { file, at, close: done } = await readBack(exported.bytes);
    try {
      expect(at('version')!.value).toBe('1.0.0');
      expect(file.attrs.version!.value).toBe('1.0.0');
      expect(at('node/type')!.value).toBe('NIRGraph');
      expect(at('node/nodes')!.keys!().sort()).toEqual([
        'a',
        'b',
        'delay_a-b',
        'delay_b-b',
        'input_bias',
        'input_drive',
        'linear_a-b',
        'linear_b-a',
        'linear_b-b',
        'linear_bias-a',
        'linear_drive-a',
        'output_a',
        'output_b',
      ]);
      // LIF b: τmem 15 and 25 ms, τsyn 6 ms, vTh 0.25, vReset −0.1, r = w_in = 1.
      const b = (name: string) => at(`node/nodes/b/${name}`)!.value as Float32Array;
      expect(at('node/nodes/b/type')!.value).toBe('CubaLIF');
      expect(close(b('tau_mem'), [0.015, 0.025])).toBe(true);
      expect(close(b('tau_syn'), [0.006, 0.006])).toBe(true);
      expect(close(b('v_threshold'), [0.25, 0.25])).toBe(true);
      expect(close(b('v_reset'), [-0.1, -0.1])).toBe(true);
      expect(Array.from(b('r'))).toEqual([1, 1]);
      expect(Array.from(b('w_in'))).toEqual([1, 1]);
      expect(Array.from(b('v_leak'))).toEqual([0, 0]);
      // Linear a → b: W[post, pre] scaled by the target's τsyn (6 ms) so a spike raises I by W.
      const linear = at('node/nodes/linear_a-b/weight')!;
      expect(linear.shape).toEqual([2, 2]);
      expect(
        close(linear.value as Float32Array, [0.7 * 0.006, 0.2 * 0.006, 0.1 * 0.006, 0.8 * 0.006]),
      ).toBe(true);
      // The 3-step delay on a → b, and b → b's 2 (dt = 1 ms): a loop's own step is not a
      // delay of the continuous-time graph.
      expect(close(at('node/nodes/delay_a-b/delay')!.value as Float32Array, [0.003, 0.003])).toBe(
        true,
      );
      expect(close(at('node/nodes/delay_b-b/delay')!.value as Float32Array, [0.002, 0.002])).toBe(
        true,
      );
      expect(Array.from(at('node/nodes/input_drive/shape')!.value as Int32Array)).toEqual([2]);
      const edges = at('node/edges')!;
      expect(edges.shape).toEqual([14, 2]);
      const flat = edges.value as string[];
      const pairs = Array.from(
        { length: flat.length / 2 },
        (_, k) => `${flat[2 * k]}→${flat[2 * k + 1]}`,
      );
      expect(pairs).toEqual(
        expect.arrayContaining([
          'input_drive→linear_drive-a',
          'linear_drive-a→a',
          'a→linear_a-b',
          'linear_a-b→delay_a-b',
          'delay_a-b→b',
          'b→linear_b-a',
          'linear_b-a→a',
          'b→output_b',
        ]),
      );
      expect(at('node/metadata/input_order')!.value).toBe('norse-1.1');
    } finally {
      done();
    }
  });

  it('maps an LI population to CubaLI, without threshold or reset', async () => {
    const { nirGraphOf } = await import('./index');
    const { poissonCircuit } = await import('./testCircuits');
    const graph = nirGraphOf(poissonCircuit());
    const reader = graph.nodes.get('reader')!;
    expect(reader.type).toBe('CubaLI');
    expect(Object.keys(reader.params).sort()).toEqual([
      'r',
      'tau_mem',
      'tau_syn',
      'v_leak',
      'w_in',
    ]);
    expect(graph.nodes.get('input_noise')!.metadata!.signal).toBe('spikes');
  });
});
