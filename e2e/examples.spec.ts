/**
 * Issue 6's examples gallery, in Chromium: every example opens from File › Examples…, runs to
 * the end when Run is pressed, and shows its stated behaviour in the scopes (data read through
 * the test hook, not pixels). The window opens on a start screen with the same cards (and the
 * lessons); an example opened from it runs by itself; opening one over unsaved work asks first.
 */
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_NAMES, type ExampleName } from '../assets/examples/catalog';
import { usePrivateFileSystemPickers } from './filesHelpers';
import { openLifVersusLi } from './openExample';
import {
  collectPageErrors,
  drawnLatest,
  rasterScope,
  shownDocument,
  simState,
  traceScope,
} from './simulationHelpers';

test.use({ viewport: { width: 1400, height: 1000 } });

/** File › Examples… → the card → ▶ Run at full speed until the run finishes. */
async function openAndRun(page: Page, name: ExampleName): Promise<void> {
  await page.getByTestId('file-examples').click();
  const dialog = page.getByTestId('examples-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId(`example-${name}`).click();
  await expect(dialog).toHaveCount(0);
  const opened = await page.evaluate(() => window.__spikeboard!.sim!.editorDocument().name);
  // The networks of thousands of neurons take a few seconds to compile on a busy machine.
  await expect
    .poll(async () => (await shownDocument(page).catch(() => null))?.name, { timeout: 60_000 })
    .toBe(opened);
  await page.getByLabel('speed').selectOption('max');
  await page.getByTestId('sim-run').click();
  // The example already ran by itself (instant mode), so Run restarts it live: reset, then run.
  // Until the worker answers the reset the status bar still says the instant run "finished";
  // idle() resolves once the controller has reset and the worker reports the live run started,
  // so the "finished" awaited after it is the live run's own.
  await page.evaluate(() => window.__spikeboard!.sim!.idle());
  expect((await simState(page)).mode).toBe('live');
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'finished', {
    timeout: 45_000,
  });
  await drawnLatest(page);
}

/** Steps where a probed LIF trace shows a spike: v at vReset = 0 right after v was high. */
function resets(values: readonly number[], high = 0.3): number[] {
  return values.flatMap((v, k) => (k > 0 && v === 0 && values[k - 1]! > high ? [k] : []));
}

async function traces(page: Page, scopeId = 'membrane') {
  const data = await traceScope(page, scopeId);
  expect(data.decimated, 'raw samples, not min/max columns').toBe(false);
  return data.series.filter((s) => s.kind === 'trace');
}

const spikes = async (page: Page, probeId: string) =>
  (await rasterScope(page, `raster-${probeId}`)).spikesInView;

