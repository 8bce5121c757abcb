/**
 * Presenter mode at a projector's 1920×1080: one key switches it on (larger type, handles, edge
 * strokes, legend, taller panes, thicker traces, less chrome) and off again (every size back),
 * the toolbar button does the same, the help lists the key, and it lasts for the session. The
 * screenshot it takes is the README's (written there with UPDATE_SCREENSHOTS=1).
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openExampleAndRun, paneIds, pngSize } from './exportHelpers';

interface Sizes {
  rootFontPx: number;
  nodeLabelWeight: number;
  handlePx: number;
  edgeStrokePx: number;
  legendFontPx: number;
  paneBodyPx: number;
  paletteShown: boolean;
  toolsShown: boolean;
  /** Pixels painted in the LIF trace's colour in the membrane pane's canvas. */
  tracePixels: number;
}

async function sizes(page: Page, paneId: string): Promise<Sizes> {
  const traceColor = await page.evaluate((id) => {
    const data = window.__spikeboard!.scopeData(id);
    if (data?.kind !== 'trace') throw new Error(`no trace pane ${id}`);
    return data.series.find((s) => s.targetKind === 'lif')!.color;
  }, paneId);
  return page.evaluate(
    ([id, color]) => {
      const px = (selector: string, property: string) =>
        parseFloat(getComputedStyle(document.querySelector(selector)!).getPropertyValue(property));
      const shown = (selector: string) => {
        const element = document.querySelector(selector);
        return element !== null && getComputedStyle(element).display !== 'none';
      };
      const canvas = document.querySelector<HTMLCanvasElement>(
        `[data-testid="scope-${id}"] canvas`,
      )!;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const rgb = [1, 3, 5].map((k) => parseInt(color.slice(k, k + 2), 16));
      let tracePixels = 0;
      for (let k = 0; k < pixels.length; k += 4) {
        if (pixels[k] === rgb[0] && pixels[k + 1] === rgb[1] && pixels[k + 2] === rgb[2]) {
          tracePixels++;
        }
      }
      return {
        rootFontPx: px('html', 'font-size'),
        nodeLabelWeight: px('.cnode__label', 'font-weight'),
        handlePx: px('.react-flow__handle.handle', 'width'),
        edgeStrokePx: px('.react-flow__edge-path.edge--excitatory', 'stroke-width'),
        legendFontPx: px(`[data-testid="scope-${id}"] .u-legend`, 'font-size'),
        paneBodyPx: px(`[data-pane="${id}"] .pane__body`, 'height'),
        paletteShown: shown('.palette'),
        toolsShown: shown('.editor-tools'),
        tracePixels,
      };
    },
    [paneId, traceColor] as const,
  );
}

/** The first pane that plots the LIF population's membrane potential. */
async function membranePane(page: Page): Promise<string> {
  for (const id of await paneIds(page)) {
    const lif = await page.evaluate((paneId) => {
      const data = window.__spikeboard!.scopeData(paneId);
      return data?.kind === 'trace' && data.series.some((s) => s.targetKind === 'lif');
    }, id);
    if (lif) return id;
  }
  throw new Error('no pane plots the LIF population');
}

