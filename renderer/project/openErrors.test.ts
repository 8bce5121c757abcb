import { describe, expect, it } from 'vitest';
import { MAX_DETAILS, openErrorMessage } from './openErrors';

describe('openErrorMessage', () => {
  it('names the file, the path and the expectation in one line', () => {
    expect(
      openErrorMessage('lab.spikeboard', [
        { path: '$.nodes[1].params.tauMemMs', message: 'must be > 0 ms, got -5' },
      ]),
    ).toEqual({
      text: 'Could not open "lab.spikeboard": $.nodes[1].params.tauMemMs: must be > 0 ms, got -5',
      details: [],
    });
  });

  it('lists further problems below, capped', () => {
    const errors = Array.from({ length: 50 }, (_, k) => ({
      path: `$.nodes[${k}].id`,
      message: 'is missing',
    }));
    const { details } = openErrorMessage('x.spikeboard', errors);
    expect(details).toHaveLength(MAX_DETAILS + 1);
    expect(details[0]).toBe('$.nodes[1].id: is missing');
    expect(details.at(-1)).toBe(`… and ${49 - MAX_DETAILS} more problems`);
  });
});
