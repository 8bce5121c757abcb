/**
 * Opens the LIF-versus-LI example in a fresh window, whatever the window starts with (the example
 * or the start screen): the file from assets/examples, opened as File › Open would, then fitted
 * (F) so every card is in view. Returns the page errors seen from then on.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

const EXAMPLE = new URL('../assets/examples/lif-versus-li.spikeboard', import.meta.url);

export async function openLifVersusLi(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await page.waitForFunction(() => window.__spikeboard?.editor !== undefined);
  const problems = await page.evaluate(
    async (text) => {
      const hook = window.__spikeboard!;
      const opened = hook.editor!.open(JSON.parse(text));
      await hook.sim?.idle();
      return opened;
    },
    readFileSync(EXAMPLE, 'utf8'),
  );
  expect(problems).toEqual([]);
  await expect(page.locator('.react-flow__node[data-id="lif"]')).toBeAttached();
  await page.locator('body').press('f');
  await expect(page.locator('.react-flow__node[data-id="lif"]')).toBeInViewport();
  return errors;
}
