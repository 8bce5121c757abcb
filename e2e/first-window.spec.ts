/**
 * The first window (PRODUCT.md, "First five minutes"): a start screen with New, Open…, and the
 * examples with thumbnails, the seed notebook's two first, then the lessons. Opening "LIF versus
 * LI" runs it in the simulation worker by itself and plots both membrane potentials. The plotted
 * numbers (read through the scope's test hook, not from pixels) must equal the real Norse 0.0.7
 * traces exactly.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_NAMES } from '../assets/examples/catalog';
import type { ScopeSnapshot } from '../renderer/scopes/testHook';
import { openLifVersusLi } from './openExample';

interface GoldenLifVersusLi {
  name: string;
  dtMs: number;
  steps: number;
  params: { vTh: number; vReset: number };
  input: { spikeSteps: number[] };
  lif: { v: number[]; spikeSteps: number[] };
  li: { v: number[] };
}

// Copied from shared/golden (see engine/testdata/golden/README.md); the example uses this order.
const goldenFile = JSON.parse(
  readFileSync(
    new URL('../engine/testdata/golden/norse-0.0.7-notebook.json', import.meta.url),
    'utf8',
  ),
) as { cases: GoldenLifVersusLi[] };
const golden = goldenFile.cases.find((c) => c.name === 'notebook-lif-vs-li');
if (golden === undefined) throw new Error('golden case notebook-lif-vs-li is missing');

/** The window names the open circuit by its document name. */
const exampleName = (
  JSON.parse(
    readFileSync(new URL('../assets/examples/lif-versus-li.spikeboard', import.meta.url), 'utf8'),
  ) as { name: string }
).name;

/** The first step where the traces differ bit for bit (Object.is tells -0 from 0), or null. */
function firstMismatch(actual: number[], expected: number[]): string | null {
  if (actual.length !== expected.length) {
    return `length ${actual.length}, expected ${expected.length}`;
  }
  const step = actual.findIndex((value, k) => !Object.is(value, expected[k]));
  return step < 0 ? null : `step ${step}: ${actual[step]}, expected ${expected[step]}`;
}

async function scopeData(page: Page): Promise<ScopeSnapshot> {
  const data = await page.evaluate(() => window.__spikeboard?.scopeData('membrane') ?? null);
  if (data === null || data.kind !== 'trace')
    throw new Error('the page exposes no scope "membrane"');
  return data;
}

/** Counts the clearly red pixels in one canvas column inside the plotting area. */
async function redPixelsInColumn(page: Page, canvasX: number, top: number, height: number) {
  return page.locator('[data-testid="scope-membrane"] canvas:not(.scope__strip)').evaluate(
    (canvas: HTMLCanvasElement, [x, y0, h]) => {
      const context = canvas.getContext('2d');
      if (context === null) return 0;
      const pixels = context.getImageData(x, y0, 1, h).data;
      let red = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r = 0, g = 0, b = 0] = [pixels[i], pixels[i + 1], pixels[i + 2]];
        if (r > 180 && g < 120 && b < 120) red++;
      }
      return red;
    },
    [canvasX, top, height] as const,
  );
}

