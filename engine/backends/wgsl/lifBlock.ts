/**
 * A hand-written WGSL compute kernel for the uncoupled LIF benchmark (benchmark.ts's
 * `uncoupledLifCircuit`: N LIF neurons, constant drive): the practical limit of a GPU, measured
 * beside the gpu.js `webgpu` backend in the same run (`spikeboard bench --gpu`). One thread per
 * neuron keeps v and i in registers through a block of steps and writes them back once, with
 * its spike count. Norse 1.1 order, float32, the reference's operations (engine/models/lif.ts);
 * only the GPU's rounding may differ (held to the webgpu backend's tolerance by `checkLifBlock`).
 * Not a backend: it runs this one circuit, as a yardstick.
 */
import { planOf, uncoupledLifCircuit } from '../benchmark';
import { stepLifNorse11 } from '../../models/lif';

export const LIF_BLOCK_WGSL = /* wgsl */ `
struct Params { n: u32, steps: u32, a: f32, b: f32, vLeak: f32, vTh: f32, vReset: f32, x: f32 };
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read_write> v: array<f32>;
@group(0) @binding(2) var<storage, read_write> cur: array<f32>;
@group(0) @binding(3) var<storage, read_write> spikes: array<u32>;

@compute @workgroup_size(256)
fn main(@builtin(global_invocation_id) id: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
  let k = id.x + id.y * groups.x * 256u;
  if (k >= p.n) { return; }
  var vk = v[k];
  var ik = cur[k];
  var count = spikes[k];
  for (var s = 0u; s < p.steps; s = s + 1u) {
    let iJump = ik + p.x;
    let vStar = vk + p.a * ((p.vLeak - vk) + iJump);
    ik = iJump + (-p.b) * iJump;
    if (vStar - p.vTh > 0.0) {
      vk = p.vReset;
      count = count + 1u;
    } else {
      vk = vStar;
    }
  }
  v[k] = vk;
  cur[k] = ik;
  spikes[k] = count;
}
`;

/** The WebGPU surface this file uses (navigator.gpu in a browser, Dawn's in Node). */
export interface GpuLike {
  requestAdapter(): Promise<{ requestDevice(): Promise<unknown> } | null>;
}
interface GpuBuffer {
  mapAsync(mode: number): Promise<void>;
  getMappedRange(): ArrayBuffer;
  unmap(): void;
  destroy(): void;
}
interface GpuDevice {
  createBuffer(d: { size: number; usage: number }): GpuBuffer;
  createShaderModule(d: { code: string }): unknown;
  createComputePipeline(d: unknown): { getBindGroupLayout(index: number): unknown };
  createBindGroup(d: unknown): unknown;
  createCommandEncoder(): {
    beginComputePass(): {
      setPipeline(p: unknown): void;
      setBindGroup(index: number, group: unknown): void;
      dispatchWorkgroups(x: number, y?: number): void;
      end(): void;
    };
    copyBufferToBuffer(a: GpuBuffer, ao: number, b: GpuBuffer, bo: number, size: number): void;
    finish(): unknown;
  };
  queue: {
    writeBuffer(buffer: GpuBuffer, offset: number, data: ArrayBufferView): void;
    submit(commands: unknown[]): void;
  };
  destroy(): void;
}

/** WebGPU's buffer usage and map-mode flags (the spec's values; no globals needed). */
const USAGE = { MAP_READ: 1, COPY_SRC: 4, COPY_DST: 8, UNIFORM: 64, STORAGE: 128 };
const MAP_READ = 1;
const WORKGROUP = 256;
const MAX_GROUPS_X = 65535;

export interface LifBlockCoefficients {
  a: number;
  b: number;
  vLeak: number;
  vTh: number;
  vReset: number;
  /** The drive, one value per step for every neuron. */
  x: number;
  /** v at step 0. */
  vInit: number;
}

/** The coefficients of the uncoupled benchmark circuit, as the compiler makes them (float32). */
export function benchmarkCoefficients(): LifBlockCoefficients {
  const plan = planOf(uncoupledLifCircuit(1, 1));
  const at = plan.populations[0]!.offset;
  const drive = plan.generators[0]!;
  const weight = plan.projections[0]!.weights.weights[0]!;
  if (drive.kind !== 'constantCurrent') throw new Error('the benchmark is driven by a current');
  return {
    a: plan.a[at]!,
    b: plan.b[at]!,
    vLeak: plan.vLeak[at]!,
    vTh: plan.vTh[at]!,
    vReset: plan.vReset[at]!,
    x: Math.fround(weight * drive.amplitude),
    vInit: plan.vInit[at]!,
  };
}

export interface LifBlock {
  /** Queues `steps` steps of every neuron; resolves when the GPU has run them. */
  run(steps: number): Promise<void>;
  /** v, i and each neuron's spike count so far. */
  read(): Promise<{ v: Float32Array; i: Float32Array; spikes: Uint32Array }>;
  dispose(): void;
}

