/**
 * The WebAssembly kernels of the `wasm-simd` backend, written with the assembler in
 * assembler.ts. Three families:
 *
 * - Model steps, four neurons per f32x4 instruction, in the exact operation order and grouping
 *   of engine/models/li.ts and lif.ts (both Norse orders). A LIF step also appends the indices of
 *   the neurons that spiked, ascending, to a spike list and returns their count. The input x is
 *   an array, or one value for every neuron (a population driven only by uniform generators).
 * - Synaptic delivery, event-driven: only spiking (or nonzero) presynaptic neurons are visited,
 *   in ascending order, so every postsynaptic sum adds the same terms in the same order as the
 *   reference's gather — exact, not approximately equal.
 * - Recording: copying probed values and spike lists out for the runner.
 *
 * All pointers are byte addresses into the imported memory, every array 32-byte aligned and
 * padded to a multiple of eight floats. A generator's output is read with a stride: 4 bytes per
 * neuron, or 0 when every neuron has the same value (regular and constant-current generators).
 */
import { F32, FunctionBuilder, I32, V128 } from './assembler';

export type ModelKind = 'li' | 'lif';
export type ModelOrder = '11' | '007';
/** Coefficients: one value per population (`u`) or one array per neuron (`n`). */
export type CoefficientMode = 'u' | 'n';
/** Input x: an array (`a`) or one value for every neuron (`s`). */
export type InputMode = 'a' | 's';

export function modelName(
  kind: ModelKind,
  order: ModelOrder,
  mode: CoefficientMode,
  input: InputMode,
): string {
  return `${kind}_${order}_${mode}_${input}`;
}

const COEFFICIENTS = ['a', 'b', 'vLeak', 'vTh', 'vReset'] as const;
type Param = [string, typeof I32 | typeof F32];

/** for (o = 0; o < limit; o += stride) { body } — `o` and `limit` are i32 locals. */
export function forBytes(
  f: FunctionBuilder,
  o: string,
  limit: string,
  stride: number,
  body: () => void,
): void {
  f.op('i32.const', 0).set(o);
  f.op('block').op('loop');
  f.get(o).get(limit).op('i32.ge_u').op('br_if', 1);
  body();
  f.get(o).op('i32.const', stride).op('i32.add').set(o);
  f.op('br', 0).op('end').op('end');
}

/** Pushes `base + o`. */
function at(f: FunctionBuilder, base: string, o: string): FunctionBuilder {
  return f.get(base).get(o).op('i32.add');
}

/** Pushes `base + (index << 2)`. */
function element(f: FunctionBuilder, base: string, index: string): FunctionBuilder {
  return f.get(base).get(index).op('i32.const', 2).op('i32.shl').op('i32.add');
}

/** end = ceil(count / 4) · 16: the bytes of `count` floats padded to whole vectors. */
function paddedBytes(f: FunctionBuilder, count: string, end: string): void {
  f.get(count).op('i32.const', 3).op('i32.add').op('i32.const', -4).op('i32.and');
  f.op('i32.const', 2).op('i32.shl').set(end);
}

