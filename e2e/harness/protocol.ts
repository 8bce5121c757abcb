/** Messages between the harness page and its worker (e2e/harness/worker.ts). */
import type { BenchRow } from '../../engine/backends/benchmark';
import type { ConformanceReport } from '../../engine/backends/conformance/suite';
import type { BackendInfo, BackendName } from '../../engine/backends/types';
import type { checkLifBlock } from '../../engine/backends/wgsl/lifBlock';

export type HarnessRequest =
  | { kind: 'list' }
  | { kind: 'conformance'; backend: BackendName; randomCount: number; seed: number }
  | { kind: 'bench'; quick: boolean }
  | { kind: 'wgsl-check' };

export type HarnessAnswer =
  | { kind: 'list'; backends: BackendInfo[] }
  | { kind: 'conformance'; report: ConformanceReport }
  | { kind: 'bench'; rows: BenchRow[]; lines: string[] }
  | {
      kind: 'wgsl-check';
      /** Null where this browser has no WebGPU adapter (the reason is in `reason`). */
      result: Awaited<ReturnType<typeof checkLifBlock>> | null;
      reason: string;
    }
  | { kind: 'error'; message: string };

/** What the page exposes to Playwright as `window.spikeboardHarness`. */
export interface HarnessApi {
  call(request: HarnessRequest): Promise<HarnessAnswer>;
  crossOriginIsolated: boolean;
}
