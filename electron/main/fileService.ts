/**
 * What the file channels do, apart from Electron: dialogs come in as functions, so Vitest runs
 * every path (open, open recent, dropped, save, save as, failures) against real temporary
 * folders. Each window is an `owner` (its webContents id); tokens are scoped to it.
 */
import path from 'node:path';
import { MAX_PROJECT_FILE_BYTES, type OpenResult, type SaveResult } from '../ipc/contract';
import {
  PROJECT_EXTENSION,
  readProjectFile,
  withProjectExtension,
  writeProjectFile,
} from './documentFiles';
import type { AtomicWriteOptions } from './atomicWrite';
import type { FileTokens } from './fileTokens';
import type { RecentFiles } from './recentFiles';

export type Dialogs = {
  /** The native open dialog; the chosen absolute path, or null when cancelled. */
  showOpen: (owner: number, defaultFolder: string) => Promise<string | null>;
  /** The native save dialog, starting at `defaultPath`; the chosen path, or null. */
  showSave: (owner: number, defaultPath: string) => Promise<string | null>;
};

export type FileServiceDeps = {
  tokens: FileTokens;
  recent: RecentFiles;
  dialogs: Dialogs;
  /** Where dialogs start before the user picked any folder (the Documents folder). */
  defaultFolder: string;
  writeOptions?: AtomicWriteOptions;
};

const OPENABLE_EXTENSIONS = new Set([PROJECT_EXTENSION, '.json']);

export class FileService {
  /** The folder of the file last opened or saved: dialogs start there. */
  private lastFolder: string | undefined;

  constructor(private readonly deps: FileServiceDeps) {}

  private folder(): string {
    return this.lastFolder ?? this.deps.defaultFolder;
  }

  async open(owner: number): Promise<OpenResult> {
    const chosen = await this.deps.dialogs.showOpen(owner, this.folder());
    if (chosen === null) return { status: 'cancelled' };
    return this.openPath(owner, chosen);
  }

  /** Opens a path main already trusts (a dialog's answer, argv, the OS, the recent list). */
  async openPath(owner: number, filePath: string): Promise<OpenResult> {
    const read = await readProjectFile(filePath);
    if (!read.ok) {
      if (read.message.includes('does not exist')) await this.deps.recent.remove(filePath);
      return { status: 'failed', message: read.message };
    }
    this.lastFolder = path.dirname(filePath);
    await this.deps.recent.add(filePath);
    const token = this.deps.tokens.issue(owner, filePath);
    return { status: 'opened', file: { token, name: read.name, bytes: read.bytes } };
  }

  async openRecent(owner: number, id: string): Promise<OpenResult> {
    const filePath = this.deps.recent.pathOf(id);
    if (filePath === undefined) {
      return { status: 'failed', message: 'That file is no longer in the recent list.' };
    }
    return this.openPath(owner, filePath);
  }

  /** A file dropped on the window: only project files, so a stray drop cannot read anything. */
  async openDropped(owner: number, filePath: string): Promise<OpenResult> {
    const name = path.basename(filePath);
    if (!OPENABLE_EXTENSIONS.has(path.extname(filePath).toLowerCase())) {
      return {
        status: 'failed',
        message: `Could not open "${name}": Spikeboard opens ${PROJECT_EXTENSION} files.`,
      };
    }
    return this.openPath(owner, filePath);
  }

  async save(owner: number, token: string, text: string): Promise<SaveResult> {
    const filePath = this.deps.tokens.resolve(owner, token);
    if (filePath === undefined) {
      return { status: 'failed', message: 'This window has no such file; use Save As.' };
    }
    return this.write(owner, filePath, text);
  }

  async saveAs(owner: number, suggestedName: string, text: string): Promise<SaveResult> {
    const suggested = withProjectExtension(suggestedName);
    const chosen = await this.deps.dialogs.showSave(owner, path.join(this.folder(), suggested));
    if (chosen === null) return { status: 'cancelled' };
    return this.write(owner, withProjectExtension(chosen), text);
  }

  private async write(owner: number, filePath: string, text: string): Promise<SaveResult> {
    if (Buffer.byteLength(text, 'utf8') > MAX_PROJECT_FILE_BYTES) {
      return {
        status: 'failed',
        message: `Could not save "${path.basename(filePath)}": it would be larger than ${MAX_PROJECT_FILE_BYTES / 1024 / 1024} MB.`,
      };
    }
    const written = await writeProjectFile(filePath, text, this.deps.writeOptions);
    if (!written.ok) return { status: 'failed', message: written.message };
    this.lastFolder = path.dirname(filePath);
    await this.deps.recent.add(filePath);
    return { status: 'saved', token: this.deps.tokens.issue(owner, filePath), name: written.name };
  }
}