function modelStep(
  kind: ModelKind,
  order: ModelOrder,
  mode: CoefficientMode,
  input: InputMode,
): FunctionBuilder {
  const coefficientType = mode === 'u' ? F32 : I32;
  const f = new FunctionBuilder(
    [
      ['v', I32],
      ['i', I32],
      ['x', input === 'a' ? I32 : F32],
      ['list', I32],
      ['n', I32],
      ...COEFFICIENTS.map((c): Param => [c, coefficientType]),
    ],
    [I32],
  );
  for (const name of ['o', 'end', 'count', 'bits', 'idx']) f.local(name, I32);
  for (const name of ['A', 'NB', 'VL', 'VT', 'VR', 'XS']) f.local(name, V128);
  for (const half of [0, 1]) {
    for (const name of ['vk', 'ik', 'xk', 'iJ', 'vs', 'm']) f.local(`${name}${half}`, V128);
  }
  // Vectors of the coefficients: splatted once (uniform) or loaded per vector of neurons.
  const coefficients = (o: string | null, offset: number) => {
    const load = (c: (typeof COEFFICIENTS)[number]) =>
      o === null ? f.get(c).op('f32x4.splat') : at(f, c, o).op('v128.load', offset);
    if (mode === 'u') f.get('b').op('f32.neg').op('f32x4.splat').set('NB');
    else load('b').op('f32x4.neg').set('NB');
    load('a').set('A');
    load('vLeak').set('VL');
    if (kind === 'lif') {
      load('vTh').set('VT');
      load('vReset').set('VR');
    }
  };
  if (input === 's') f.get('x').op('f32x4.splat').set('XS');
  if (mode === 'u') coefficients(null, 0);
  // end = ceil(n / 8) · 32 bytes: eight neurons (two vectors) per iteration.
  f.get('n').op('i32.const', 7).op('i32.add').op('i32.const', -8).op('i32.and');
  f.op('i32.const', 2).op('i32.shl').set('end');
  forBytes(f, 'o', 'end', 32, () => {
    for (const half of [0, 1]) {
      const offset = 16 * half;
      const name = (local: string) => `${local}${half}`;
      if (mode === 'n') coefficients('o', offset);
      at(f, 'v', 'o').op('v128.load', offset).set(name('vk'));
      at(f, 'i', 'o').op('v128.load', offset).set(name('ik'));
      if (input === 'a') at(f, 'x', 'o').op('v128.load', offset).set(name('xk'));
      const xk = input === 'a' ? name('xk') : 'XS';
      // The current the membrane sees: i' = i + x (norse-1.1) or the previous i (norse-0.0.7).
      if (order === '11') f.get(name('ik')).get(xk).op('f32x4.add').set(name('iJ'));
      else f.get(name('ik')).set(name('iJ'));
      // v* = v + a·((vLeak − v) + i')
      f.get(name('vk')).get('A').get('VL').get(name('vk')).op('f32x4.sub');
      f.get(name('iJ')).op('f32x4.add').op('f32x4.mul').op('f32x4.add').set(name('vs'));
      // i = i' + (−b)·i'   (norse-0.0.7: then + x)
      at(f, 'i', 'o');
      f.get(name('iJ')).get('NB').get(name('iJ')).op('f32x4.mul').op('f32x4.add');
      if (order === '007') f.get(xk).op('f32x4.add');
      f.op('v128.store', offset);
      if (kind === 'li') {
        at(f, 'v', 'o').get(name('vs')).op('v128.store', offset);
        continue;
      }
      // z = (v* − vTh) > 0, computed as v* > vTh: in IEEE arithmetic with subnormals, a − b is
      // 0 only when a = b and rounding never changes the sign of a nonzero difference, so the
      // two agree for every pair of floats (NaN: both false). v = z ? vReset : v*.
      f.get(name('vs')).get('VT').op('f32x4.gt').set(name('m'));
      at(f, 'v', 'o').get('VR').get(name('vs')).get(name('m')).op('v128.bitselect');
      f.op('v128.store', offset);
    }
    if (kind === 'lif') appendSpikes(f);
  });
  f.get('count');
  return f;
}

/** Appends the neurons set in masks m0, m1 (neurons o/4 + lane, below n) to the spike list. */
function appendSpikes(f: FunctionBuilder): void {
  f.get('m0').op('i32x4.bitmask').get('m1').op('i32x4.bitmask');
  f.op('i32.const', 4).op('i32.shl').op('i32.or').set('bits');
  f.op('block');
  f.get('bits').op('i32.eqz').op('br_if', 0);
  f.op('loop');
  f.get('o').op('i32.const', 2).op('i32.shr_u').get('bits').op('i32.ctz').op('i32.add').set('idx');
  f.get('idx').get('n').op('i32.lt_u').op('if');
  element(f, 'list', 'count').get('idx').op('i32.store');
  f.get('count').op('i32.const', 1).op('i32.add').set('count');
  f.op('end');
  f.get('bits').get('bits').op('i32.const', 1).op('i32.sub').op('i32.and').tee('bits');
  f.op('br_if', 0).op('end');
  f.op('end');
}

/**
 * Visits presynaptic neurons in ascending order: from a spike list (`spikes`: value 1, so the
 * term is the weight itself, as fround(1·w) = w) or every nonzero value of a generator's output
 * (`values`, read at src + pre·stride).
 */
