/**
 * Loads gpu.js lazily (importing the registry costs nothing until a gpu.js backend is probed or
 * created) and answers, per mode, whether it runs here and on what: a hardware GPU, or a GPU
 * emulated on the CPU (SwiftShader in headless Chromium, Dawn's fallback adapter), which `auto`
 * must not mistake for a GPU.
 *
 * In Node there is no `navigator.gpu`; the `webgpu` npm package (Dawn) can provide one where its
 * native binary loads (glibc ≥ 2.38 and a GPU driver). Where it cannot, the webgpu backend is
 * unavailable with Dawn's own error as the reason.
 */
import type * as GpuJs from 'gpu.js';

export type GpuMode = 'webasm' | 'cpu' | 'webgl2' | 'webgpu';
export type GpuJsModule = typeof GpuJs;

let module: Promise<GpuJsModule> | null = null;

/** gpu.js itself (the browser build in a bundle, the CommonJS sources in Node). */
export function loadGpuJs(): Promise<GpuJsModule> {
  module ??= import('gpu.js').then((m) => {
    const candidate = m as GpuJsModule & { default?: GpuJsModule };
    return candidate.GPU ? candidate : candidate.default!;
  });
  return module;
}

interface NodeProcess {
  versions?: { node?: string };
}

interface GpuAdapterLike {
  info?: {
    vendor?: string;
    architecture?: string;
    description?: string;
    isFallbackAdapter?: boolean;
  };
  isFallbackAdapter?: boolean;
  requestDevice: (...args: unknown[]) => Promise<unknown>;
}

interface NavigatorLike {
  gpu?: { requestAdapter: () => Promise<GpuAdapterLike | null> };
}

function scopeNavigator(): NavigatorLike | undefined {
  return (globalThis as { navigator?: NavigatorLike }).navigator;
}

let nodeWebgpu: Promise<string | null> | null = null;

/**
 * In Node without `navigator.gpu`, installs Dawn's from the `webgpu` package. Resolves to null
 * on success, or the reason it cannot load here.
 */
export function ensureNodeWebgpu(): Promise<string | null> {
  const isNode = Boolean((globalThis as { process?: NodeProcess }).process?.versions?.node);
  if (!isNode || scopeNavigator()?.gpu) return Promise.resolve(null);
  nodeWebgpu ??= (async () => {
    try {
      // A variable specifier: bundlers must not pull a native Node module into the browser build.
      const specifier = 'webgpu';
      const dawn = (await import(/* @vite-ignore */ specifier)) as {
        create: (flags: string[]) => NavigatorLike['gpu'];
        globals: Record<string, unknown>;
      };
      Object.assign(globalThis, dawn.globals);
      const gpu = dawn.create([])!;
      // Dawn's binding rejects a plain function assigned to device.onuncapturederror, which
      // gpu.js does: let that one assignment through as an event listener.
      const requestAdapter = gpu.requestAdapter.bind(gpu);
      gpu.requestAdapter = async () => {
        const adapter = await requestAdapter();
        if (!adapter) return adapter;
        const requestDevice = adapter.requestDevice.bind(adapter);
        adapter.requestDevice = async (...args: unknown[]) => {
          const device = (await requestDevice(...args)) as Record<string, unknown>;
          return new Proxy(device, {
            set(target, key, value) {
              if (key === 'onuncapturederror') {
                (
                  target as { addEventListener?: (t: string, f: unknown) => void }
                ).addEventListener?.('uncapturederror', value);
                return true;
              }
              return Reflect.set(target, key, value);
            },
          });
        };
        return adapter;
      };
      const nav = scopeNavigator();
      if (nav) Object.defineProperty(nav, 'gpu', { value: gpu, configurable: true });
      else (globalThis as { navigator?: NavigatorLike }).navigator = { gpu };
      return null;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return `the webgpu package (Dawn) cannot load in this Node: ${message.split('\n')[0]}`;
    }
  })();
  return nodeWebgpu;
}

/** Whether a WebGPU adapter is software (Dawn's fallback adapter, SwiftShader). */
export async function webgpuDevice(): Promise<'gpu' | 'emulated-gpu' | null> {
  const adapter = await scopeNavigator()?.gpu?.requestAdapter();
  if (!adapter) return null;
  const info = adapter.info ?? {};
  const text = `${info.vendor ?? ''} ${info.architecture ?? ''} ${info.description ?? ''}`;
  const software =
    info.isFallbackAdapter === true ||
    adapter.isFallbackAdapter === true ||
    /swiftshader|llvmpipe|lavapipe|software|microsoft basic/i.test(text);
  return software ? 'emulated-gpu' : 'gpu';
}

interface GlLike {
  getExtension(name: string): unknown;
  getParameter(p: number): unknown;
  RENDERER: number;
}

/** The WebGL2 renderer, or null where WebGL2 cannot be created here. */
export function webgl2Renderer(): string | null {
  const scope = globalThis as {
    OffscreenCanvas?: new (w: number, h: number) => { getContext(kind: string): GlLike | null };
  };
  if (!scope.OffscreenCanvas) return null;
  const gl = new scope.OffscreenCanvas(1, 1).getContext('webgl2');
  if (!gl) return null;
  const debug = gl.getExtension('WEBGL_debug_renderer_info') as {
    UNMASKED_RENDERER_WEBGL: number;
  } | null;
  return String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|software|microsoft basic/i.test(renderer);
}
