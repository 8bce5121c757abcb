import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { serializeCircuit } from '../../engine/schema';
import { addNode } from '../commands/nodeEdits';
import { example } from '../commands/testCircuit';
import { setPlatformForTests } from '../platform/detect';
import { useEditorStore } from '../state/editorStore';
import {
  emptyDocument,
  newDocument,
  openFile,
  saveFile,
  saveFileAs,
  settleBeforeClose,
} from './fileActions';
import { isDirty, useProjectStore } from './projectStore';
import { fakePlatform, fileFrom, type FakePlatform } from './testPlatform';

const editor = () => useEditorStore.getState();
const project = () => useProjectStore.getState();
let fake: FakePlatform;

/** Answers the Save / Don't save / Cancel question as soon as it is asked. */
function answerNextQuestion(choice: 'save' | 'discard' | 'cancel'): void {
  const stop = useProjectStore.subscribe((s) => {
    if (s.question === null) return;
    stop();
    s.question.answer(choice);
  });
}

function edit(): void {
  editor().execute(addNode('lif', { x: 10, y: 10 }));
}

beforeEach(() => {
  fake = fakePlatform();
  setPlatformForTests(fake);
  editor().replaceDocument(example());
  project().setFile(null, null, editor().document);
  project().dismissMessage();
});
afterAll(() => setPlatformForTests(null));

/** The save dialog suggests the circuit's name as the file name. */
const SUGGESTED = `saveAs ${example().name}.spikeboard`;
const VALID = serializeCircuit(emptyDocument()).replace('Untitled circuit', 'From disk');

describe('open', () => {
  it('replaces the document after validation, names the file, starts clean', async () => {
    fake.nextOpen.push(fileFrom('lab.spikeboard', VALID));
    expect(await openFile()).toBe(true);
    expect(editor().document.name).toBe('From disk');
    expect(project().fileName).toBe('lab.spikeboard');
    expect(isDirty()).toBe(false);
    expect(editor().history.past).toEqual([]);
  });

  const BROKEN: [string, string, string][] = [
    [
      'truncated.spikeboard',
      VALID.slice(0, 40),
      'Could not open "truncated.spikeboard": $: is not valid JSON',
    ],
    [
      'negative.spikeboard',
      VALID.replace(
        '"nodes": []',
        '"nodes": [{"id": "p", "kind": "lif", "params": {"tauMemMs": -5}}]',
      ),
      'Could not open "negative.spikeboard": $.nodes[0].params.tauMemMs: must be > 0 ms, got -5',
    ],
    [
      'newer.spikeboard',
      VALID.replace('"formatVersion": 2', '"formatVersion": 9'),
      'Could not open "newer.spikeboard": $.formatVersion: made by a newer Spikeboard (format 9); this app reads up to 2',
    ],
  ];
  for (const [name, text, message] of BROKEN) {
    it(`${name}: one message with the path; the open circuit stays untouched`, async () => {
      edit();
      const before = editor().document;
      const history = editor().history;
      const fileBefore = project().fileName;
      fake.nextOpen.push(fileFrom(name, text));
      answerNextQuestion('discard');
      expect(await openFile()).toBe(false);
      expect(project().message?.tone).toBe('error');
      expect(project().message?.text.startsWith(message)).toBe(true);
      expect(editor().document).toBe(before);
      expect(editor().history).toBe(history);
      expect(project().fileName).toBe(fileBefore);
    });
  }

  it('invalid UTF-8 bytes are refused with their offset', async () => {
    fake.nextOpen.push({
      status: 'opened',
      file: {
        name: 'latin1.spikeboard',
        bytes: new Uint8Array([0x7b, 0xe9, 0x7d]),
        ref: { kind: 'download' },
      },
    });
    await openFile();
    expect(project().message?.text).toBe(
      'Could not open "latin1.spikeboard": $: is not UTF-8 text: byte 0xE9 at offset 1 does not begin a valid character; save the file as UTF-8',
    );
  });

  it('with unsaved changes: Cancel keeps everything and shows no dialog', async () => {
    edit();
    answerNextQuestion('cancel');
    expect(await openFile()).toBe(false);
    expect(fake.calls).toEqual([]);
    expect(isDirty()).toBe(true);
  });

  it('with unsaved changes: Save saves first, then opens', async () => {
    edit();
    answerNextQuestion('save');
    fake.nextSaveAs.push('mine.spikeboard');
    fake.nextOpen.push(fileFrom('other.spikeboard', VALID));
    expect(await openFile()).toBe(true);
    expect(fake.calls).toEqual([SUGGESTED, 'open']);
    expect(fake.disk.get('mine.spikeboard')).toContain('"lif-2"');
    expect(project().fileName).toBe('other.spikeboard');
  });

  it('with unsaved changes: a cancelled Save dialog cancels the open', async () => {
    edit();
    answerNextQuestion('save');
    fake.nextSaveAs.push(null);
    expect(await openFile()).toBe(false);
    expect(fake.calls).toEqual([SUGGESTED]);
    expect(isDirty()).toBe(true);
  });

  it('a failure to read shows the platform message', async () => {
    fake.nextOpen.push({
      status: 'failed',
      message: 'Could not open "x.spikeboard": permission denied.',
    });
    await openFile();
    expect(project().message).toMatchObject({
      tone: 'error',
      text: 'Could not open "x.spikeboard": permission denied.',
    });
  });
});