const CHECKS: Record<ExampleName, (page: Page) => Promise<void>> = {
  'li-two-spikes': async (page) => {
    const data = await traceScope(page, 'membrane');
    expect(data.markersMs).toEqual([20, 100]);
    const [li] = await traces(page);
    expect(Math.max(...li!.values)).toBeGreaterThan(0.25);
    expect(li!.values).toHaveLength(1000);
  },
  'lif-versus-li': async (page) => {
    expect(await spikes(page, 'probe-spikes-lif')).toBe(1);
    const lif = (await traces(page)).find((s) => s.targetKind === 'lif')!;
    expect(resets(lif.values)).toHaveLength(1);
  },
  'coincidence-detection': async (page) => {
    // Pairs 0 and 3 ms apart fire; 8, 15 and 40 ms apart do not.
    expect(await spikes(page, 'probe-spikes-detector')).toBe(2);
    const detector = (await traces(page)).find((s) => s.targetKind === 'lif')!;
    expect(resets(detector.values).map((k) => Math.floor((k - 100) / 200))).toEqual([0, 1]);
  },
  'excitation-inhibition': async (page) => {
    const [excited, shunted] = await traces(page);
    expect(resets(excited!.values)).toHaveLength(3);
    const vetoed = resets(shunted!.values);
    expect(vetoed).toHaveLength(2);
    expect(vetoed.some((k) => k >= 400 && k < 450)).toBe(false);
    expect(Math.max(...shunted!.values.slice(400, 450))).toBeLessThan(0.4);
    expect(await spikes(page, 'probe-spikes-shunted')).toBe(2);
  },
  'half-centre-oscillator': async (page) => {
    const [left, right] = await traces(page);
    const events = [
      ...resets(left!.values, 0.5).map((k) => [k, 'L'] as const),
      ...resets(right!.values, 0.5).map((k) => [k, 'R'] as const),
    ].sort((a, b) => a[0] - b[0]);
    const runs: string[] = [];
    for (const [, side] of events) if (runs[runs.length - 1] !== side) runs.push(side);
    expect(runs.join('')).toMatch(/^(LR){2,}L?$/);
    expect(events.length).toBeGreaterThan(40);
  },
  'winner-take-all': async (page) => {
    // Rates once the winner has emerged (after the first 200 ms), from the rate traces.
    const lateRate = async (probeId: string) => {
      const raster = await rasterScope(page, `raster-${probeId}`);
      const late = raster.rateHz.filter((_, k) => raster.rateTimeMs[k]! >= 200);
      return late.reduce((a, b) => a + b, 0) / late.length;
    };
    const [r1, r2, r3] = [
      await lateRate('probe-spikes-1'),
      await lateRate('probe-spikes-2'),
      await lateRate('probe-spikes-3'),
    ];
    expect(r3).toBeGreaterThan(10);
    expect(r3).toBeGreaterThan(2.5 * r2);
    expect(r3).toBeGreaterThan(5 * r1);
  },
  'synfire-chain': async (page) => {
    const series = await traces(page);
    expect(series).toHaveLength(6);
    const firsts = series.map((s) => resets(s.values));
    for (const f of firsts) expect(f).toHaveLength(1);
    const steps = firsts.map((f) => f[0]!);
    // The delay of 5 steps plus 2 steps to threshold per link.
    for (let k = 1; k < steps.length; k++) expect(steps[k]! - steps[k - 1]!).toBe(7);
    expect(await spikes(page, 'probe-spikes-last')).toBe(10);
  },
  'poisson-population': async (page) => {
    const raster = await rasterScope(page, 'raster-probe-spikes');
    expect(raster.neuronCount).toBe(1000);
    const expectedHz = 1000 / (10 * Math.log(1.2 / 0.2));
    expect(Math.abs(raster.spikesInView / 1000 / expectedHz - 1)).toBeLessThan(0.1);
    // The rate trace under the raster says the same once the start transient is over.
    const late = raster.rateHz.filter((_, k) => raster.rateTimeMs[k]! >= 200);
    const meanHz = late.reduce((a, b) => a + b, 0) / late.length;
    expect(Math.abs(meanHz / expectedHz - 1)).toBeLessThan(0.15);
  },
  'balanced-network': async (page) => {
    const raster = await rasterScope(page, 'raster-probe-spikes-exc');
    expect(raster.neuronCount).toBe(4000);
    const rateHz = raster.spikesInView / 4000;
    expect(rateHz).toBeGreaterThan(5);
    expect(rateHz).toBeLessThan(30);
    // Asynchronous: after the start, the population rate stays near its mean.
    const late = raster.rateHz.filter((_, k) => raster.rateTimeMs[k]! >= 200);
    const mean = late.reduce((a, b) => a + b, 0) / late.length;
    expect(Math.max(...late)).toBeLessThan(3 * mean);
  },
  cuba: async (page) => {
    const rateHz = (await spikes(page, 'raster-exc')) / 3200;
    expect(rateHz).toBeGreaterThan(8);
    expect(rateHz).toBeLessThan(25);
  },
};

for (const name of EXAMPLE_NAMES) {
  test(`example ${name} opens from File › Examples…, runs and shows its behaviour`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors = collectPageErrors(page);
    await page.goto('/');
    await expect(page.getByTestId('start-screen')).toBeVisible();
    await openAndRun(page, name);
    const document = await shownDocument(page);
    await expect(page.getByTestId('file-name')).toHaveText(document.name);
    await CHECKS[name](page);
    expect(errors).toEqual([]);
  });
}

