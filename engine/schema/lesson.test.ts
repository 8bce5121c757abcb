import { describe, expect, it } from 'vitest';
import { readFieldPath } from './lesson';
import { parseCircuit } from './parse';
import { serializeCircuit } from './serialize';

const circuit = {
  formatVersion: 2,
  nodes: [
    { id: 'in', kind: 'spikeTimes', spikeTimesMs: [[20, 100]] },
    { id: 'pop', kind: 'lif' },
  ],
  edges: [{ kind: 'projection', id: 'e1', source: 'in', target: 'pop' }],
};

const lesson = {
  title: 'Fire once',
  markdown: 'The membrane follows $\\tau_{mem} \\dot v = v_{leak} - v + i$.',
  steps: [
    {
      id: 'once',
      title: 'Make it fire exactly once',
      checks: [
        {
          id: 'fires-once',
          description: 'The LIF neuron fires exactly once',
          conditions: [{ measure: { kind: 'spikeCount', node: 'pop' }, op: '==', value: 1 }],
        },
      ],
    },
  ],
  controls: [
    { id: 'tau', label: 'τmem', target: 'pop', field: 'params.tauMemMs', min: 1, max: 100 },
  ],
  locks: { elements: ['in'] },
  hidden: ['palette'],
};

function errorsOf(value: unknown): string[] {
  const result = parseCircuit(value);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('lesson section', () => {
  it('parses with defaults and survives a save round trip', () => {
    const result = parseCircuit({ ...circuit, lesson });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.lesson?.steps[0]?.markdown).toBe('');
    expect(result.document.lesson?.locks).toEqual({
      elements: ['in'],
      fields: [],
      structure: false,
    });
    const again = parseCircuit(JSON.parse(serializeCircuit(result.document)));
    expect(again).toEqual(result);
  });

  it('is optional', () => {
    const result = parseCircuit(circuit);
    expect(result.ok && result.document.lesson).toBeUndefined();
  });

  it('names the broken field', () => {
    const broken = JSON.parse(JSON.stringify(lesson)) as typeof lesson;
    (broken.controls[0] as { max: number }).max = 0;
    (broken.steps[0]!.checks[0]!.conditions[0] as { op: string }).op = '=';
    broken.hidden = ['everything'];
    expect(errorsOf({ ...circuit, lesson: broken })).toEqual([
      '$.lesson.steps[0].checks[0].conditions[0].op: must be one of == != < <= > >=, got "="',
      '$.lesson.controls[0].max: needs min < max',
      '$.lesson.hidden[0]: must be one of "palette", "inspector", "simulationBar", "backendPicker", "minimap", got "everything"',
    ]);
  });

  it('refuses duplicate ids and malformed field paths', () => {
    const broken = JSON.parse(JSON.stringify(lesson)) as typeof lesson;
    broken.controls.push({ ...broken.controls[0]!, field: 'params..tau' });
    const errors = errorsOf({ ...circuit, lesson: broken });
    expect(errors.join('\n')).toContain('$.lesson.controls[1].field: must be a dot path');
  });

  it('reads dot paths', () => {
    expect(readFieldPath({ spikeTimesMs: [[20, 100]] }, 'spikeTimesMs.0.1')).toBe(100);
    expect(readFieldPath({ params: {} }, 'params.tauMemMs')).toBeUndefined();
  });
});