export async function createLifBlock(
  gpu: GpuLike,
  size: number,
  c: LifBlockCoefficients,
): Promise<LifBlock> {
  const adapter = await gpu.requestAdapter();
  if (adapter === null) throw new Error('no WebGPU adapter');
  const device = (await adapter.requestDevice()) as GpuDevice;
  const bytes = size * 4;
  const storage = USAGE.STORAGE | USAGE.COPY_SRC | USAGE.COPY_DST;
  const v = device.createBuffer({ size: bytes, usage: storage });
  const cur = device.createBuffer({ size: bytes, usage: storage });
  const spikes = device.createBuffer({ size: bytes, usage: storage });
  const params = device.createBuffer({ size: 32, usage: USAGE.UNIFORM | USAGE.COPY_DST });
  const readback = device.createBuffer({ size: bytes, usage: USAGE.MAP_READ | USAGE.COPY_DST });
  device.queue.writeBuffer(v, 0, new Float32Array(size).fill(c.vInit));
  device.queue.writeBuffer(cur, 0, new Float32Array(size));
  device.queue.writeBuffer(spikes, 0, new Uint32Array(size));
  const pipeline = device.createComputePipeline({
    layout: 'auto',
    compute: { module: device.createShaderModule({ code: LIF_BLOCK_WGSL }), entryPoint: 'main' },
  });
  const group = device.createBindGroup({
    layout: pipeline.getBindGroupLayout(0),
    entries: [params, v, cur, spikes].map((buffer, binding) => ({ binding, resource: { buffer } })),
  });
  const groups = Math.ceil(size / WORKGROUP);
  const [gx, gy] =
    groups <= MAX_GROUPS_X ? [groups, 1] : [MAX_GROUPS_X, Math.ceil(groups / MAX_GROUPS_X)];

  async function copyOut(buffer: GpuBuffer): Promise<ArrayBuffer> {
    const encoder = device.createCommandEncoder();
    encoder.copyBufferToBuffer(buffer, 0, readback, 0, bytes);
    device.queue.submit([encoder.finish()]);
    await readback.mapAsync(MAP_READ);
    const copy = readback.getMappedRange().slice(0);
    readback.unmap();
    return copy;
  }

  return {
    async run(steps) {
      const header = new ArrayBuffer(32);
      new Uint32Array(header, 0, 2).set([size, steps]);
      new Float32Array(header, 8, 6).set([c.a, c.b, c.vLeak, c.vTh, c.vReset, c.x]);
      device.queue.writeBuffer(params, 0, new Uint8Array(header));
      const encoder = device.createCommandEncoder();
      const pass = encoder.beginComputePass();
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, group);
      pass.dispatchWorkgroups(gx, gy);
      pass.end();
      device.queue.submit([encoder.finish()]);
      // Waiting for a 4-byte readback waits for the work before it.
      const encoder2 = device.createCommandEncoder();
      encoder2.copyBufferToBuffer(spikes, 0, readback, 0, 4);
      device.queue.submit([encoder2.finish()]);
      await readback.mapAsync(MAP_READ);
      readback.unmap();
    },
    async read() {
      return {
        v: new Float32Array(await copyOut(v)),
        i: new Float32Array(await copyOut(cur)),
        spikes: new Uint32Array(await copyOut(spikes)),
      };
    },
    dispose() {
      for (const buffer of [v, cur, spikes, params, readback]) buffer.destroy();
      device.destroy();
    },
  };
}

/** The same block of steps with the reference's LIF step (exact float32, on the CPU). */
export function referenceLifBlock(
  size: number,
  steps: number,
  c: LifBlockCoefficients,
): { v: Float32Array; i: Float32Array; spikes: Uint32Array } {
  const fill = (value: number) => new Float32Array(size).fill(value);
  const s = {
    v: fill(c.vInit),
    i: fill(0),
    a: fill(c.a),
    b: fill(c.b),
    vLeak: fill(c.vLeak),
    vTh: fill(c.vTh),
    vReset: fill(c.vReset),
  };
  const x = fill(c.x);
  const z = new Float32Array(size);
  const spikes = new Uint32Array(size);
  for (let t = 0; t < steps; t++) {
    stepLifNorse11(s, x, z, 0, 0, size);
    for (let k = 0; k < size; k++) spikes[k] = spikes[k]! + z[k]!;
  }
  return { v: s.v, i: s.i, spikes };
}

/**
 * The kernel against the reference's LIF step (engine/models/lif.ts) on `size` neurons for
 * `steps` steps: identical spike counts, and v and i within the webgpu backend's tolerance.
 */
export async function checkLifBlock(
  gpu: GpuLike,
  size = 1024,
  steps = 256,
): Promise<{ ok: boolean; maxAbsError: number; spikeMismatches: number; spikes: number }> {
  const c = benchmarkCoefficients();
  const block = await createLifBlock(gpu, size, c);
  try {
    await block.run(steps);
    const got = await block.read();
    const s = referenceLifBlock(size, steps, c);
    const counts = s.spikes;
    let maxAbsError = 0;
    let spikeMismatches = 0;
    let withinTolerance = true;
    for (let k = 0; k < size; k++) {
      if (got.spikes[k] !== counts[k]) spikeMismatches++;
      for (const [a, b] of [
        [got.v[k]!, s.v[k]!],
        [got.i[k]!, s.i[k]!],
      ] as const) {
        const error = Math.abs(a - b);
        maxAbsError = Math.max(maxAbsError, error);
        if (!(error <= 1e-5 + 1e-6 * Math.abs(b))) withinTolerance = false;
      }
    }
    const spikes = counts.reduce((sum, n) => sum + n, 0);
    return { ok: withinTolerance && spikeMismatches === 0, maxAbsError, spikeMismatches, spikes };
  } finally {
    block.dispose();
  }
}
