import { beforeEach, describe, expect, it } from 'vitest';
import { NODE_FIELDS, PROJECTION_FIELDS, type NumberField } from '../../engine/schema';
import { nudgeNodes } from '../commands/arrange';
import { clearCanvas } from '../commands/clearCanvas';
import { duplicate } from '../commands/clipboard';
import { connect } from '../commands/connect';
import { setEdgeField, setNodeField } from '../commands/fieldEdits';
import { addNode, deleteElements, moveNodes, renameNode } from '../commands/nodeEdits';
import { useEditorStore } from '../state/editorStore';
import { resetLesson, setControlValue } from './commands';
import { elementLockReason, fieldLockReason, structureLockReason } from './locks';
import { firstSpikeLesson } from './testLesson';

const store = () => useEditorStore.getState();
const field = (kind: 'lif', key: string) =>
  NODE_FIELDS[kind].find((f) => f.key === key) as NumberField;
const weightField = PROJECTION_FIELDS.find((f) => f.key === 'weight') as NumberField;
const weightControl = () => store().document.lesson!.controls[0]!;

/** Runs a command through the store: it must be refused; returns why (the document unchanged). */
function refusedBy(command: Parameters<ReturnType<typeof store>['execute']>[0]): string {
  const before = store().document;
  const outcome = store().execute(command);
  expect(store().document).toBe(before);
  expect(store().history.past).toHaveLength(0);
  if (outcome.ok) throw new Error(`${command.label} was accepted`);
  return outcome.error;
}

describe('lesson locks in the editor store', () => {
  beforeEach(() => store().replaceDocument(firstSpikeLesson()));

  it('a locked node cannot be deleted, moved, renamed or nudged (keyboard paths included)', () => {
    expect(refusedBy(deleteElements(['input'], []))).toBe(
      '“Input spikes” is locked by the lesson: it cannot be deleted.',
    );
    expect(refusedBy(moveNodes(new Map([['input', { x: 0, y: 0 }]])))).toBe(
      '“Input spikes” is locked by the lesson: it cannot be moved.',
    );
    expect(refusedBy(nudgeNodes(['input'], 10, 0))).toMatch(/cannot be moved/);
    expect(refusedBy(renameNode('input', 'Mine'))).toMatch(/cannot be edited/);
  });

  it('a locked field cannot change; the other fields of its node can', () => {
    expect(refusedBy(setNodeField(['lif'], field('lif', 'vTh'), 0.1))).toBe(
      'vTh of “LIF” is locked by the lesson.',
    );
    expect(store().execute(setNodeField(['lif'], field('lif', 'tauMemMs'), 20)).ok).toBe(true);
  });

  it('a locked structure refuses add, delete, connect, paste and clear', () => {
    expect(refusedBy(addNode('lif', { x: 0, y: 0 }))).toBe(
      'The lesson locks the circuit: no node can be added.',
    );
    expect(refusedBy(deleteElements([], ['input-to-lif']))).toBe(
      'The lesson locks the circuit: no connection can be deleted or moved.',
    );
    expect(refusedBy(duplicate(['lif']))).toMatch(/no node can be added/);
    expect(refusedBy(clearCanvas())).toMatch(/remove or change the lesson/);
  });

  it('a structure lock alone leaves connecting refused and moving free', () => {
    const doc = firstSpikeLesson();
    doc.lesson!.locks = { elements: [], fields: [], structure: true };
    doc.edges = doc.edges.filter((e) => e.id !== 'attach-v-lif');
    store().replaceDocument(doc);
    expect(refusedBy(connect('lif', 'probe-v-lif'))).toBe(
      'The lesson locks the circuit: no connection can be added.',
    );
    expect(store().execute(moveNodes(new Map([['input', { x: 5, y: 5 }]]))).ok).toBe(true);
  });

  it('the weight slider edits the unlocked connection; undo and reset work', () => {
    expect(store().execute(setEdgeField('input-to-lif', weightField, 0.9)).ok).toBe(true);
    store().beginGesture();
    for (const w of [0.91, 0.95, 1])
      expect(store().execute(setControlValue(weightControl(), w)).ok).toBe(true);
    store().endGesture();
    expect(store().history.past.map((e) => e.label)).toEqual([
      'Set w',
      'Set Weight w (Input → LIF)',
    ]);
    const edge = store().document.edges.find((e) => e.id === 'input-to-lif')!;
    expect(edge.kind === 'projection' && edge.rule).toEqual({ type: 'oneToOne', weight: 1 });
    expect(store().execute(resetLesson(store().opened)).ok).toBe(true);
    expect(store().document).toBe(store().opened);
    store().undo();
    expect(store().document.edges.find((e) => e.id === 'input-to-lif')).toEqual(edge);
  });

  it('a slider refuses values outside its range and fields it cannot reach', () => {
    const control = weightControl();
    expect(refusedBy(setControlValue(control, 2.5))).toBe(
      'Weight w (Input → LIF) must be between 0 and 2.',
    );
    expect(refusedBy(setControlValue({ ...control, field: 'rule.nothing.deeper' }, 1))).toMatch(
      /has no field rule\.nothing\.deeper/,
    );
    expect(refusedBy(setControlValue({ ...control, target: 'input', field: 'size' }, 1.5))).toMatch(
      /^Weight w \(Input → LIF\): /,
    );
  });

  it('tells the UI what is locked and why', () => {
    const doc = store().document;
    expect(elementLockReason(doc, 'input')).toBe('“Input spikes” is locked by the lesson.');
    expect(elementLockReason(doc, 'lif')).toBeNull();
    expect(fieldLockReason(doc, 'lif', 'params.vTh')).toBe('vTh is locked by the lesson.');
    expect(fieldLockReason(doc, 'lif', 'params.tauMemMs')).toBeNull();
    expect(fieldLockReason(doc, 'input', 'spikeTimesMs')).toBe(
      '“Input spikes” is locked by the lesson.',
    );
    expect(structureLockReason(doc)).toMatch(/cannot be added or deleted/);
  });

  it('a lesson that locks nothing may be cleared away (undoably)', () => {
    const doc = firstSpikeLesson();
    doc.lesson!.locks = { elements: [], fields: [], structure: false };
    doc.lesson!.hidden = [];
    store().replaceDocument(doc);
    expect(store().execute(clearCanvas()).ok).toBe(true);
    expect(store().document.lesson).toBeUndefined();
    store().undo();
    expect(store().document.lesson).toEqual(doc.lesson);
  });

  it('a circuit without a lesson is not locked', () => {
    const doc = firstSpikeLesson();
    delete doc.lesson;
    store().replaceDocument(doc);
    expect(store().execute(deleteElements(['input'], [])).ok).toBe(true);
  });
});
