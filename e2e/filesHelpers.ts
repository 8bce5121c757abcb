/**
 * Helpers for the project-file specs: the two ways a browser saves (the File System Access API,
 * here backed by the origin-private file system so the real handle and writable code runs; and
 * upload/download where the API is missing), and reading what the window says.
 */
import { expect, type Page } from '@playwright/test';
import type { CircuitDocument } from '../engine/schema';
import { openLifVersusLi } from './openExample';

/**
 * Replaces the native pickers (which a headless browser cannot show) by ones that hand out real
 * FileSystemFileHandles from the origin-private file system: `window.__pickName` names the file
 * the "user" picks. Everything after the picker — permissions, createWritable, write, close,
 * getFile — is the browser's real implementation.
 */
export async function usePrivateFileSystemPickers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const root = () => navigator.storage.getDirectory();
    w.showSaveFilePicker = async ({ suggestedName }: { suggestedName: string }) => {
      const name = (w.__pickName as string | undefined) ?? suggestedName;
      w.__lastSuggestedName = suggestedName;
      return (await root()).getFileHandle(name, { create: true });
    };
    w.showOpenFilePicker = async () => {
      const name = w.__pickName as string | undefined;
      if (name === undefined) throw new DOMException('The user aborted a request.', 'AbortError');
      return [await (await root()).getFileHandle(name)];
    };
  });
}

/** Reads a file of the origin-private file system (what the fake pickers wrote). */
export async function privateFileText(page: Page, name: string): Promise<string> {
  return page.evaluate(async (fileName) => {
    const root = await navigator.storage.getDirectory();
    return (await (await root.getFileHandle(fileName)).getFile()).text();
  }, name);
}

/** A browser without the File System Access API: upload and download. */
export async function withoutFileSystemAccess(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.showOpenFilePicker;
    delete w.showSaveFilePicker;
  });
}

export async function documentOf(page: Page): Promise<CircuitDocument> {
  const value = await page.evaluate(() => window.__spikeboard?.editor?.document() ?? null);
  if (value === null) throw new Error('the page exposes no editor document');
  return value;
}

/**
 * A fresh page with the LIF-versus-LI example opened from its start screen; returns the page's
 * uncaught errors, for the test to check at its end.
 */
export const openApp = (page: Page): Promise<string[]> => openLifVersusLi(page);

export async function expectClean(page: Page, fileName: string): Promise<void> {
  await expect(page.getByTestId('file-name')).toHaveText(fileName);
  await expect(page.getByTestId('file-dirty')).toHaveCount(0);
  await expect(page).toHaveTitle(`${fileName} — Spikeboard`);
}

/** Adds palette items at the centre of the view (double-click, as a person can). */
export async function addFromPalette(page: Page, entries: readonly string[]): Promise<void> {
  for (const entry of entries) await page.getByTestId(`palette-${entry}`).dblclick();
}

/** How many drafts the window's IndexedDB holds (autosave and crash recovery). */
export async function draftCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('spikeboard');
        request.onsuccess = () => {
          const count = request.result.transaction('drafts').objectStore('drafts').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
}
