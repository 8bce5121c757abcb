/**
 * Project files in the browser build: create a circuit, save it, reload, open it again and get
 * the same circuit — through the File System Access API, and through upload and download where a
 * browser lacks it; every broken fixture file shows its one located message while the open
 * circuit stays untouched; unsaved changes are asked about; a killed tab's work is offered back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  addFromPalette,
  documentOf,
  draftCount,
  expectClean,
  openApp,
  privateFileText,
  usePrivateFileSystemPickers,
  withoutFileSystemAccess,
} from './filesHelpers';

const fixtures = path.join(import.meta.dirname, 'fixtures', 'broken');
const oldFormat = path.join(import.meta.dirname, '..', 'engine', 'schema', 'testdata', 'format-1');

/** The first line each broken file must show (after `Could not open "<name>": `). */
const EXPECTED: Record<string, string> = {
  'dangling-edge.spikeboard':
    '$.edges[0].target: names node "lfi", which does not exist in $.nodes',
  'deep-nesting.spikeboard': '$.notes[0][0]',
  'empty.spikeboard': '$: is not valid JSON (the file is empty)',
  'huge-array.spikeboard':
    '$.nodes[0].spikeTimesMs[0]: has 20000 entries; only lists of numbers may be longer than 10000',
  'infinite-number.spikeboard': '$.nodes[1].params.vTh: must be a finite number, got Infinity',
  'latin1.spikeboard':
    '$: is not UTF-8 text: byte 0xE9 at offset 38 does not begin a valid character; save the file as UTF-8',
  'missing-version.spikeboard':
    '$.formatVersion: is missing: every Spikeboard file names its format (this app reads formats 1 to 2)',
  'negative-tau.spikeboard': '$.nodes[1].params.tauMemMs: must be > 0 ms, got -40',
  'newer-format.spikeboard':
    '$.formatVersion: made by a newer Spikeboard (format 3); this app reads up to 2',
  'not-a-circuit.spikeboard': '$: expected a Spikeboard circuit (a JSON object)',
  'truncated.spikeboard': '$: is not valid JSON (',
  'wrong-type.spikeboard': '$.nodes[1].size: expected a number, got "two"',
};

async function openThroughChooser(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('file-open').click();
  await (await chooser).setFiles(file);
}

test.describe('with the File System Access API', () => {
  test.beforeEach(async ({ page }) => {
    await usePrivateFileSystemPickers(page);
  });

  test('create a circuit, save it, reload, open the file: the same circuit', async ({ page }) => {
    const errors = await openApp(page);
    await page.getByTestId('file-new').click();
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await expectClean(page, 'Untitled circuit');
    await addFromPalette(page, ['spikeTimes', 'lif', 'probe-v']);
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await expect(page.getByTestId('file-dirty')).toBeVisible();
    await expect(page).toHaveTitle('Untitled circuit • — Spikeboard');

    await page.evaluate(
      () => ((window as unknown as Record<string, unknown>).__pickName = 'lab1.spikeboard'),
    );
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('project-message')).toHaveText(/Saved "lab1.spikeboard"/);
    await expectClean(page, 'lab1.spikeboard');
    const saved = await documentOf(page);
    const text = await privateFileText(page, 'lab1.spikeboard');
    expect(JSON.parse(text)).toMatchObject({ formatVersion: 2, name: 'Untitled circuit' });
    expect(JSON.parse(text).nodes).toHaveLength(3);
    expect(JSON.parse(text).view.zoom).toBeGreaterThan(0);

    await page.reload();
    await expect(page.getByTestId('file-name')).toBeVisible();
    // A clean save left no draft behind: nothing to restore.
    await expect(page.getByTestId('restore-prompt')).toHaveCount(0);
    // A fresh window again: the start screen over an empty circuit.
    await expect(page.getByTestId('start-screen')).toBeVisible();
    expect((await documentOf(page)).nodes).toHaveLength(0);

    await page.evaluate(
      () => ((window as unknown as Record<string, unknown>).__pickName = 'lab1.spikeboard'),
    );
    await page.keyboard.press('Control+o');
    await expectClean(page, 'lab1.spikeboard');
    const reopened = await documentOf(page);
    // The file also holds where the canvas looked; the circuit itself is the one saved.
    expect({ ...reopened, view: undefined }).toEqual({ ...saved, view: undefined });
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    const { view } = JSON.parse(text) as { view: { x: number; y: number; zoom: number } };
    await expect(page.locator('.react-flow__viewport')).toHaveAttribute(
      'style',
      new RegExp(`translate\\(${view.x}px, ${view.y}px\\) scale\\(${view.zoom}\\)`),
    );

    // Save again in place (no dialog): same file, same bytes for the same circuit.
    await addFromPalette(page, ['li']);
    await page.getByTestId('file-save').click();
    await expectClean(page, 'lab1.spikeboard');
    expect(JSON.parse(await privateFileText(page, 'lab1.spikeboard')).nodes).toHaveLength(4);
    expect(errors).toEqual([]);
  });

  test('Open Recent lists the file and opens it again', async ({ page }) => {
    await openApp(page);
    await page.evaluate(
      () => ((window as unknown as Record<string, unknown>).__pickName = 'recent.spikeboard'),
    );
    await page.getByTestId('file-save-as').click();
    await expectClean(page, 'recent.spikeboard');
    await page.getByTestId('file-new').click();
    await expectClean(page, 'Untitled circuit');
    await page.getByTestId('file-recent').click();
    await page.getByRole('menuitem', { name: 'recent.spikeboard' }).click();
    await expectClean(page, 'recent.spikeboard');
    expect((await documentOf(page)).nodes).toHaveLength(6);
  });
});

