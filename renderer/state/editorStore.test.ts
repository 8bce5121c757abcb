import { beforeEach, describe, expect, it } from 'vitest';
import { NODE_FIELDS, type NumberField } from '../../engine/schema';
import { setNodeField } from '../commands/fieldEdits';
import { addNode, deleteElements, moveNodes } from '../commands/nodeEdits';
import { example } from '../commands/testCircuit';
import { useEditorStore } from './editorStore';

const tau = NODE_FIELDS.lif.find((f) => f.key === 'tauMemMs') as NumberField;
const store = () => useEditorStore.getState();
const tauOf = (id: string) =>
  (store().document.nodes.find((n) => n.id === id) as { params: { tauMemMs: number } }).params
    .tauMemMs;

describe('editor store', () => {
  beforeEach(() => store().replaceDocument(example()));

  it('records each command as one undo step, and selects what it says', () => {
    const before = store().document;
    store().execute(addNode('lif', { x: 0, y: 0 }));
    expect(store().document.nodes).toHaveLength(7);
    expect(store().selection.nodeIds).toEqual(['lif-2']);
    expect(store().history.past.map((e) => e.label)).toEqual(['Add LIF population']);
    store().undo();
    expect(store().document).toBe(before);
    expect(store().selection.nodeIds).toEqual([]); // lif-2 no longer exists
    store().redo();
    expect(store().document.nodes).toHaveLength(7);
  });

  it('changes nothing on a refused command', () => {
    const before = store().document;
    const outcome = store().execute(setNodeField(['lif'], tau, -1));
    expect(outcome.ok).toBe(false);
    expect(store().document).toBe(before);
    expect(store().history.past).toHaveLength(0);
  });

  it('makes a slider scrub one undo step, while the document follows every move', () => {
    const before = store().document;
    store().beginGesture();
    for (const value of [41, 45, 50, 55]) {
      store().execute(setNodeField(['lif'], tau, value));
      expect(tauOf('lif')).toBe(value);
    }
    store().endGesture();
    expect(store().history.past.map((e) => e.label)).toEqual(['Set τmem']);
    store().undo();
    expect(store().document).toBe(before);
    expect(tauOf('lif')).toBe(40);
  });

  it('records nothing for a gesture that changed nothing, or a no-op command', () => {
    store().beginGesture();
    store().endGesture();
    store().execute(moveNodes(new Map([['lif', { x: 360, y: 120 }]])));
    expect(store().history.past).toHaveLength(0);
  });

  it('drops the redo steps on a new edit and keeps the selection to what exists', () => {
    store().select({ nodeIds: ['lif', 'li'], edgeIds: [] });
    store().execute(deleteElements(['lif'], []));
    expect(store().selection).toEqual({ nodeIds: [], edgeIds: [] });
    store().undo();
    store().execute(addNode('li', { x: 0, y: 0 }));
    expect(store().history.future).toHaveLength(0);
  });

  it('starts a fresh history when a document is opened', () => {
    store().execute(addNode('li', { x: 0, y: 0 }));
    store().replaceDocument(example());
    expect(store().history.past).toHaveLength(0);
  });
});
