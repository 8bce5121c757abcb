/**
 * The recently opened files, newest first, kept in a small JSON file in the user-data folder
 * (written atomically like a project). The renderer sees only names and an opaque id per entry
 * (`RecentFile`); main keeps the paths.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RecentFile } from '../ipc/contract';
import { writeFileAtomic } from './atomicWrite';

export const MAX_RECENT_FILES = 10;

type Stored = { version: 1; files: string[] };

/** A stable id for a path: the same file keeps its id across restarts and menu rebuilds. */
export function recentIdOf(filePath: string): string {
  return `r_${createHash('sha256').update(filePath).digest('hex').slice(0, 24)}`;
}

function parseStored(text: string): string[] {
  try {
    const value = JSON.parse(text) as Partial<Stored>;
    if (!Array.isArray(value.files)) return [];
    return value.files
      .filter((f): f is string => typeof f === 'string' && path.isAbsolute(f))
      .slice(0, MAX_RECENT_FILES);
  } catch {
    // A damaged list is not worth an error: start a new one.
    return [];
  }
}

export class RecentFiles {
  private files: string[] = [];
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly storePath: string,
    private readonly onChange: () => void = () => undefined,
  ) {}

  async load(): Promise<void> {
    this.files = await readFile(this.storePath, 'utf8').then(parseStored, () => []);
  }

  paths(): readonly string[] {
    return this.files;
  }

  /** What the renderer and the menu show: the name, and the folder's name as a hint. */
  list(): RecentFile[] {
    return this.files.map((file) => ({
      id: recentIdOf(file),
      name: path.basename(file),
      folder: path.basename(path.dirname(file)),
    }));
  }

  pathOf(id: string): string | undefined {
    return this.files.find((file) => recentIdOf(file) === id);
  }

  add(filePath: string): Promise<void> {
    this.files = [filePath, ...this.files.filter((f) => f !== filePath)].slice(0, MAX_RECENT_FILES);
    return this.persist();
  }

  remove(filePath: string): Promise<void> {
    this.files = this.files.filter((f) => f !== filePath);
    return this.persist();
  }

  clear(): Promise<void> {
    this.files = [];
    return this.persist();
  }

  /** Saves run one after another, so the file always holds the latest list. */
  private persist(): Promise<void> {
    this.onChange();
    const text = `${JSON.stringify({ version: 1, files: this.files } satisfies Stored, null, 2)}\n`;
    this.saving = this.saving
      .then(() => mkdir(path.dirname(this.storePath), { recursive: true }))
      .then(() => writeFileAtomic(this.storePath, text))
      .catch(() => undefined);
    return this.saving;
  }
}