test.describe('with upload and download only', () => {
  test.beforeEach(async ({ page }) => {
    await withoutFileSystemAccess(page);
  });

  test('download, reload, upload: the same circuit', async ({ page }, testInfo) => {
    const errors = await openApp(page);
    await page.getByTestId('file-new').click();
    await addFromPalette(page, ['poisson', 'lif', 'probe-spikes']);
    const created = await documentOf(page);
    await expect(page.getByTestId('file-save')).toHaveText('Download');
    const downloading = page.waitForEvent('download');
    await page.getByTestId('file-save').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Untitled circuit.spikeboard');
    const file = testInfo.outputPath('Untitled circuit.spikeboard');
    await download.saveAs(file);
    await expectClean(page, 'Untitled circuit.spikeboard');

    await page.reload();
    await expect(page.getByTestId('file-name')).toBeVisible();
    await openThroughChooser(page, file);
    await expectClean(page, 'Untitled circuit.spikeboard');
    expect(await documentOf(page)).toEqual({ ...created, view: (await documentOf(page)).view });
    expect(errors).toEqual([]);
  });

  test('every broken file shows its located message; the open circuit stays', async ({ page }) => {
    await openApp(page);
    const files = readdirSync(fixtures)
      .filter((f) => f.endsWith('.spikeboard'))
      .sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    const before = await documentOf(page);
    for (const name of files) {
      await openThroughChooser(page, path.join(fixtures, name));
      const message = page.getByTestId('project-message');
      await expect(message).toHaveAttribute('role', 'alert');
      await expect(message.locator('.project-message__text')).toContainText(
        `Could not open "${name}": ${EXPECTED[name]}`,
      );
      expect(await documentOf(page), name).toEqual(before);
      await expect(page.getByTestId('file-dirty')).toHaveCount(0);
      await message.getByRole('button', { name: 'Dismiss' }).click();
    }
  });

  test('a file of format 1 opens, upgraded, and saves as format 2', async ({ page }, testInfo) => {
    await openApp(page);
    await openThroughChooser(page, path.join(oldFormat, 'unknown-fields.spikeboard'));
    await expectClean(page, 'unknown-fields.spikeboard');
    const document = await documentOf(page);
    expect(document.formatVersion).toBe(2);
    expect(document.scopes?.map((s) => s.id)).toEqual(['membrane', 'current']);
    const downloading = page.waitForEvent('download');
    await page.getByTestId('file-save').click();
    const saved = testInfo.outputPath('saved.spikeboard');
    await (await downloading).saveAs(saved);
    const text = JSON.parse(readFileSync(saved, 'utf8'));
    // Fields this version does not know survive the round trip.
    expect(text.author).toEqual({ name: 'A. Teacher', course: 'Neuro 101' });
    expect(text.nodes[0].colour).toBe('#ff8800');
    expect(text.formatVersion).toBe(2);
  });

  test('unsaved changes: Cancel keeps them, Don’t save lets them go', async ({ page }) => {
    await openApp(page);
    await addFromPalette(page, ['lif']);
    const edited = await documentOf(page);
    await page.getByTestId('file-open').click();
    const dialog = page.getByTestId('unsaved-dialog');
    await expect(dialog).toContainText('Save changes to “LIF versus LI');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    expect(await documentOf(page)).toEqual(edited);
    await expect(page.getByTestId('file-dirty')).toBeVisible();

    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('file-open').click();
    await dialog.getByRole('button', { name: 'Don’t save' }).click();
    await (await chooser).setFiles(path.join(oldFormat, 'li-two-spikes.spikeboard'));
    await expectClean(page, 'li-two-spikes.spikeboard');
  });

  test('a file dropped on the window opens', async ({ page }) => {
    await openApp(page);
    const text = readFileSync(path.join(oldFormat, 'li-two-spikes.spikeboard'), 'utf8');
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'dropped.spikeboard', { type: 'application/json' }));
      const target = document.querySelector('.react-flow__pane') ?? document.body;
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, text);
    await expectClean(page, 'dropped.spikeboard');
    expect((await documentOf(page)).name).toBe(
      'LI fed with two spikes (Introduction to spiking systems, part 1)',
    );
  });
});

test('after a killed tab, the next start offers its unsaved work back', async ({ context }) => {
  const first = await context.newPage();
  await openApp(first);
  await addFromPalette(first, ['lif', 'li']);
  const edited = await documentOf(first);
  // Losing focus writes the draft at once (as would the autosave a few seconds later).
  await first.evaluate(() => window.dispatchEvent(new Event('blur')));
  await expect.poll(() => draftCount(first)).toBe(1);
  await first.close({ runBeforeUnload: false });

  const second = await context.newPage();
  await openApp(second);
  const prompt = second.getByTestId('restore-prompt');
  await expect(prompt).toContainText('LIF versus LI');
  await prompt.getByRole('button', { name: 'Restore' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(second.getByTestId('file-dirty')).toBeVisible();
  const restored = await documentOf(second);
  expect(restored.nodes.map((n) => n.id)).toEqual(edited.nodes.map((n) => n.id));

  // The restored work is this window's draft now; a third window sees it while this one lives.
  const third = await context.newPage();
  await openApp(third);
  await expect(third.getByTestId('restore-prompt')).toHaveCount(0);
});
