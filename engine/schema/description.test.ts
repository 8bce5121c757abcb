import { describe, expect, it } from 'vitest';
import { MAX_DESCRIPTION_CHARS } from './document';
import { parseCircuit } from './parse';
import { serializeCircuit } from './serialize';

const circuit = { formatVersion: 2, name: 'Two spikes', nodes: [] };

describe('the optional description', () => {
  it('is kept, right after the name, through a save round trip', () => {
    const result = parseCircuit({ ...circuit, description: 'An LI neuron fed two spikes.' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.description).toBe('An LI neuron fed two spikes.');
    const text = serializeCircuit(result.document);
    expect(Object.keys(JSON.parse(text) as object).slice(0, 3)).toEqual([
      'formatVersion',
      'name',
      'description',
    ]);
    expect(parseCircuit(JSON.parse(text))).toEqual(result);
  });

  it('is absent when the file has none', () => {
    const result = parseCircuit(circuit);
    expect(result.ok && 'description' in result.document).toBe(false);
  });

  it('refuses a non-string and an over-long text, naming the field', () => {
    for (const description of [42, 'x'.repeat(MAX_DESCRIPTION_CHARS + 1)]) {
      const result = parseCircuit({ ...circuit, description });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors[0]?.path).toBe('$.description');
    }
    expect(parseCircuit({ ...circuit, description: 'x'.repeat(MAX_DESCRIPTION_CHARS) }).ok).toBe(
      true,
    );
  });
});
