/** The harness worker: lists backends, runs the conformance suite and the benchmark. */
import cubaText from '../../assets/examples/cuba.spikeboard?raw';
import { runBenchmarks } from '../../engine/backends/benchmark';
import { runConformance } from '../../engine/backends/conformance/suite';
import { listBackends } from '../../engine/backends/registry';
import { checkLifBlock, type GpuLike } from '../../engine/backends/wgsl/lifBlock';
import { parseCircuitJson } from '../../engine/schema';
import type { HarnessAnswer, HarnessRequest } from './protocol';

const scope = globalThis as unknown as {
  onmessage: ((event: { data: { id: number; request: HarnessRequest } }) => void) | null;
  postMessage(message: { id: number; answer: HarnessAnswer }): void;
};

async function answer(request: HarnessRequest): Promise<HarnessAnswer> {
  switch (request.kind) {
    case 'list':
      return { kind: 'list', backends: await listBackends() };
    case 'conformance':
      return {
        kind: 'conformance',
        report: await runConformance(request.backend, { ...request, now: () => performance.now() }),
      };
    case 'bench': {
      const lines: string[] = [];
      const cuba = parseCircuitJson(cubaText);
      if (!cuba.ok) throw new Error(`cuba.spikeboard: ${cuba.errors[0]?.message}`);
      const rows = await runBenchmarks({
        quick: request.quick,
        now: () => performance.now(),
        out: (line) => lines.push(line),
        cuba: cuba.document,
      });
      return { kind: 'bench', rows, lines };
    }
    case 'wgsl-check': {
      const gpu = (globalThis as { navigator?: { gpu?: GpuLike } }).navigator?.gpu;
      if (gpu === undefined)
        return { kind: 'wgsl-check', result: null, reason: 'no navigator.gpu' };
      return { kind: 'wgsl-check', result: await checkLifBlock(gpu), reason: '' };
    }
  }
}

scope.onmessage = (event) => {
  const { id, request } = event.data;
  answer(request).then(
    (result) => scope.postMessage({ id, answer: result }),
    (error: unknown) =>
      scope.postMessage({
        id,
        answer: {
          kind: 'error',
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        },
      }),
  );
};