test('opens on the start screen; LIF versus LI runs by itself exactly as Norse 0.0.7 computed it', async ({
  page,
}, testInfo) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error')
      pageErrors.push(`${message.text()} (${message.location().url})`);
  });

  await page.goto('/');
  // The start screen: New, Open…, the examples in the catalog's order with their thumbnails
  // (the seed notebook's two first), then the lessons.
  const start = page.getByTestId('start-screen');
  await expect(start).toBeVisible();
  await expect(start.getByTestId('start-new')).toHaveText('New empty circuit');
  await expect(start.getByTestId('start-open')).toHaveText('Open…');
  const cards = start.getByTestId('example-cards').getByRole('button');
  expect(
    await cards.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid'))),
  ).toEqual(EXAMPLE_NAMES.map((name) => `example-${name}`));
  await expect(cards.nth(0)).toContainText('LI fed with two spikes');
  await expect(cards.nth(1)).toContainText('LIF versus LI');
  const thumbnails = start.locator('.example-card__thumbnail');
  await expect(thumbnails).toHaveCount(EXAMPLE_NAMES.length + 1);
  // Every thumbnail decoded to a picture (an SVG of 240 × 150).
  await expect
    .poll(() =>
      thumbnails.evaluateAll((images) => images.map((i) => (i as HTMLImageElement).naturalWidth)),
    )
    .toEqual(new Array<number>(EXAMPLE_NAMES.length + 1).fill(240));
  const lessons = start.getByTestId('lessons-cards').getByRole('button');
  await expect(lessons).toHaveCount(1);
  await expect(lessons.first()).toContainText('Lesson: the first spike');
  if (process.env.UPDATE_SCREENSHOTS) {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.screenshot({ path: 'assets/screenshots/start-screen.png' });
    await page.setViewportSize({ width: 1100, height: 720 });
  }
  const theme = await page.evaluate(() => document.documentElement.dataset.theme ?? '');
  for (const shown of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), shown);
    await testInfo.attach(`start-screen-${shown}`, {
      body: await page.screenshot({ path: testInfo.outputPath(`start-screen-${shown}.png`) }),
      contentType: 'image/png',
    });
  }
  await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);

  // Opening "LIF versus LI" runs it by itself: no Run pressed.
  await cards.nth(1).click();
  await expect(start).toHaveCount(0);
  const plot = page.getByTestId('scope-membrane');
  await expect(plot).toHaveAttribute('data-state', 'complete');
  await expect(plot).toHaveAttribute('data-points', String(golden.steps));
  await expect(page.getByTestId('status-text')).toHaveText(
    /^backend \S+ · 1000 ms simulated in \d+ ms$/,
  );
  // 'auto' chose an exact backend for this small circuit (the data below must be bit-exact).
  const sim = await page.evaluate(() => window.__spikeboard?.sim?.state() ?? null);
  const active = sim?.backends.find((b) => b.name === sim.backend);
  expect(active?.exact, `backend ${sim?.backend}`).toBe(true);
  await expect(page.getByTestId('status-text')).toContainText(`backend ${sim?.backend} · `);
  // The COOP/COEP headers reached the page (gpu.js threads will need them).
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);

  const data = await scopeData(page);
  expect(
    firstMismatch(
      data.xMs,
      golden.lif.v.map((_, k) => k * golden.dtMs),
    ),
  ).toBeNull();

  const traces = data.series.filter((s) => s.kind === 'trace');
  expect(traces.map((s) => s.targetKind).sort()).toEqual(['li', 'lif']);
  const lif = traces.find((s) => s.targetKind === 'lif');
  const li = traces.find((s) => s.targetKind === 'li');
  expect(lif?.label).toBe('v · LIF · neuron 0');
  expect(li?.label).toBe('v · LI · neuron 0');
  expect(firstMismatch(lif?.values ?? [], golden.lif.v)).toBeNull();
  expect(firstMismatch(li?.values ?? [], golden.li.v)).toBeNull();
  // The LIF neuron fires once and shows vReset at its spike step, never a value above vTh.
  const spikeStep = golden.lif.spikeSteps[0] ?? -1;
  expect(lif?.values[spikeStep]).toBe(golden.params.vReset);

  // The threshold: one dashed line at the LIF population's vTh, over the whole run.
  const thresholds = data.series.filter((s) => s.kind === 'threshold');
  expect(thresholds).toHaveLength(1);
  expect(thresholds[0]?.dash?.length ?? 0).toBeGreaterThan(0);
  expect(thresholds[0]?.targetId).toBe(lif?.targetId);
  expect(new Set(thresholds[0]?.values)).toEqual(new Set([golden.params.vTh]));
  expect(thresholds[0]?.values).toHaveLength(golden.steps);

  // The input spikes: red vertical markers at 20, 85 and 150 ms, actually painted.
  const inputMs = golden.input.spikeSteps.map((step) => step * golden.dtMs);
  expect(data.markersMs).toEqual(inputMs);
  expect(data.markersDrawnMs).toEqual(inputMs);
  await expect(plot).toHaveAttribute('data-markers-drawn', String(inputMs.length));
  for (const canvasX of data.markersDrawnCanvasX) {
    const red = await redPixelsInColumn(page, canvasX, data.plotTop, data.plotHeight);
    expect(red, `red pixels in the marker column at canvas x ${canvasX}`).toBeGreaterThan(
      data.plotHeight / 2,
    );
  }

  // The legend names each trace.
  const legend = page.locator('[data-testid="scope-membrane"] .u-legend');
  for (const trace of traces) await expect(legend).toContainText(trace.label);

  const screenshot = await page.screenshot({ fullPage: true });
  await testInfo.attach('first-window', { body: screenshot, contentType: 'image/png' });
  if (process.env.UPDATE_SCREENSHOTS) {
    await page.screenshot({ path: 'assets/screenshots/first-window.png', fullPage: true });
  }
  expect(pageErrors).toEqual([]);
});

test("shows the engine's error in the page instead of a blank window", async ({
  page,
}, testInfo) => {
  // Stand in for the worker with one that refuses every circuit, as a compile failure would.
  await page.route(/simulationWorker[^/]*\.js/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      headers: {
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'Cross-Origin-Opener-Policy': 'same-origin',
      },
      body: `self.onmessage = (e) => self.postMessage({
        kind: 'error', requestId: e.data.requestId, requestKind: e.data.kind,
        error: { name: 'CompileError', message: 'E_ZERO_DELAY_LOOP: the loop A → B → A has delay 0' },
        diagnostics: [{ code: 'E_ZERO_DELAY_LOOP', severity: 'error',
          message: 'give one connection delay ≥ 1 step', nodeIds: ['A', 'B'], edgeIds: [] }],
      });`,
    }),
  );
  await openLifVersusLi(page);
  const failure = page.getByTestId('failure');
  await expect(failure).toBeVisible();
  await expect(failure).toContainText(`${exampleName} cannot be simulated`);
  await expect(failure).toContainText('E_ZERO_DELAY_LOOP: the loop A → B → A has delay 0');
  await expect(failure).toContainText(
    'error E_ZERO_DELAY_LOOP: give one connection delay ≥ 1 step',
  );
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'failed');
  await testInfo.attach('failure', { body: await page.screenshot(), contentType: 'image/png' });
});

test('shows why when the simulation worker cannot start', async ({ page }) => {
  await page.route(/simulationWorker[^/]*\.js/, (route) =>
    route.fulfill({ status: 404, body: '' }),
  );
  // It fails at launch, before any circuit is opened: the start screen's empty one.
  await page.goto('/');
  await expect(page.getByTestId('start-screen')).toBeVisible();
  const failure = page.getByTestId('failure');
  // In the scope dock, which keeps its room beside the start screen to show it.
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('The simulation of Untitled circuit failed');
  await expect(failure).toContainText('the simulation worker failed to start');
});
