/**
 * A tiny WebAssembly binary writer: just the instructions the SIMD kernels need, so the module is
 * built from readable TypeScript at run time (no toolchain, no binary blob in the repository).
 * Every float instruction used is an IEEE-754 single-precision operation, rounded to nearest:
 * exactly `Math.fround` after each step, which is what makes the kernels bit-exact.
 */

export const I32 = 0x7f;
export const F32 = 0x7d;
export const V128 = 0x7b;
export type ValType = typeof I32 | typeof F32 | typeof V128;

/** Opcodes by name (one byte, or 0xfd plus a LEB128 for SIMD). */
const OP = {
  block: [0x02],
  loop: [0x03],
  if: [0x04],
  else: [0x05],
  end: [0x0b],
  br: [0x0c],
  br_if: [0x0d],
  return: [0x0f],
  call: [0x10],
  drop: [0x1a],
  'local.get': [0x20],
  'local.set': [0x21],
  'local.tee': [0x22],
  'i32.load': [0x28],
  'f32.load': [0x2a],
  'i32.load16_u': [0x2f],
  'i32.store': [0x36],
  'f32.store': [0x38],
  'i32.const': [0x41],
  'f32.const': [0x43],
  'i32.eqz': [0x45],
  'i32.ne': [0x47],
  'i32.lt_s': [0x48],
  'i32.lt_u': [0x49],
  'i32.ge_u': [0x4f],
  'f32.ne': [0x5c],
  'i32.ctz': [0x68],
  'i32.add': [0x6a],
  'i32.sub': [0x6b],
  'i32.mul': [0x6c],
  'i32.rem_u': [0x70],
  'i32.and': [0x71],
  'i32.or': [0x72],
  'i32.shl': [0x74],
  'i32.shr_u': [0x76],
  'f32.neg': [0x8c],
  'f32.add': [0x92],
  'f32.mul': [0x94],
  'memory.copy': [0xfc, 0x0a, 0x00, 0x00],
  'memory.fill': [0xfc, 0x0b, 0x00],
  'v128.load': [0xfd, 0x00],
  'v128.store': [0xfd, 0x0b],
  'f32x4.splat': [0xfd, 0x13],
  'f32x4.gt': [0xfd, 0x44],
  'v128.bitselect': [0xfd, 0x52],
  'i32x4.bitmask': [0xfd, 0xa4, 0x01],
  'f32x4.neg': [0xfd, 0xe1, 0x01],
  'f32x4.add': [0xfd, 0xe4, 0x01],
  'f32x4.sub': [0xfd, 0xe5, 0x01],
  'f32x4.mul': [0xfd, 0xe6, 0x01],
} as const;
export type OpName = keyof typeof OP;

const MEMORY_OPS = new Set<OpName>([
  'i32.load',
  'i32.load16_u',
  'f32.load',
  'i32.store',
  'f32.store',
  'v128.load',
  'v128.store',
]);
const ALIGN_LOG2: Partial<Record<OpName, number>> = {
  'v128.load': 4,
  'v128.store': 4,
  'i32.load16_u': 1,
};

function uleb(value: number, out: number[]): void {
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
}

function sleb(value: number, out: number[]): void {
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return;
  }
}

/** One function body under construction: locals by name, instructions appended in order. */
export class FunctionBuilder {
  readonly code: number[] = [];
  private readonly locals = new Map<string, number>();
  private readonly extraTypes: ValType[] = [];

  constructor(
    readonly params: readonly [string, ValType][],
    readonly results: readonly ValType[],
  ) {
    params.forEach(([name], k) => this.locals.set(name, k));
  }

  /** Declares a local (beyond the parameters) and returns its name for chaining. */
  local(name: string, type: ValType): string {
    if (this.locals.has(name)) throw new Error(`local ${name} declared twice`);
    this.locals.set(name, this.params.length + this.extraTypes.length);
    this.extraTypes.push(type);
    return name;
  }

  /** Appends an instruction; memory ops take an offset, `*.const` its value, branches a depth. */
  op(name: OpName, immediate?: number): this {
    this.code.push(...OP[name]);
    if (MEMORY_OPS.has(name)) {
      uleb(ALIGN_LOG2[name] ?? 2, this.code);
      uleb(immediate ?? 0, this.code);
    } else if (name === 'i32.const') {
      sleb(immediate ?? 0, this.code);
    } else if (name === 'f32.const') {
      const bytes = new Uint8Array(new Float32Array([immediate ?? 0]).buffer);
      this.code.push(...bytes);
    } else if (name === 'br' || name === 'br_if' || name === 'call') {
      uleb(immediate ?? 0, this.code);
    } else if (name === 'block' || name === 'loop' || name === 'if') {
      this.code.push(0x40);
    }
    return this;
  }

  get(name: string): this {
    return this.localOp('local.get', name);
  }

  set(name: string): this {
    return this.localOp('local.set', name);
  }

  tee(name: string): this {
    return this.localOp('local.tee', name);
  }

  private localOp(op: 'local.get' | 'local.set' | 'local.tee', name: string): this {
    const index = this.locals.get(name);
    if (index === undefined) throw new Error(`unknown local ${name}`);
    this.code.push(...OP[op]);
    uleb(index, this.code);
    return this;
  }

  private encoded: number[] | null = null;

  /** The body as the code section stores it: size, local declarations, code, end (memoised). */
  encode(): number[] {
    this.encoded ??= this.encodeNow();
    return this.encoded;
  }

  private encodeNow(): number[] {
    const body: number[] = [];
    uleb(this.extraTypes.length, body);
    for (const type of this.extraTypes) body.push(1, type);
    body.push(...this.code, ...OP.end);
    const out: number[] = [];
    uleb(body.length, out);
    return out.concat(body);
  }
}

function section(id: number, content: number[]): number[] {
  const out = [id];
  uleb(content.length, out);
  return out.concat(content);
}

function vector(items: number[][]): number[] {
  const out: number[] = [];
  uleb(items.length, out);
  for (const item of items) out.push(...item);
  return out;
}

function name(text: string): number[] {
  const bytes = Array.from(text, (c) => {
    if (c.charCodeAt(0) > 0x7e) throw new Error(`export names are ASCII, got ${text}`);
    return c.charCodeAt(0);
  });
  const out: number[] = [];
  uleb(bytes.length, out);
  return out.concat(bytes);
}

/** A module importing `env.memory` and exporting the given functions by name. */
export function assembleModule(functions: ReadonlyMap<string, FunctionBuilder>): Uint8Array {
  const entries = [...functions.entries()];
  const types = entries.map(([, f]) => {
    const t = [0x60];
    uleb(f.params.length, t);
    for (const [, type] of f.params) t.push(type);
    uleb(f.results.length, t);
    t.push(...f.results);
    return t;
  });
  const memoryImport = [...name('env'), ...name('memory'), 0x02, 0x00, 0x01];
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector(types)),
    ...section(2, vector([memoryImport])),
    ...section(
      3,
      vector(
        entries.map((_, k) => {
          const out: number[] = [];
          uleb(k, out);
          return out;
        }),
      ),
    ),
    ...section(
      7,
      vector(
        entries.map(([exportName], k) => {
          const out = [...name(exportName), 0x00];
          uleb(k, out);
          return out;
        }),
      ),
    ),
    ...section(10, vector(entries.map(([, f]) => f.encode()))),
  ];
  return new Uint8Array(bytes);
}
