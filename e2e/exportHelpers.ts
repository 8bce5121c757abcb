/**
 * Helpers for the presenter-mode and export specs: open an example from File › Examples as a
 * user would, run it live to the end, and read a download's bytes.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Page } from '@playwright/test';
import { simState } from './simulationHelpers';

/** Opens `name` (assets/examples/<name>.spikeboard) from the gallery, runs it to its end. */
export async function openExampleAndRun(page: Page, name: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await page.getByTestId('file-examples').click();
  // Inside the dialog: the start screen behind it shows the same cards.
  await page.getByTestId('examples-dialog').getByTestId(`example-${name}`).click();
  await expect(page.getByTestId('examples-dialog')).toHaveCount(0);
  await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible();
  await page.getByTestId('sim-run').click();
  await expect.poll(async () => (await simState(page)).phase, { timeout: 30_000 }).toBe('finished');
  return errors;
}

/** The scope panes on screen, as the test hook lists them. */
export async function paneIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__spikeboard!.scopeIds());
}

/** Clicks `testId` and returns the file it downloads. */
export async function downloadOf(
  page: Page,
  testId: string,
): Promise<{ name: string; bytes: Buffer }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const done = await download;
  const path = await done.path();
  return { name: done.suggestedFilename(), bytes: await readFile(path) };
}

/** Width and height of a PNG, after checking its signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
