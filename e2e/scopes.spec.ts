/**
 * The oscilloscope panes as a user handles them: zoom and pan frozen data, read values under
 * the cursor, fixed or automatic y scales, a scrolling window while running, resizing, one pane
 * per probe or overlaid, PNG and CSV export, and a raster of a thousand Poisson neurons with
 * their population rate beneath.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseCircuitJson, serializeCircuit, type CircuitDocument } from '../engine/schema';
import { attach, doc, probe } from '../engine/testdata/circuits';
import {
  drawnLatest,
  openDocument,
  rasterScope,
  referenceTraces,
  shownDocument,
  traceScope,
} from './simulationHelpers';
import { node } from './editorHelpers';
import { openLifVersusLi } from './openExample';

test.use({ viewport: { width: 1400, height: 1000 } });

async function ready(page: Page): Promise<void> {
  await openLifVersusLi(page);
  await expect(page.getByTestId('scope-membrane')).toHaveAttribute('data-state', 'complete');
  await drawnLatest(page);
  await page.getByTestId('scope-membrane').scrollIntoViewIfNeeded();
}

async function plotArea(page: Page, id = 'membrane') {
  const box = await page.locator(`[data-testid="scope-${id}"] .u-over`).boundingBox();
  if (box === null) throw new Error(`pane ${id} has no plotting area`);
  return box;
}

test('frozen data: drag zooms, the wheel zooms, Shift+drag pans, double-click fits', async ({
  page,
}) => {
  await ready(page);
  const area = await plotArea(page);
  const y = area.y + area.height / 2;
  // Drag from 20% to 40% of the plot: about 200 ms to 400 ms of the 1000 ms run.
  await page.mouse.move(area.x + area.width * 0.2, y);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width * 0.4, y, { steps: 5 });
  await page.mouse.up();
  await expect
    .poll(async () => (await traceScope(page)).xRange[1] - (await traceScope(page)).xRange[0])
    .toBeLessThan(250);
  let data = await traceScope(page);
  expect(data.xRange[0]).toBeGreaterThan(150);
  expect(data.xRange[1]).toBeLessThan(450);
  // Zoomed in, the pane holds every sample of the range, none decimated.
  expect(data.decimated).toBe(false);
  expect(data.xMs[0]).toBeGreaterThanOrEqual(data.xRange[0]);

  const zoomedWidth = data.xRange[1] - data.xRange[0];
  await page.mouse.move(area.x + area.width / 2, y);
  await page.mouse.wheel(0, -200);
  await expect
    .poll(async () => {
      const r = (await traceScope(page)).xRange;
      return r[1] - r[0];
    })
    .toBeLessThan(zoomedWidth);

  data = await traceScope(page);
  const beforePan = data.xRange[0];
  await page.keyboard.down('Shift');
  await page.mouse.move(area.x + area.width * 0.6, y);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width * 0.3, y, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect.poll(async () => (await traceScope(page)).xRange[0]).toBeGreaterThan(beforePan);

  await page.mouse.dblclick(area.x + area.width / 2, y);
  await expect.poll(async () => (await traceScope(page)).xRange).toEqual([0, 1000]);
});

test('the cursor reads out time and value; y scales fixed or automatic', async ({ page }) => {
  await ready(page);
  const area = await plotArea(page);
  await page.mouse.move(area.x + area.width * 0.25, area.y + area.height / 2);
  const readout = page.getByTestId('readout-membrane');
  await expect(readout).toContainText(/t = \d+ ms/);
  await expect(readout).toContainText(/v · LIF · neuron 0 = -?\d/);
  const text = (await readout.textContent())!;
  const timeMs = Number(/t = (\d+) ms/.exec(text)![1]);
  const value = Number(/v · LIF · neuron 0 = (\S+)/.exec(text)![1]);
  const reference = referenceTraces(await shownDocument(page), 1000);
  const lif = reference.probes.find((p) => p.targetId === 'lif' && p.variable === 'v')!;
  expect(value).toBeCloseTo(lif.values![0]![timeMs]!, 5);

  const auto = (await traceScope(page)).yRange;
  expect(auto[0]).toBeLessThan(0);
  expect(auto[1]).toBeGreaterThan(0.8);
  await page.getByLabel('y scale').first().selectOption('fixed');
  await page.getByLabel('y min').fill('-1');
  await page.getByLabel('y max').fill('2');
  await expect.poll(async () => (await traceScope(page)).yRange).toEqual([-1, 2]);
  await page.getByLabel('y scale').first().selectOption('auto');
  await expect.poll(async () => (await traceScope(page)).yRange).toEqual(auto);
});

test('a live run scrolls in a window of the chosen length', async ({ page }) => {
  await ready(page);
  await page.getByTestId('window-length').selectOption('100');
  // ×0.1: the 1000 ms run lasts 10 s, so Pause comes before its end on a busy machine.
  await page.getByLabel('speed').selectOption('0.1');
  await page.getByTestId('sim-run').click();
  await expect
    .poll(async () => (await traceScope(page)).xRange[0], { timeout: 20_000 })
    .toBeGreaterThan(150);
  const data = await traceScope(page);
  expect(data.xRange[1] - data.xRange[0]).toBeCloseTo(100, 9);
  expect(data.xMs.at(-1)! - data.xMs[0]!).toBeLessThanOrEqual(100);
  // While it follows, the pane scrolls its picture and draws only the newest columns: at any
  // moment that picture equals the same frame drawn from scratch, to the pixel. The strip is
  // painted in the strip worker (OffscreenCanvas), and read back from it for the comparison.
  const scrolled: number[] = [];
  for (let check = 0; check < 3; check++) {
    await page.waitForTimeout(300);
    const strip = await page.evaluate(() => window.__spikeboard!.stripCheck());
    expect(strip?.following).toBe(true);
    expect(strip?.painter).toBe('worker');
    expect(strip?.differingPixels, JSON.stringify(strip)).toBe(0);
    scrolled.push(strip?.scrolledFrames ?? 0);
  }
  // Mostly scrolled frames (a change of the value range draws the strip whole once).
  expect(Math.max(...scrolled)).toBeGreaterThan(0);
  // Input spikes edited while it runs (markers every 10 ms): the circuit reloads and the run goes
  // on from 0 ms with them; the scrolled picture stays exact.
  await node(page, 'input').click();
  const times = Array.from({ length: 90 }, (_, k) => 100 + 10 * k).join(', ');
  await page.getByTestId('field-spikeTimesMs').fill(times);
  await page.getByTestId('field-spikeTimesMs').press('Control+Enter');
  await expect.poll(async () => (await traceScope(page)).markersDrawnMs.length).toBeGreaterThan(5);
  const edited = await page.evaluate(() => window.__spikeboard!.stripCheck());
  expect(edited?.following).toBe(true);
  expect(edited?.differingPixels, JSON.stringify(edited)).toBe(0);
  await page.getByTestId('sim-pause').click();
  await expect
    .poll(async () => (await page.evaluate(() => window.__spikeboard!.stripCheck()))?.following)
    .toBe(false);
});

test('panes resize, and split into one pane per probe', async ({ page }) => {
  await ready(page);
  const canvas = page.locator('[data-testid="scope-membrane"] canvas').first();
  const before = (await canvas.boundingBox())!.height;
  const handle = page.getByTestId('resize-membrane');
  await handle.scrollIntoViewIfNeeded();
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 3);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 123, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await canvas.boundingBox())!.height).toBeGreaterThan(before + 100);

  // The height is the document's now: one undo step, saved with the file, restored on opening.
  const editor = () => page.evaluate(() => window.__spikeboard!.editor!.document());
  const membrane = (d: CircuitDocument) => d.scopes?.find((pane) => pane.id === 'membrane');
  const written = membrane(await editor());
  expect(written?.heightPx).toBeGreaterThanOrEqual(340);
  expect(written?.probes).toEqual(['probe-v-lif', 'probe-v-li']);
  const history = await page.evaluate(() => window.__spikeboard!.editor!.history());
  expect(history.undo.at(-1)).toBe('Resize scope “Membrane potential v”');
  await page.locator('body').press('Control+z');
  await expect.poll(async () => membrane(await editor())?.heightPx).toBe(240);
  await expect.poll(async () => (await canvas.boundingBox())!.height).toBeLessThan(before + 20);
  await page.locator('body').press('Control+Shift+z');
  await expect.poll(async () => membrane(await editor())?.heightPx).toBe(written!.heightPx);
  const saved = serializeCircuit(await editor());
  await openLifVersusLi(page);
  await expect(page.getByTestId('scope-membrane')).toHaveAttribute('data-state', 'complete');
  const reopened = parseCircuitJson(saved);
  if (!reopened.ok) throw new Error('the saved file does not parse');
  await openDocument(page, reopened.document);
  await expect
    .poll(
      async () => (await page.locator('[data-pane="membrane"] .pane__body').boundingBox())!.height,
    )
    .toBe(written!.heightPx);

  await page.getByTestId('split-panes').check();
  await expect(page.getByTestId('scope-probe-probe-v-lif')).toBeVisible();
  await expect(page.getByTestId('scope-probe-probe-v-li')).toBeVisible();
  await drawnLatest(page);
  const lifOnly = await traceScope(page, 'probe-probe-v-lif');
  expect(lifOnly.series.filter((s) => s.kind === 'trace').map((s) => s.label)).toEqual([
    'v · LIF · neuron 0',
  ]);
});

test('exports a pane as CSV (exact values) and as PNG', async ({ page }) => {
  await ready(page);
  const pane = page.locator('[data-pane="membrane"]');
  const title = (await pane.locator('.pane__title').textContent())!;
  const stem = title.toLowerCase().replaceAll(' ', '-');
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    pane.getByRole('button', { name: 'CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe(`${stem}.csv`);
  const csv = readFileSync((await csvDownload.path())!, 'utf8')
    .trim()
    .split('\n');
  expect(csv[0]).toBe('time_ms,v · LI · neuron 0,v · LIF · neuron 0');
  expect(csv).toHaveLength(1001);
  const reference = referenceTraces(await shownDocument(page), 1000);
  const li = reference.probes.find((p) => p.targetId === 'li')!.values![0]!;
  const lif = reference.probes.find((p) => p.targetId === 'lif' && p.variable === 'v')!.values![0]!;
  for (const step of [0, 20, 21, 159, 160, 500, 999]) {
    expect(csv[step + 1]).toBe(`${step},${li[step]},${lif[step]}`);
  }

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    pane.getByRole('button', { name: 'PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe(`${stem}.png`);
  const png = readFileSync((await pngDownload.path())!);
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(300); // width from the IHDR chunk
});

function poissonThousand(): CircuitDocument {
  const source: CircuitDocument['nodes'][number] = {
    id: 'noise',
    label: 'Poisson 20 Hz',
    position: { x: 0, y: 0 },
    kind: 'poisson',
    size: 1000,
    rateHz: 20,
    seed: 7,
  };
  return {
    ...doc([source, probe('pz', 'spikes')], [attach('a', 'noise', 'pz')], { durationMs: 1000 }),
    name: 'Thousand Poisson neurons',
  };
}

test('a raster of a thousand Poisson neurons, with the population rate beneath', async ({
  page,
}, testInfo) => {
  await ready(page);
  await openDocument(page, poissonThousand());
  const pane = page.getByTestId('scope-raster-pz');
  await expect(pane).toHaveAttribute('data-state', 'complete');
  await drawnLatest(page);
  await pane.scrollIntoViewIfNeeded();
  const raster = await rasterScope(page, 'raster-pz');
  const reference = referenceTraces(await shownDocument(page), 1000).probes[0]!.spikeSteps!;
  const total = reference.reduce((n, steps) => n + steps.length, 0);
  expect(raster.neuronCount).toBe(1000);
  expect(raster.spikesInView).toBe(total);
  expect(total).toBeGreaterThan(15_000); // about 20 Hz × 1000 neurons × 1 s
  expect(raster.litPixels).toBeGreaterThan(0);
  expect(raster.litPixels).toBeLessThanOrEqual(
    Math.min(total, raster.rasterWidth * raster.rasterHeight),
  );
  // The rate trace: spikes per bin / (neurons × bin length), about 20 Hz on average.
  const binSteps = raster.binMs;
  const counts = new Array<number>(raster.rateHz.length).fill(0);
  for (const steps of reference) for (const s of steps) counts[Math.floor(s / binSteps)]! += 1;
  raster.rateHz.forEach((hz, k) =>
    expect(hz).toBeCloseTo((counts[k]! * 1000) / (1000 * raster.binMs), 3),
  );
  const mean = raster.rateHz.reduce((a, b) => a + b, 0) / raster.rateHz.length;
  expect(mean).toBeGreaterThan(15);
  expect(mean).toBeLessThan(25);
  // Its CSV: one row per spike, time and neuron, exactly the reference's spikes.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-pane="raster-pz"]').getByRole('button', { name: 'CSV' }).click(),
  ]);
  const rows = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\n');
  expect(rows[0]).toBe('time_ms,neuron');
  const expectedRows = reference
    .flatMap((steps, neuron) => steps.map((step) => [step, neuron] as const))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([step, neuron]) => `${step},${neuron}`);
  expect(rows.slice(1)).toEqual(expectedRows);
  await testInfo.attach('raster', { body: await pane.screenshot(), contentType: 'image/png' });
  await pane.screenshot({ path: testInfo.outputPath('raster.png') });
});

test('dark theme: traces, threshold and input markers in colours that read on the dark pane', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await ready(page);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  const data = await traceScope(page);
  const colors = Object.fromEntries(data.series.map((s) => [s.label, s.color]));
  expect(colors).toMatchObject({
    'v · LIF · neuron 0': '#9775fa',
    'v · LI · neuron 0': '#22b8cf',
  });
  expect(data.series.find((s) => s.kind === 'threshold')?.color).toBe('#868e96');
  expect(data.markerColor).toBe('#ff6b6b');
  // The pane's PNG and CSV buttons are the app's raised buttons, not the browser's grey ones.
  const png = page.locator('[data-pane="membrane"]').getByRole('button', { name: 'PNG' });
  expect(await png.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(38, 43, 49)');
  await testInfo.attach('dark-scopes', {
    body: await page.locator('[data-pane="membrane"]').screenshot(),
    contentType: 'image/png',
  });
});
