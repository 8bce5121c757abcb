/**
 * Opens the LIF-versus-LI example in a fresh window as a user would: the window opens on the
 * start screen, and its "LIF versus LI" card opens the example (which runs by itself). Then
 * fitted (F) so every card is in view. Returns the page errors seen from then on.
 */
import { expect, type Page } from '@playwright/test';

export async function openLifVersusLi(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const start = page.getByTestId('start-screen');
  await expect(start).toBeVisible();
  await start.getByTestId('example-lif-versus-li').click();
  await expect(start).toHaveCount(0);
  await expect(page.getByTestId('file-name')).toHaveText(/^LIF versus LI/);
  await page.evaluate(() => window.__spikeboard?.sim?.idle());
  await expect(page.locator('.react-flow__node[data-id="lif"]')).toBeAttached();
  await page.locator('body').press('f');
  await expect(page.locator('.react-flow__node[data-id="lif"]')).toBeInViewport();
  // F animates the view; the spec's own zooms and clicks come after it has settled.
  await viewSettled(page);
  return errors;
}

/** Waits until the canvas view stops moving (fit and zoom animate); returns its transform. */
export async function viewSettled(page: Page): Promise<string | null> {
  const viewport = page.locator('.react-flow__viewport');
  await expect
    .poll(async () => {
      const before = await viewport.getAttribute('style');
      await page.waitForTimeout(250);
      return before === (await viewport.getAttribute('style'));
    })
    .toBe(true);
  return viewport.getAttribute('style');
}
