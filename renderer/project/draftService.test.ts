import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCircuitJson } from '../../engine/schema';
import { addNode } from '../commands/nodeEdits';
import { example } from '../commands/testCircuit';
import { memoryStore } from '../platform/keyValueStore';
import { useEditorStore } from '../state/editorStore';
import {
  AUTOSAVE_DELAY_MS,
  discardDraft,
  findRestorable,
  installAutosave,
  restoreDraft,
  setDrafts,
  writeDraftNow,
  type Clock,
} from './draftService';
import { createDrafts, type DraftRecord } from './drafts';
import { isDirty, useProjectStore } from './projectStore';

/** A clock whose timers run only when the test says so. */
function manualClock() {
  let nowMs = 1_700_000_000_000;
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  const clock: Clock = {
    now: () => nowMs,
    setTimeout: ((run: () => void, delay: number) => {
      const id = next++;
      timers.set(id, { at: nowMs + delay, run });
      return id;
    }) as unknown as typeof setTimeout,
    clearTimeout: ((id: number) => timers.delete(id)) as unknown as typeof clearTimeout,
  };
  const advance = async (ms: number) => {
    nowMs += ms;
    for (const [id, timer] of [...timers]) {
      if (timer.at <= nowMs) {
        timers.delete(id);
        timer.run();
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { clock, advance, pending: () => timers.size };
}

const editor = () => useEditorStore.getState();
const project = () => useProjectStore.getState();
let store: ReturnType<typeof memoryStore<DraftRecord>>;
let live: Set<string>;
let stop: (() => void) | null = null;

beforeEach(() => {
  store = memoryStore<DraftRecord>();
  live = new Set();
  setDrafts(createDrafts(store, async () => live));
  editor().replaceDocument(example());
  project().setFile('lab.spikeboard', null, editor().document);
  useProjectStore.setState({ restorable: [] });
});
afterEach(() => {
  stop?.();
  stop = null;
  setDrafts(null);
});

const edit = () => editor().execute(addNode('lif', { x: 0, y: 0 }));
const own = () => store.data.get(project().sessionId);

describe('autosave', () => {
  it('writes a draft a few seconds after an edit, not at every edit', async () => {
    const { clock, advance, pending } = manualClock();
    stop = installAutosave(clock);
    edit();
    edit();
    expect(pending()).toBe(1);
    await advance(AUTOSAVE_DELAY_MS - 1);
    expect(own()).toBeUndefined();
    await advance(1);
    const draft = own();
    expect(draft).toMatchObject({
      fileName: 'lab.spikeboard',
      documentName: example().name,
      savedAtMs: 1_700_000_000_000 + AUTOSAVE_DELAY_MS,
    });
    const parsed = parseCircuitJson(draft!.text);
    expect(parsed.ok && parsed.document.nodes.map((n) => n.id)).toEqual(
      editor().document.nodes.map((n) => n.id),
    );
  });

  it('deletes the draft once the document is clean again (saved, or undone to the saved state)', async () => {
    const { clock, advance } = manualClock();
    stop = installAutosave(clock);
    edit();
    await advance(AUTOSAVE_DELAY_MS);
    expect(own()).toBeDefined();
    editor().undo();
    await advance(0);
    expect(own()).toBeUndefined();
    edit();
    await advance(AUTOSAVE_DELAY_MS);
    project().setFile('lab.spikeboard', null, editor().document); // what a save does
    await advance(0);
    expect(own()).toBeUndefined();
  });

  it('writes nothing for a clean document', async () => {
    await writeDraftNow();
    expect(store.data.size).toBe(0);
  });
});

describe('restoring after a crash', () => {
  function leftBehind(sessionId: string, savedAtMs: number): DraftRecord {
    edit();
    const draft: DraftRecord = {
      sessionId,
      savedAtMs,
      fileName: 'crashed.spikeboard',
      documentName: 'Crashed circuit',
      text: JSON.stringify({
        formatVersion: 2,
        name: 'Crashed circuit',
        nodes: [{ id: 'x', kind: 'lif' }],
      }),
    };
    editor().undo();
    return draft;
  }

  it('offers drafts of windows that are gone, newest first, never a live window or its own', async () => {
    for (const [id, at] of [
      ['gone-1', 1],
      ['gone-2', 2],
      ['alive', 3],
    ] as const) {
      await store.put(id, leftBehind(id, at));
    }
    await store.put(project().sessionId, leftBehind(project().sessionId, 4));
    live.add('alive');
    await findRestorable();
    expect(project().restorable.map((d) => d.sessionId)).toEqual(['gone-2', 'gone-1']);
  });

  it('restore: the draft becomes the open, unsaved document of this window', async () => {
    const draft = leftBehind('gone', 5);
    await store.put('gone', draft);
    await findRestorable();
    expect(await restoreDraft(draft)).toBe(true);
    expect(editor().document.name).toBe('Crashed circuit');
    expect(project().fileName).toBe('crashed.spikeboard');
    expect(isDirty()).toBe(true);
    expect(store.data.has('gone')).toBe(false);
    expect(own()?.documentName).toBe('Crashed circuit');
    expect(project().restorable).toEqual([]);
  });

  it('discard: the draft is deleted', async () => {
    const draft = leftBehind('gone', 5);
    await store.put('gone', draft);
    await findRestorable();
    await discardDraft(draft);
    expect(store.data.size).toBe(0);
    expect(project().restorable).toEqual([]);
  });
});
