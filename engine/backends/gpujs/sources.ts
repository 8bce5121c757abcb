/**
 * gpu.js kernel sources, one output value per thread, written as text so each variant is built
 * from the plan (uniform or per-neuron coefficients, dense or sparse weights, where the source's
 * value comes from). gpu.js transpiles the same text to WGSL (webgpu), GLSL (webgl2), WebAssembly
 * (webasm) and JavaScript (cpu).
 *
 * State of a population of n neurons is one array of 3n values: [v | i | z], z the spike (0/1)
 * of the step. A model kernel computes the new state from the previous one and the input x; each
 * thread recomputes the cheap step and keeps the one value it owns. The operation order is the
 * reference's (engine/models/li.ts, lif.ts); only the GPU's own rounding can differ.
 */

export type Coefficient = 'a' | 'b' | 'vLeak' | 'vTh' | 'vReset';

/**
 * How arithmetic rounds. `float32`: the target computes in float32 already (WGSL, GLSL, wasm
 * f32). `fround`: the target computes in doubles (gpu.js's cpu mode is JavaScript), so every
 * operation is wrapped in Math.fround, which makes it exact.
 */
export type Rounding = 'float32' | 'fround';

/** `a op b`, rounded to float32 where the target would not. */
function arith(rounding: Rounding, a: string, op: '+' | '-' | '*', b: string): string {
  return rounding === 'fround' ? `Math.fround(${a} ${op} ${b})` : `(${a} ${op} ${b})`;
}

/** Reads a coefficient: a constant (uniform population) or a constant array indexed by neuron. */
function coefficient(name: Coefficient, uniform: boolean): string {
  return uniform ? `this.constants.${name}` : `this.constants.${name}[k]`;
}

export function modelSource(options: {
  kind: 'li' | 'lif';
  order: 'norse-1.1' | 'norse-0.0.7';
  uniform: boolean;
  /** x: none (0), an array per neuron, or one value per step from a table (`xs[row]`). */
  input: 'none' | 'array' | 'uniform';
  rounding: Rounding;
}): string {
  const c = (name: Coefficient) => coefficient(name, options.uniform);
  const r = (a: string, op: '+' | '-' | '*', b: string) => arith(options.rounding, a, op, b);
  const args = { none: 'st', array: 'st, x', uniform: 'st, xs, row' }[options.input];
  const input = { none: '0', array: 'x[k]', uniform: 'xs[row]' }[options.input];
  const lines = [
    `function (${args}) {`,
    '  const n = this.constants.n;',
    '  const t = this.thread.x;',
    '  let k = t;',
    '  let part = 0;',
    '  if (t >= n) { k = t - n; part = 1; }',
    '  if (t >= n + n) { k = t - n - n; part = 2; }',
    '  const v = st[k];',
    '  const i = st[n + k];',
    `  const xk = ${input};`,
  ];
  if (options.order === 'norse-1.1') {
    lines.push(
      `  const iJ = ${r('i', '+', 'xk')};`,
      `  const vStar = ${r('v', '+', r(c('a'), '*', r(r(c('vLeak'), '-', 'v'), '+', 'iJ')))};`,
      `  if (part === 1) { return ${r('iJ', '+', r(`(-${c('b')})`, '*', 'iJ'))}; }`,
    );
  } else {
    lines.push(
      `  const vStar = ${r('v', '+', r(c('a'), '*', r(r(c('vLeak'), '-', 'v'), '+', 'i')))};`,
      `  if (part === 1) { return ${r(r('i', '+', r(`(-${c('b')})`, '*', 'i')), '+', 'xk')}; }`,
    );
  }
  if (options.kind === 'li') {
    lines.push('  if (part === 2) { return 0; }', '  return vStar;', '}');
  } else {
    lines.push(
      `  const above = ${r('vStar', '-', c('vTh'))};`,
      '  if (part === 2) { if (above > 0) { return 1; } return 0; }',
      `  if (above > 0) { return ${c('vReset')}; }`,
      '  return vStar;',
      '}',
    );
  }
  return lines.join('\n');
}

/** Where a projection's presynaptic value comes from. */
export type SourceRead =
  /** A population's state handle: z at 2m + pre. */
  | 'state'
  /** A generator table with one value per neuron per row: tab[row·m + pre]. */
  | 'table'
  /** A generator whose neurons all have the same value: tab[row]. */
  | 'uniform-table';

/**
 * x_out[post] = x_in[post] + Σ_pre value(pre)·W[post, pre], presynaptic neurons ascending,
 * zeros skipped (as the reference does). The first projection of a population starts at 0.
 */
export function gatherSource(options: {
  weights: 'dense' | 'sparse';
  read: SourceRead;
  first: boolean;
  rounding: Rounding;
}): string {
  const add = (w: string) =>
    `acc = ${arith(options.rounding, 'acc', '+', arith(options.rounding, 'value', '*', w))};`;
  const args = [
    ...(options.first ? [] : ['xin']),
    'src',
    ...(options.read === 'state' ? [] : ['row']),
  ];
  const value =
    options.read === 'state'
      ? 'src[this.constants.zOffset + pre]'
      : options.read === 'table'
        ? 'src[row * this.constants.m + pre]'
        : 'src[row]';
  const lines = [
    `function (${args.join(', ')}) {`,
    '  const post = this.thread.x;',
    `  let acc = ${options.first ? '0' : 'xin[post]'};`,
  ];
  if (options.weights === 'dense') {
    lines.push(
      '  for (let pre = 0; pre < this.constants.m; pre++) {',
      `    const value = ${value};`,
      `    if (value !== 0) { ${add('this.constants.w[post * this.constants.m + pre]')} }`,
      '  }',
    );
  } else {
    // An integer loop counter from 0: gpu.js's WGSL output applies ++ to a float counter
    // started from an array value, which WGSL rejects ("increment statement can only be
    // applied to an integer scalar").
    lines.push(
      '  const start = this.constants.rowStart[post];',
      '  const count = this.constants.rowStart[post + 1] - start;',
      '  for (let k = 0; k < count; k++) {',
      '    const e = start + k;',
      '    const pre = this.constants.preIndex[e];',
      `    const value = ${value};`,
      `    if (value !== 0) { ${add('this.constants.w[e]')} }`,
      '  }',
    );
  }
  lines.push('  return acc;', '}');
  return lines.join('\n');
}

/** Picks the probed entries out of a state: out[j] = st[index[j]]. */
export const PROBE_SOURCE = [
  'function (st) {',
  '  return st[this.constants.index[this.thread.x]];',
  '}',
].join('\n');