function forEachPre(f: FunctionBuilder, source: 'spikes' | 'values', body: () => void): void {
  f.local('s', I32);
  f.local('pre', I32);
  if (source === 'values') f.local('val', F32);
  f.op('i32.const', 0).set('s');
  f.op('block').op('loop');
  f.get('s').get('count').op('i32.ge_u').op('br_if', 1);
  if (source === 'spikes') {
    element(f, 'src', 's').op('i32.load').set('pre');
    body();
  } else {
    f.get('s').set('pre');
    f.get('src').get('s').get('stride').op('i32.mul').op('i32.add').op('f32.load').set('val');
    f.get('val').op('f32.const', 0).op('f32.ne').op('if');
    body();
    f.op('end');
  }
  f.get('s').op('i32.const', 1).op('i32.add').set('s');
  f.op('br', 0).op('end').op('end');
}

function sourceParams(source: 'spikes' | 'values'): Param[] {
  return source === 'spikes'
    ? [
        ['src', I32],
        ['count', I32],
      ]
    : [
        ['src', I32],
        ['count', I32],
        ['stride', I32],
      ];
}

/** Pushes the term for the weight on the stack: w (spikes) or fround(val · w) (values). */
function term(f: FunctionBuilder, source: 'spikes' | 'values'): void {
  if (source === 'values') f.get('val').op('f32.mul');
}

/** The sparse kernel's name: spikes or values, one weight or an array, 16- or 32-bit posts. */
export function sparseName(source: 'spikes' | 'values', uniform: boolean, post16: boolean): string {
  return `sparse_${source}${uniform ? '_uw' : ''}${post16 ? '_p16' : ''}`;
}

/**
 * Sparse, column form: for each pre, x[post[e]] += term(w[e]) for e in [colStart[pre],
 * colStart[pre + 1]). With `uniform` weights, w is one value (no weight array to read); with
 * `post16`, post indices are 16-bit (targets of at most 65,536 neurons): less memory to stream.
 */
function sparse(source: 'spikes' | 'values', uniform: boolean, post16: boolean): FunctionBuilder {
  const f = new FunctionBuilder(
    [
      ...sourceParams(source),
      ['colStart', I32],
      ['post', I32],
      ['w', uniform ? F32 : I32],
      ['x', I32],
    ],
    [],
  );
  f.local('e', I32);
  f.local('end', I32);
  f.local('addr', I32);
  forEachPre(f, source, () => {
    element(f, 'colStart', 'pre').op('i32.load').set('e');
    element(f, 'colStart', 'pre').op('i32.load', 4).set('end');
    f.op('block').op('loop');
    f.get('e').get('end').op('i32.ge_u').op('br_if', 1);
    if (post16) {
      f.get('post').get('e').op('i32.const', 1).op('i32.shl').op('i32.add').op('i32.load16_u');
    } else element(f, 'post', 'e').op('i32.load');
    f.op('i32.const', 2).op('i32.shl');
    f.get('x').op('i32.add').tee('addr');
    f.get('addr').op('f32.load');
    if (uniform) f.get('w');
    else element(f, 'w', 'e').op('f32.load');
    term(f, source);
    f.op('f32.add').op('f32.store');
    f.get('e').op('i32.const', 1).op('i32.add').set('e');
    f.op('br', 0).op('end').op('end');
  });
  return f;
}

/** Dense, transposed: for each pre, x[0..rowBytes) += term(wt[pre row]), four posts at a time. */
function dense(source: 'spikes' | 'values'): FunctionBuilder {
  const f = new FunctionBuilder(
    [...sourceParams(source), ['wt', I32], ['rowBytes', I32], ['x', I32]],
    [],
  );
  f.local('row', I32);
  f.local('o', I32);
  forEachPre(f, source, () => {
    f.get('wt').get('pre').get('rowBytes').op('i32.mul').op('i32.add').set('row');
    forBytes(f, 'o', 'rowBytes', 16, () => {
      at(f, 'x', 'o');
      at(f, 'x', 'o').op('v128.load');
      at(f, 'row', 'o').op('v128.load');
      if (source === 'values') f.get('val').op('f32x4.splat').op('f32x4.mul');
      f.op('f32x4.add').op('v128.store');
    });
  });
  return f;
}