describe('save', () => {
  it('a new document asks where (save as), then saves in place', async () => {
    edit();
    fake.nextSaveAs.push('lab.spikeboard');
    expect(await saveFile()).toBe(true);
    expect(isDirty()).toBe(false);
    expect(project().fileName).toBe('lab.spikeboard');
    edit();
    expect(isDirty()).toBe(true);
    expect(await saveFile()).toBe(true);
    expect(fake.calls).toEqual([SUGGESTED, 'save lab.spikeboard']);
    expect(isDirty()).toBe(false);
    expect(project().message?.text).toBe('Saved "lab.spikeboard".');
  });

  it('what is written opens to the same circuit (and keeps the canvas view)', async () => {
    fake.nextSaveAs.push('same.spikeboard');
    await saveFileAs();
    const saved = fake.disk.get('same.spikeboard')!;
    const document = editor().document;
    fake.nextOpen.push(fileFrom('same.spikeboard', saved));
    await openFile();
    expect(editor().document).toEqual(document);
  });

  it('undoing back to the saved state is clean again', async () => {
    fake.nextSaveAs.push('lab.spikeboard');
    await saveFile();
    edit();
    editor().undo();
    expect(isDirty()).toBe(false);
  });

  it('a failed save keeps the changes marked unsaved and says why', async () => {
    fake.nextSaveAs.push('lab.spikeboard');
    await saveFile();
    edit();
    fake.failNextSave =
      'Could not save "lab.spikeboard": the disk is full. The file on disk is unchanged.';
    expect(await saveFile()).toBe(false);
    expect(isDirty()).toBe(true);
    expect(project().message?.text).toContain('the disk is full');
  });

  it('never writes a document the app could not open again', async () => {
    useEditorStore.setState({
      document: { ...editor().document, simulation: { ...editor().document.simulation, dtMs: -1 } },
    });
    expect(await saveFile()).toBe(false);
    expect(fake.calls).toEqual([]);
    expect(project().message?.text).toBe(
      'Not saved: $.simulation.dtMs: must be > 0 ms, got -1. Fix it and save again; nothing was lost.',
    );
  });
});

describe('new and close', () => {
  it('new: asks about unsaved changes, then an empty circuit without a file', async () => {
    fake.nextSaveAs.push('lab.spikeboard');
    await saveFile();
    edit();
    answerNextQuestion('discard');
    expect(await newDocument()).toBe(true);
    expect(editor().document.nodes).toEqual([]);
    expect(project().fileName).toBeNull();
    expect(isDirty()).toBe(false);
  });

  it('close: clean closes at once; unsaved asks, and Cancel keeps the window', async () => {
    expect(await settleBeforeClose()).toBe(true);
    edit();
    answerNextQuestion('cancel');
    expect(await settleBeforeClose()).toBe(false);
    answerNextQuestion('discard');
    expect(await settleBeforeClose()).toBe(true);
  });
});