test('the window opens on the start screen; an example opens from it and runs by itself', async ({
  page,
}, testInfo) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  const start = page.getByTestId('start-screen');
  await expect(start).toBeVisible();
  await expect(start.getByRole('button', { name: 'New empty circuit' })).toBeVisible();
  const cards = start.getByTestId('example-cards').getByRole('button');
  await expect(cards).toHaveCount(EXAMPLE_NAMES.length);
  await expect(cards.first()).toContainText('LI fed with two spikes');
  await expect(cards.nth(1)).toContainText('LIF versus LI');
  // A card shows three lines of its description; hovering it shows the whole of it.
  const line = await cards.nth(1).locator('.example-card__line').textContent();
  await expect(cards.nth(1)).toHaveAttribute('title', line!);
  const lessons = start.getByTestId('lessons-cards').getByRole('button');
  await expect(lessons).toHaveCount(1);
  await expect(start.getByTestId('lesson-first-spike')).toContainText('Lesson: the first spike');
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await testInfo.attach(`start-screen-${theme}`, {
      body: await page.screenshot({ path: testInfo.outputPath(`start-screen-${theme}.png`) }),
      contentType: 'image/png',
    });
  }

  // Keyboard: Tab into the grid, arrows move, Enter opens.
  await cards.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(cards.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(start).toHaveCount(0);
  await expect(page.getByTestId('file-name')).toHaveText(/LIF versus LI/);
  // It ran by itself, no Run pressed: the whole run, the LIF spiked once.
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'finished');
  await drawnLatest(page);
  expect(await spikes(page, 'probe-spikes-lif')).toBe(1);

  // File › New gives the start screen again; "New empty circuit" leaves an empty canvas.
  await page.getByTestId('file-new').click();
  await expect(start).toBeVisible();
  await page.getByTestId('start-new').click();
  await expect(page.getByTestId('start-screen')).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('in live mode an opened example runs by itself too', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('start-screen')).toBeVisible();
  await page.locator('.sim-bar__mode', { hasText: 'Live' }).click();
  await expect(page.getByRole('radio', { name: 'Live' })).toBeChecked();
  await page.getByLabel('speed').selectOption('max');
  await page.getByTestId('example-li-two-spikes').click();
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-phase', 'finished');
  expect(await page.evaluate(() => window.__spikeboard!.sim!.state().mode)).toBe('live');
  await drawnLatest(page);
  const [li] = await traces(page);
  expect(li!.values).toHaveLength(1000);
});

test('opening an example over unsaved work asks first; Cancel keeps the work', async ({
  page,
}, testInfo) => {
  await openLifVersusLi(page);
  await page.getByTestId('palette-lif').dblclick();
  await expect(page.getByTestId('file-dirty')).toBeVisible();
  const nodes = await page.locator('.react-flow__node').count();

  await page.getByTestId('file-examples').click();
  const dialog = page.getByTestId('examples-dialog');
  await expect(dialog).toBeVisible();
  // The hint says what follows: the title bar shows the example's name, Save asks for a file.
  await expect(
    dialog.getByText('Each opens as a new copy: Save asks where to keep it.'),
  ).toBeVisible();
  // The first card has the focus; arrow keys move it and never reach the canvas behind.
  await expect(dialog.getByTestId('example-li-two-spikes')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByTestId('example-li-two-spikes')).not.toBeFocused();
  expect(
    await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''),
  ).toMatch(/^example-/);
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await testInfo.attach(`gallery-${theme}`, {
      body: await page.screenshot({ path: testInfo.outputPath(`gallery-${theme}.png`) }),
      contentType: 'image/png',
    });
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes);

  await page.getByTestId('file-examples').click();
  await page.getByTestId('example-synfire-chain').click();
  const question = page.getByTestId('unsaved-dialog');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes);
  await expect(page.getByTestId('file-dirty')).toBeVisible();

  await page.getByTestId('file-examples').click();
  await page.getByTestId('example-synfire-chain').click();
  await question.getByRole('button', { name: 'Don’t save' }).click();
  await expect(page.getByTestId('file-name')).toHaveText('A synfire chain');
  await expect(page.getByTestId('file-dirty')).toHaveCount(0);
  // A pulse, six groups and seven probes.
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
});

test('the start screen lists recent files and opens one', async ({ page }) => {
  await usePrivateFileSystemPickers(page);
  await openLifVersusLi(page);
  await page.evaluate(
    () => ((window as unknown as Record<string, unknown>).__pickName = 'lab.spikeboard'),
  );
  await page.getByTestId('file-save-as').click();
  await expect(page.getByTestId('file-name')).toHaveText('lab.spikeboard');
  await page.getByTestId('file-new').click();
  const recent = page.getByTestId('start-recent');
  await expect(recent.getByRole('button', { name: 'lab.spikeboard' })).toBeVisible();
  await recent.getByRole('button', { name: 'lab.spikeboard' }).click();
  await expect(page.getByTestId('file-name')).toHaveText('lab.spikeboard');
  await expect(page.getByTestId('start-screen')).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
});
