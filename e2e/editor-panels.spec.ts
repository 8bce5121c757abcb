/**
 * Resizable and collapsible panels: drag the palette's splitter, resize the inspector with the
 * keyboard from its focused splitter, collapse the scopes with their shortcut and the palette
 * with its button (both listed in the `?` overlay), see the canvas refit, and find every size and
 * collapsed panel as it was after a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLifVersusLi, viewSettled } from './openExample';

test.use({ viewport: { width: 1400, height: 1000 } });

async function box(page: Page, testId: string) {
  const b = await page.getByTestId(testId).boundingBox();
  if (b === null) throw new Error(`${testId} is not displayed`);
  return b;
}

/** Every node card lies inside the canvas. */
async function circuitInView(page: Page): Promise<boolean> {
  const canvas = await box(page, 'canvas');
  const cards = await page.locator('.react-flow__node').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, right: r.right, bottom: r.bottom };
    }),
  );
  return cards.every(
    (c) =>
      c.x >= canvas.x - 1 &&
      c.y >= canvas.y - 1 &&
      c.right <= canvas.x + canvas.width + 1 &&
      c.bottom <= canvas.y + canvas.height + 1,
  );
}

test('panels resize by mouse and keyboard, collapse, refit the canvas, and persist', async ({
  page,
}, testInfo) => {
  const errors = await openLifVersusLi(page);
  await page.evaluate(() => localStorage.removeItem('spikeboard.panels.v1'));
  await openLifVersusLi(page); // again, with the default panels

  // Drag the palette's splitter 100 px to the right.
  const palette = await box(page, 'panel-palette');
  const splitter = await box(page, 'splitter-palette');
  await page.mouse.move(splitter.x + splitter.width / 2, splitter.y + 200);
  await page.mouse.down();
  await page.mouse.move(splitter.x + splitter.width / 2 + 50, splitter.y + 200, { steps: 4 });
  await page.mouse.move(splitter.x + splitter.width / 2 + 100, splitter.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect
    .poll(async () => (await box(page, 'panel-palette')).width)
    .toBeCloseTo(palette.width + 100, -1);

  // The inspector's splitter takes focus and the arrow keys: ← twice widens it by 32 px.
  const inspector = await box(page, 'panel-inspector');
  const handle = page.getByTestId('splitter-inspector');
  await handle.focus();
  await expect(handle).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect
    .poll(async () => (await box(page, 'panel-inspector')).width)
    .toBeCloseTo(inspector.width + 32, 0);
  await expect(handle).toHaveAttribute('aria-valuenow', String(Math.round(inspector.width + 32)));

  // The shortcuts are listed in the help overlay.
  await page.locator('body').click({ position: { x: 5, y: 990 } });
  await page.keyboard.press('?');
  const help = page.getByTestId('help-overlay');
  await expect(help).toContainText('Show or hide the palette');
  await expect(help).toContainText('Show or hide the scopes');
  await expect(help.locator('kbd', { hasText: /^Alt\+1$/ })).toHaveCount(1);
  await expect(help.locator('kbd', { hasText: /^Alt\+3$/ })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // Alt+3 collapses the scopes to a rail: the canvas grows taller and the circuit is refitted.
  const canvasBefore = await box(page, 'canvas');
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('panel-dock')).toHaveAttribute('data-collapsed', 'true');
  await expect.poll(async () => (await box(page, 'panel-dock')).height).toBeLessThan(40);
  await expect
    .poll(async () => (await box(page, 'canvas')).height)
    .toBeGreaterThan(canvasBefore.height + 100);
  await expect.poll(() => circuitInView(page)).toBe(true);

  // The palette's button collapses it to a rail; its rail's button brings it back.
  await page.getByTestId('panel-collapse-palette').click();
  await expect(page.getByTestId('panel-expand-palette')).toBeVisible();
  await expect.poll(async () => (await box(page, 'panel-palette')).width).toBeLessThan(40);
  await expect.poll(() => circuitInView(page)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('collapsed.png') });

  // After a reload: palette collapsed, scopes collapsed, inspector 32 px wider.
  await openLifVersusLi(page); // reloads the window
  await expect(page.getByTestId('panel-palette')).toHaveAttribute('data-collapsed', 'true');
  await expect(page.getByTestId('panel-dock')).toHaveAttribute('data-collapsed', 'true');
  expect((await box(page, 'panel-inspector')).width).toBeCloseTo(inspector.width + 32, 0);
  await page.getByTestId('panel-expand-palette').click();
  await expect
    .poll(async () => (await box(page, 'panel-palette')).width)
    .toBeCloseTo(palette.width + 100, -1);
  await page.getByTestId('panel-expand-dock').click();
  await expect(page.getByTestId('panel-dock')).toHaveAttribute('data-collapsed', 'false');
  await expect(page.getByTestId('scope-membrane')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('resized.png') });
  expect(errors).toEqual([]);
});

test('in a 1100×720 window the toolbar keeps to two rows and the minimap gives way', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1100, height: 720 });
  await openLifVersusLi(page);
  const run = await box(page, 'sim-run');
  const present = await box(page, 'presenter-toggle');
  expect(Math.abs(present.y - run.y)).toBeLessThan(run.height);
  const canvas = await box(page, 'canvas');
  expect(canvas.y).toBeLessThan(140); // two rows of tools above it, not four
  expect(await circuitInView(page)).toBe(true);
  // The canvas is too narrow here for the minimap beside the circuit: it would cover cards.
  expect(canvas.width).toBeLessThan(640);
  await expect(page.locator('.react-flow__minimap')).toBeHidden();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
});

test('an example opened from the start screen is framed in the canvas it ends up with', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  // The lesson panel opens beside it and the scopes take their row back: the canvas shrinks
  // after the first fit, and the view follows (no F pressed).
  await page.getByTestId('start-screen').getByTestId('example-lif-versus-li').click();
  await expect(page.getByTestId('start-screen')).toHaveCount(0);
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await expect.poll(() => circuitInView(page)).toBe(true);

  // A view the user moved is theirs: a smaller window does not refit it.
  await page.locator('body').press('+');
  const zoomed = await viewSettled(page);
  await page.setViewportSize({ width: 1300, height: 740 });
  await page.waitForTimeout(300);
  expect(await page.locator('.react-flow__viewport').getAttribute('style')).toBe(zoomed);
});
