/**
 * Issue 4's "Done when", in Chromium: open the LIF-versus-LI circuit, press Run and watch both
 * traces grow and the LIF spike, pause, then drag τmem in instant mode and see the trace follow,
 * the plotted data equal to what the exact reference engine computes for the edited document.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { CircuitDocument } from '../engine/schema';
import { node } from './editorHelpers';
import {
  collectPageErrors,
  drawnLatest,
  expectPlotEqualsReference,
  firstMismatch,
  openDocument,
  rasterScope,
  referenceTraces,
  shownDocument,
  simState,
  traceScope,
} from './simulationHelpers';
import { openLifVersusLi } from './openExample';

interface GoldenCase {
  name: string;
  lif: { v: number[]; spikeSteps: number[] };
  li: { v: number[] };
  params: { vReset: number };
}
const golden = (
  JSON.parse(
    readFileSync(
      new URL('../engine/testdata/golden/norse-0.0.7-notebook.json', import.meta.url),
      'utf8',
    ),
  ) as { cases: GoldenCase[] }
).cases.find((c) => c.name === 'notebook-lif-vs-li')!;

test.use({ viewport: { width: 1400, height: 1000 } });

test('Run streams both traces and the LIF spike, Pause freezes, τmem drags in instant mode', async ({
  page,
}, testInfo) => {
  const errors = collectPageErrors(page);
  await openLifVersusLi(page);
  const plot = page.getByTestId('scope-membrane');
  await expect(plot).toHaveAttribute('data-state', 'complete');
  await plot.scrollIntoViewIfNeeded();

  // ▶ Run: live mode, from t = 0, at a tenth of real time; both traces grow.
  await page.getByLabel('speed').selectOption('0.1');
  await page.getByTestId('sim-run').click();
  await expect(page.getByRole('radio', { name: 'Live' })).toBeChecked();
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'running');
  await expect.poll(async () => (await traceScope(page)).xMs.length).toBeGreaterThan(20);
  const early = await traceScope(page);
  expect(early.xMs.length).toBeLessThan(golden.lif.v.length);
  expect(early.series.filter((s) => s.kind === 'trace')).toHaveLength(2);
  await testInfo.attach('streaming', { body: await page.screenshot(), contentType: 'image/png' });

  // The LIF neuron spikes (at step 159 of the Norse 0.0.7 order): the raster shows its spike and
  // the trace shows vReset at that step.
  const spikeStep = golden.lif.spikeSteps[0]!;
  await expect
    .poll(async () => (await traceScope(page)).xMs.length, { timeout: 10_000 })
    .toBeGreaterThan(spikeStep + 40);
  await expect
    .poll(async () => (await rasterScope(page, 'raster-probe-spikes-lif')).spikesInView)
    .toBe(1);

  // ⏸ Pause freezes the picture.
  await page.getByTestId('sim-pause').click();
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'paused');
  await drawnLatest(page);
  const frozen = await traceScope(page);
  await page.waitForTimeout(400);
  expect((await traceScope(page)).xMs).toEqual(frozen.xMs);
  expect(frozen.xMs.length).toBeLessThan(golden.lif.v.length);
  // What streamed is Norse's trace, bit for bit, up to where it paused.
  const lif = frozen.series.find((s) => s.targetKind === 'lif')!;
  const li = frozen.series.find((s) => s.targetKind === 'li')!;
  expect(firstMismatch(lif.values, golden.lif.v.slice(0, lif.values.length))).toBeNull();
  expect(firstMismatch(li.values, golden.li.v.slice(0, li.values.length))).toBeNull();
  expect(lif.values[spikeStep]).toBe(golden.params.vReset);
  await testInfo.attach('paused', { body: await page.screenshot(), contentType: 'image/png' });

  // Instant mode: the whole run length at once, then every slider step re-simulates it.
  await page.getByText('Instant', { exact: true }).click();
  await expect(plot).toHaveAttribute('data-state', 'complete');
  await drawnLatest(page);
  await node(page, 'lif').locator('.cnode__head').click();
  const slider = page.getByTestId('slider-tauMemMs');
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.05, box.y + box.height / 2);
  await page.mouse.down();
  let previous: number[] | null = null;
  const seen = new Set<number>();
  for (const f of [0.1, 0.2, 0.35, 0.5]) {
    await page.mouse.move(box.x + box.width * f, box.y + box.height / 2, { steps: 2 });
    await drawnLatest(page);
    const data = await traceScope(page);
    const document = await shownDocument(page);
    const editorDoc = await page.evaluate(() => window.__spikeboard!.editor!.document());
    expect(document).toEqual(editorDoc); // the latest edit is the one drawn
    const tau = (document.nodes.find((n) => n.id === 'lif') as { params: { tauMemMs: number } })
      .params.tauMemMs;
    seen.add(tau);
    expect(data.xMs).toHaveLength(1000);
    expectPlotEqualsReference(data, document, (await simState(page)).runLengthMs);
    const lifNow = data.series.find((s) => s.targetKind === 'lif')!.values;
    if (previous !== null) expect(lifNow).not.toEqual(previous); // the trace follows the slider
    previous = lifNow;
  }
  await page.mouse.up();
  expect(seen.size).toBe(4);
  await testInfo.attach('after-drag', { body: await page.screenshot(), contentType: 'image/png' });
  expect(errors).toEqual([]);
});

test('live mode takes a slider step while running, from that step on', async ({ page }) => {
  await openLifVersusLi(page);
  await expect(page.getByTestId('scope-membrane')).toHaveAttribute('data-state', 'complete');
  await page.getByLabel('speed').selectOption('0.1');
  await page.getByTestId('sim-run').click();
  await expect.poll(async () => (await simState(page)).currentStep).toBeGreaterThan(10);
  await node(page, 'lif').locator('.cnode__head').click();
  const field = page.getByTestId('field-tauMemMs');
  await field.fill('20');
  await field.press('Enter');
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'running');
  await page.getByLabel('speed').selectOption('max');
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'finished');
  await drawnLatest(page);
  const data = await traceScope(page);
  expect(data.xMs).toHaveLength(1000);
  // Not the old circuit's trace, and not the new one's from t = 0 either: the change took effect
  // during the run.
  const lif = data.series.find((s) => s.targetKind === 'lif')!.values;
  expect(firstMismatch(lif, golden.lif.v)).not.toBeNull();
  expect(lif.slice(0, 5)).toEqual(golden.lif.v.slice(0, 5));
});

test('runs on the backend the user picks and reports it', async ({ page }) => {
  test.setTimeout(120_000);
  await openLifVersusLi(page);
  await expect(page.getByTestId('scope-membrane')).toHaveAttribute('data-state', 'complete');
  const picker = page.getByTestId('sim-backend');
  const offered = await picker.locator('option').allTextContents();
  expect(offered[0]).toBe('auto');
  for (const name of ['reference', 'webasm']) {
    await picker.selectOption(name);
    await expect(page.getByTestId('status-text')).toContainText(`backend ${name} · `, {
      timeout: 60_000,
    });
    await drawnLatest(page);
    const state = await simState(page);
    expect(state.backend).toBe(name);
    const info = state.backends.find((b) => b.name === name)!;
    const data = await traceScope(page);
    const reference = referenceTraces(await shownDocument(page), 1000);
    for (const trace of data.series.filter((s) => s.kind === 'trace')) {
      const expected = reference.probes.find((p) => p.probeId === trace.probeId)!.values![0]!;
      const worst = trace.values.reduce((m, v, k) => Math.max(m, Math.abs(v - expected[k]!)), 0);
      expect(worst, `${name}: ${trace.label}`).toBeLessThanOrEqual(info.tolerance.maxAbs);
    }
  }
});

test('the status bar clock and the scopes hint follow Run, Pause, Step and Reset', async ({
  page,
}) => {
  await openLifVersusLi(page);
  await expect(page.getByTestId('scope-membrane')).toHaveAttribute('data-state', 'complete');
  const clock = page.getByTestId('status-clock');
  const clockMs = async () => Number((await clock.getAttribute('data-time-ms')) ?? NaN);
  await expect(clock).toHaveText('t = 1000 ms'); // the example's instant run, whole
  await page.getByLabel('speed').selectOption('0.1');
  await page.getByTestId('sim-run').click();
  await expect.poll(clockMs).toBeGreaterThan(20);
  await expect.poll(clockMs).toBeLessThan(1000);
  await expect(page.getByTestId('scope-hint')).toContainText('pause to zoom');
  await page.getByTestId('sim-pause').click();
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'paused');
  await expect(page.getByTestId('scope-hint')).toContainText('drag to zoom');
  const paused = (await simState(page)).currentStep;
  await expect(clock).toHaveText(`t = ${paused} ms`);
  await page.getByTestId('sim-step').click();
  await expect(clock).toHaveText(`t = ${paused + 1} ms`);
  await page.getByTestId('sim-reset').click();
  await expect(clock).toHaveText('t = 0 ms');

  // A live run's figures describe its circuit: another circuit opened is "ready", not "run".
  await page.getByLabel('speed').selectOption('max');
  await page.getByTestId('sim-run').click();
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'finished');
  await expect(page.getByTestId('status-text')).toContainText('1000 ms simulated in');
  const other = JSON.parse(
    readFileSync(new URL('../assets/examples/li-two-spikes.spikeboard', import.meta.url), 'utf8'),
  ) as CircuitDocument;
  await openDocument(page, other);
  await expect(page.getByTestId('status-text')).toHaveText(/^backend \S+ · ready$/);
  await expect(clock).toHaveText('t = 0 ms');
});
