/**
 * The backend conformance suite in Chromium: the backends a browser offers (WebGL2 and WebGPU,
 * emulated by SwiftShader here; gpu.js's WebAssembly; the exact wasm-simd path the app picks
 * for small circuits) run in a worker of the harness page (e2e/harness) against the exact
 * reference: the golden cases and random circuits, identical spike steps, v and i within each
 * backend's stated tolerance. A backend this Chromium does not offer is skipped with the reason.
 */
import { expect, test, type Page } from '@playwright/test';
import type { HarnessAnswer, HarnessApi, HarnessRequest } from './harness/protocol';

const HARNESS_URL = `http://127.0.0.1:${process.env.SPIKEBOARD_HARNESS_PORT ?? Number(process.env.SPIKEBOARD_E2E_PORT ?? 5317) + 1000}/`;
/** Random circuits per backend; fewer on webgl2, whose shader compiles on SwiftShader take seconds. */
const RANDOM_CIRCUITS = (backend: string) =>
  Number(process.env.SPIKEBOARD_CONFORMANCE_RUNS ?? (backend === 'webgl2' ? 10 : 25));
const BACKENDS = ['webgl2', 'webgpu', 'webasm', 'wasm-simd'] as const;

async function call<K extends HarnessAnswer['kind']>(
  page: Page,
  request: HarnessRequest,
  kind: K,
): Promise<Extract<HarnessAnswer, { kind: K }>> {
  const answer = await page.evaluate(
    (r) => (window as unknown as { spikeboardHarness: HarnessApi }).spikeboardHarness.call(r),
    request,
  );
  if (answer.kind === 'error') throw new Error(`harness: ${answer.message}`);
  expect(answer.kind).toBe(kind);
  return answer as Extract<HarnessAnswer, { kind: K }>;
}

test.describe('backend conformance in Chromium', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(HARNESS_URL);
    await expect(page.locator('body[data-ready="true"]')).toHaveCount(1);
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { spikeboardHarness: HarnessApi }).spikeboardHarness
            .crossOriginIsolated,
      ),
    ).toBe(true);
  });

  for (const backend of BACKENDS) {
    test(`${backend} agrees with the reference`, async ({ page }, testInfo) => {
      test.setTimeout(600_000);
      const { backends } = await call(page, { kind: 'list' }, 'list');
      const info = backends.find((b) => b.name === backend)!;
      test.skip(!info.available, `${backend} is not available in this Chromium: ${info.reason}`);
      testInfo.annotations.push({
        type: 'runs on',
        description: `${info.device}${info.reason ? ` — ${info.reason}` : ''}`,
      });
      const { report } = await call(
        page,
        { kind: 'conformance', backend, randomCount: RANDOM_CIRCUITS(backend), seed: 20261128 },
        'conformance',
      );
      const worst = Math.max(...report.cases.map((c) => c.maxAbsError));
      testInfo.annotations.push({
        type: 'result',
        description: `${report.cases.length} circuits, largest |Δ| ${worst.toExponential(2)} (tolerance ${report.tolerance.maxAbs} + ${report.tolerance.maxRel}·|ref|)`,
      });
      console.log(`${backend} on ${info.device}: ${testInfo.annotations.at(-1)!.description}`);
      for (const c of report.cases) {
        console.log(
          `  ${c.ok ? 'ok ' : 'BAD'} ${c.name} ${c.ms?.toFixed(0)} ms |Δ| ${c.maxAbsError}`,
        );
      }
      expect(report.cases.filter((c) => !c.ok)).toEqual([]);
      expect(report.cases.length).toBeGreaterThanOrEqual(RANDOM_CIRCUITS(backend) + 9);
    });
  }

  // The GPU benchmark's yardstick (`spikeboard bench --gpu`): a hand-written WGSL kernel of the
  // uncoupled LIF circuit, checked here on WebGPU (SwiftShader) so the GPU machine runs it as is.
  test('the hand-written WGSL LIF kernel agrees with the reference', async ({ page }, testInfo) => {
    const { backends } = await call(page, { kind: 'list' }, 'list');
    const webgpu = backends.find((b) => b.name === 'webgpu')!;
    test.skip(!webgpu.available, `WebGPU is not available in this Chromium: ${webgpu.reason}`);
    const { result, reason } = await call(page, { kind: 'wgsl-check' }, 'wgsl-check');
    expect(result, reason).not.toBeNull();
    testInfo.annotations.push({
      type: 'result',
      description: `1024 neurons × 256 steps on ${webgpu.device}: ${result!.spikes} spikes, largest |Δ| ${result!.maxAbsError.toExponential(2)}`,
    });
    console.log(`WGSL LIF kernel: ${testInfo.annotations.at(-1)!.description}`);
    expect(result!.spikeMismatches).toBe(0);
    expect(result!.spikes).toBeGreaterThan(1024 * 10);
    expect(result!.ok).toBe(true);
  });
});
