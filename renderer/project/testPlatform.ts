/**
 * A platform double for the project tests: scripted dialog answers, files kept in memory, every
 * call recorded. Only tests import it.
 */
import type { FileRef, OpenOutcome, Platform, SaveOutcome } from '../platform/types';

export interface FakePlatform extends Platform {
  calls: string[];
  /** What the next open dialog returns. */
  nextOpen: OpenOutcome[];
  /** The name the next save dialog returns (null = cancelled), or a failure message. */
  nextSaveAs: (string | null | { fail: string })[];
  /** Written files by name. */
  disk: Map<string, string>;
  failNextSave: string | null;
}

const encoder = new TextEncoder();

export function fakePlatform(): FakePlatform {
  const fake: FakePlatform = {
    kind: 'browser',
    saving: 'in-place',
    calls: [],
    nextOpen: [],
    nextSaveAs: [],
    disk: new Map(),
    failNextSave: null,
    open: async () => {
      fake.calls.push('open');
      return fake.nextOpen.shift() ?? { status: 'cancelled' };
    },
    openDropped: async (file) => {
      fake.calls.push(`openDropped ${file.name}`);
      return fake.nextOpen.shift() ?? { status: 'cancelled' };
    },
    openRecent: async (id) => {
      fake.calls.push(`openRecent ${id}`);
      return fake.nextOpen.shift() ?? { status: 'cancelled' };
    },
    listRecent: async () => [],
    save: async (ref: FileRef, name: string, text: string): Promise<SaveOutcome> => {
      fake.calls.push(`save ${name}`);
      if (fake.failNextSave !== null) {
        const message = fake.failNextSave;
        fake.failNextSave = null;
        return { status: 'failed', message };
      }
      fake.disk.set(name, text);
      return { status: 'saved', name, ref };
    },
    saveAs: async (suggested: string, text: string): Promise<SaveOutcome> => {
      fake.calls.push(`saveAs ${suggested}`);
      const answer = fake.nextSaveAs.shift() ?? null;
      if (answer === null) return { status: 'cancelled' };
      if (typeof answer === 'object') return { status: 'failed', message: answer.fail };
      fake.disk.set(answer, text);
      return { status: 'saved', name: answer, ref: { kind: 'electron', token: `t_${answer}` } };
    },
  };
  return fake;
}

export function fileFrom(name: string, text: string): OpenOutcome {
  return {
    status: 'opened',
    file: { name, bytes: encoder.encode(text), ref: { kind: 'download' } },
  };
}