/** One-to-one from spikes: x[k] += w[k] for each spiking k. */
function diagonalSpikes(): FunctionBuilder {
  const f = new FunctionBuilder([...sourceParams('spikes'), ['w', I32], ['x', I32]], []);
  f.local('addr', I32);
  forEachPre(f, 'spikes', () => {
    element(f, 'x', 'pre').tee('addr');
    f.get('addr').op('f32.load');
    element(f, 'w', 'pre').op('f32.load');
    f.op('f32.add').op('f32.store');
  });
  return f;
}

/**
 * One-to-one from values, all neurons: x += fround(val · w). Adding fround(0 · w) = ±0 leaves a
 * sum unchanged (a sum that starts at +0 is never −0), so not skipping zeros is still exact.
 */
function diagonalValues(): FunctionBuilder {
  const f = new FunctionBuilder([...sourceParams('values'), ['w', I32], ['x', I32]], []);
  f.local('o', I32);
  f.local('end', I32);
  f.local('V', V128);
  paddedBytes(f, 'count', 'end');
  const loop = (value: () => void) =>
    forBytes(f, 'o', 'end', 16, () => {
      at(f, 'x', 'o');
      at(f, 'x', 'o').op('v128.load');
      value();
      at(f, 'w', 'o').op('v128.load');
      f.op('f32x4.mul').op('f32x4.add').op('v128.store');
    });
  f.get('stride').op('i32.eqz').op('if');
  f.get('src').op('f32.load').op('f32x4.splat').set('V');
  loop(() => f.get('V'));
  f.op('else');
  loop(() => at(f, 'src', 'o').op('v128.load'));
  f.op('end');
  return f;
}

/** Copies a step's spike list to the recording: ev[evCount…] = list, evCount += count. */
function recordSpikes(): FunctionBuilder {
  const f = new FunctionBuilder(
    [
      ['list', I32],
      ['count', I32],
      ['ev', I32],
      ['evCountPtr', I32],
      ['stepCountPtr', I32],
    ],
    [],
  );
  f.local('n', I32);
  f.get('evCountPtr').op('i32.load').set('n');
  element(f, 'ev', 'n').get('list').get('count').op('i32.const', 2).op('i32.shl');
  f.op('memory.copy');
  f.get('evCountPtr').get('n').get('count').op('i32.add').op('i32.store');
  f.get('stepCountPtr').get('count').op('i32.store');
  return f;
}

/** dst[j] = f32 at address index[j], j < count: the probed v and i values of one step. */
function recordValues(): FunctionBuilder {
  const f = new FunctionBuilder(
    [
      ['dst', I32],
      ['index', I32],
      ['count', I32],
    ],
    [],
  );
  f.local('j', I32);
  f.op('i32.const', 0).set('j');
  f.op('block').op('loop');
  f.get('j').get('count').op('i32.ge_u').op('br_if', 1);
  element(f, 'dst', 'j');
  element(f, 'index', 'j').op('i32.load').op('f32.load');
  f.op('f32.store');
  f.get('j').op('i32.const', 1).op('i32.add').set('j');
  f.op('br', 0).op('end').op('end');
  return f;
}

let built: Map<string, FunctionBuilder> | null = null;

/**
 * Every kernel, by name, in a fixed order (their function indices in the module): a fresh map
 * (callers add the driver) over builders made once per process.
 */
export function kernelFunctions(): Map<string, FunctionBuilder> {
  built ??= buildKernels();
  return new Map(built);
}

function buildKernels(): Map<string, FunctionBuilder> {
  const functions = new Map<string, FunctionBuilder>();
  for (const kind of ['li', 'lif'] as const) {
    for (const order of ['11', '007'] as const) {
      for (const mode of ['u', 'n'] as const) {
        for (const input of ['a', 's'] as const) {
          functions.set(modelName(kind, order, mode, input), modelStep(kind, order, mode, input));
        }
      }
    }
  }
  for (const source of ['spikes', 'values'] as const) {
    for (const uniform of [false, true]) {
      for (const post16 of [false, true]) {
        functions.set(sparseName(source, uniform, post16), sparse(source, uniform, post16));
      }
    }
  }
  functions.set('dense_spikes', dense('spikes'));
  functions.set('dense_values', dense('values'));
  functions.set('diagonal_spikes', diagonalSpikes());
  functions.set('diagonal_values', diagonalValues());
  functions.set('record_spikes', recordSpikes());
  functions.set('record_values', recordValues());
  return functions;
}
