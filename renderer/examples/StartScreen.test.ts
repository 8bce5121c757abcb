import { describe, expect, it } from 'vitest';
import type { CircuitDocument } from '../../engine/schema';
import { shouldShowStart } from './StartScreen';

const empty = { nodes: [] } as unknown as CircuitDocument;
const full = { nodes: [{ id: 'a' }] } as unknown as CircuitDocument;

describe('when the start screen shows', () => {
  it('on a fresh empty document only', () => {
    expect(shouldShowStart(empty, 0, null, true)).toBe(true);
    expect(shouldShowStart(full, 0, null, true)).toBe(false);
  });

  it('not after the user emptied the canvas by editing, nor once dismissed', () => {
    expect(shouldShowStart(empty, 3, null, true)).toBe(false);
    expect(shouldShowStart(empty, 0, empty, true)).toBe(false);
    const another = { nodes: [] } as unknown as CircuitDocument;
    expect(shouldShowStart(another, 0, empty, true)).toBe(true);
  });

  it('not over an empty circuit that is not the untouched new one (a restored draft, a file)', () => {
    expect(shouldShowStart(empty, 0, null, false)).toBe(false);
  });
});
