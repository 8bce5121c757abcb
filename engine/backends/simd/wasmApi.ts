/**
 * The few WebAssembly JS-API members this backend uses, typed here because the engine compiles
 * against plain ES2022 (no DOM, no Node types); read from globalThis so a platform without
 * WebAssembly is a clear "unavailable" rather than a ReferenceError.
 */
export interface WasmModule {
  readonly __brand?: 'WasmModule';
}

export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

export interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  /** Compiles off the calling thread (Chromium refuses large synchronous compiles on a page). */
  compile(bytes: Uint8Array): Promise<WasmModule>;
  validate(bytes: Uint8Array): boolean;
  Instance: new (
    module: WasmModule,
    imports: Record<string, Record<string, unknown>>,
  ) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
}

export function wasmApi(): WasmApi | null {
  return (globalThis as { WebAssembly?: WasmApi }).WebAssembly ?? null;
}
