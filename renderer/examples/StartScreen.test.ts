import { describe, expect, it } from 'vitest';
import type { CircuitDocument } from '../../engine/schema';
import { shouldShowStart } from './StartScreen';

const empty = { nodes: [] } as unknown as CircuitDocument;
const full = { nodes: [{ id: 'a' }] } as unknown as CircuitDocument;

describe('when the start screen shows', () => {
  it('on a fresh empty document only', () => {
    expect(shouldShowStart(empty, 0, null)).toBe(true);
    expect(shouldShowStart(full, 0, null)).toBe(false);
  });

  it('not after the user emptied the canvas by editing, nor once dismissed', () => {
    expect(shouldShowStart(empty, 3, null)).toBe(false);
    expect(shouldShowStart(empty, 0, empty)).toBe(false);
    const another = { nodes: [] } as unknown as CircuitDocument;
    expect(shouldShowStart(another, 0, empty)).toBe(true);
  });
});