/** Waits until the pane has been rebuilt and drawn again after a switch. */
async function settled(page: Page, paneId: string, presenter: boolean): Promise<Sizes> {
  await expect.poll(async () => (await sizes(page, paneId)).rootFontPx).toBe(presenter ? 20 : 15);
  await page.evaluate(async () => {
    const hook = window.__spikeboard!;
    await hook.whenDrawn(hook.sim!.state().documentSeq);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  return sizes(page, paneId);
}

test('one key turns presenter mode on and off at 1920×1080; readable sizes, then all back', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const errors = await openExampleAndRun(page, 'lif-versus-li');
  const paneId = await membranePane(page);
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-presenter', 'on');
  const before = await settled(page, paneId, false);

  await page.keyboard.press('Control+Shift+P');
  await expect(html).toHaveAttribute('data-presenter', 'on');
  const on = await settled(page, paneId, true);
  expect(on.rootFontPx).toBeGreaterThan(before.rootFontPx);
  expect(on.nodeLabelWeight).toBeGreaterThan(before.nodeLabelWeight);
  expect(on.handlePx).toBeGreaterThan(before.handlePx);
  expect(on.edgeStrokePx).toBeCloseTo(2 * before.edgeStrokePx, 5);
  expect(on.legendFontPx).toBeGreaterThan(before.legendFontPx);
  expect(on.paneBodyPx).toBeCloseTo(1.5 * before.paneBodyPx, -1);
  expect(on.tracePixels).toBeGreaterThan(2 * before.tracePixels);
  expect([on.paletteShown, on.toolsShown]).toEqual([false, false]);
  await expect(page.getByTestId('presenter-toggle')).toHaveAttribute('aria-pressed', 'true');

  // The README's screenshot: the LIF-versus-LI example, run, in presenter mode.
  const shot = testInfo.outputPath('presenter-1920x1080.png');
  await page.screenshot({ path: shot });
  expect(pngSize(await readFile(shot))).toEqual({ width: 1920, height: 1080 });
  await testInfo.attach('presenter-1920x1080', { path: shot, contentType: 'image/png' });
  if (process.env.UPDATE_SCREENSHOTS) {
    await page.screenshot({ path: 'assets/screenshots/presenter-1920x1080.png' });
  }

  // The same key turns it off, and every size is what it was.
  await page.keyboard.press('Control+Shift+P');
  await expect(html).not.toHaveAttribute('data-presenter', 'on');
  const off = await settled(page, paneId, false);
  expect({ ...off, tracePixels: 0 }).toEqual({ ...before, tracePixels: 0 });
  expect(off.tracePixels).toBeLessThan(on.tracePixels / 2);

  // The toolbar button switches it too, and it lasts for the session: a reload keeps it.
  await page.getByTestId('presenter-toggle').click();
  await expect(html).toHaveAttribute('data-presenter', 'on');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(html).toHaveAttribute('data-presenter', 'on');
  await expect(page.getByTestId('presenter-toggle')).toHaveText('Exit presenter');
  await page.getByTestId('presenter-toggle').click();
  await expect(html).not.toHaveAttribute('data-presenter', 'on');
  expect(errors).toEqual([]);
});

test("on a 1366×768 projector presenter mode keeps the scope's legend in view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const errors = await openExampleAndRun(page, 'lif-versus-li');
  const paneId = await membranePane(page);
  const before = await settled(page, paneId, false);
  await page.keyboard.press('Control+Shift+P');
  const on = await settled(page, paneId, true);
  // Larger type and thicker traces, but no taller panes: the dock could not hold them.
  expect(on.legendFontPx).toBeGreaterThan(before.legendFontPx);
  expect(on.tracePixels).toBeGreaterThan(before.tracePixels);
  expect(on.paneBodyPx).toBe(before.paneBodyPx);
  const legend = page.locator(`[data-testid="scope-${paneId}"] .u-legend`);
  await expect(legend).toBeInViewport({ ratio: 1 });
  // Names only, and no colon left dangling where the hidden value was.
  await expect(legend).toContainText('v · LIF');
  const after = await legend.evaluate((element) =>
    [...element.querySelectorAll('th')].map((th) => getComputedStyle(th, '::after').content),
  );
  expect(after.length).toBeGreaterThan(0);
  expect(after.every((content) => content === 'none')).toBe(true);
  expect(errors).toEqual([]);
});

test('the keyboard help lists the presenter-mode key', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('file-name')).toBeVisible();
  await page.locator('body').press('?');
  const help = page.getByTestId('help-overlay');
  const row = help.locator('.help__row', { hasText: 'Presenter mode' });
  await expect(row).toContainText('Ctrl+Shift+P');
});
