import { describe, expect, it } from 'vitest';
import { serializeCircuit } from '../../engine/schema';
import { shouldShowStart } from '../examples/StartScreen';
import { useEditorStore } from './editorStore';
import { emptyDocument } from './emptyDocument';

describe('a new window', () => {
  it('opens on the empty circuit, so the start screen shows', () => {
    const { document, history } = useEditorStore.getState();
    expect(document.nodes).toEqual([]);
    expect(document.edges).toEqual([]);
    expect(document.name).toBe('Untitled circuit');
    expect(serializeCircuit(document)).toBe(serializeCircuit(emptyDocument()));
    expect(shouldShowStart(document, history.past.length, null, true)).toBe(true);
  });
});
