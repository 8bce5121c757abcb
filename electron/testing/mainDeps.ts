/**
 * Real main-process services (tokens, recent list, files, windows) over a real temporary
 * folder, with the native dialogs replaced by answers the test sets. Used by the Node tests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DocumentWindows } from '../main/documentWindows';
import { FileService, type Dialogs } from '../main/fileService';
import { FileTokens } from '../main/fileTokens';
import type { HandlerDeps } from '../main/ipcHandlers';
import { RecentFiles } from '../main/recentFiles';
import { fakeWindowFactory } from './fakeWindows';

export type MainFixture = HandlerDeps & {
  dir: string;
  tokens: FileTokens;
  /** The next answers of the open and save dialogs (null = cancelled). */
  dialogAnswers: { open: (string | null)[]; save: (string | null)[] };
  dialogCalls: { open: string[]; save: string[] };
  errors: string[];
  quitContinued: number;
  factory: ReturnType<typeof fakeWindowFactory>;
  cleanup: () => Promise<void>;
};

export async function createMainFixture(): Promise<MainFixture> {
  const dir = await mkdtemp(path.join(tmpdir(), 'spikeboard-main-'));
  const tokens = new FileTokens();
  const recent = new RecentFiles(path.join(dir, 'userData', 'recent-files.json'));
  const dialogAnswers: MainFixture['dialogAnswers'] = { open: [], save: [] };
  const dialogCalls: MainFixture['dialogCalls'] = { open: [], save: [] };
  const dialogs: Dialogs = {
    showOpen: async (_owner, folder) => {
      dialogCalls.open.push(folder);
      return dialogAnswers.open.shift() ?? null;
    },
    showSave: async (_owner, defaultPath) => {
      dialogCalls.save.push(defaultPath);
      return dialogAnswers.save.shift() ?? null;
    },
  };
  const files = new FileService({ tokens, recent, dialogs, defaultFolder: dir });
  const factory = fakeWindowFactory();
  const fixture: MainFixture = {
    dir,
    tokens,
    recent,
    files,
    dialogAnswers,
    dialogCalls,
    errors: [],
    quitContinued: 0,
    factory,
    appInfo: { getName: () => 'Spikeboard', getVersion: () => '0.1.0', platform: 'linux' },
    windows: undefined as unknown as DocumentWindows,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
  fixture.windows = new DocumentWindows({
    createWindow: factory.create,
    tokens,
    openPath: (owner, filePath) => files.openPath(owner, filePath),
    showError: (_owner, message) => fixture.errors.push(message),
    continueQuit: () => fixture.quitContinued++,
    appName: 'Spikeboard',
  });
  return fixture;
}
