import { describe, expect, it } from 'vitest';
import type { CircuitDocument } from '../schema';
import { doc, lif, oneToOne, spikeTimes } from '../testdata/circuits';
import { createSimulationSession } from './session';
import { createTestHost } from './testHost';

/** Input spikes at 20, 85, 150 ms into a LIF at weight 0.5: it never fires in 300 ms. */
function lessonDocument(): CircuitDocument {
  const circuit = doc(
    [spikeTimes('input', [[20, 85, 150]]), lif('lif', 1, { tauMemMs: 40, tauSynMs: 60, vTh: 0.8 })],
    [oneToOne('input-to-lif', 'input', 'lif', 0.5)],
    { durationMs: 300, inputOrder: 'norse-0.0.7' },
  );
  const check = (id: string, op: '==' | '>=', value: number) => ({
    id,
    description: id,
    conditions: [{ measure: { kind: 'spikeCount' as const, node: 'lif' }, op, value }],
  });
  return {
    ...circuit,
    lesson: {
      title: 'First spike',
      markdown: '',
      steps: [
        { id: 'once', title: 'once', markdown: '', checks: [check('fires-once', '==', 1)] },
        { id: 'any', title: 'any', markdown: '', checks: [check('smallest-fires', '>=', 1)] },
      ],
      controls: [],
      locks: { elements: [], fields: [], structure: false },
      hidden: [],
    },
  };
}

describe('simulation session: evaluateLesson', () => {
  it('answers with every check of the lesson, without a loaded circuit', async () => {
    const host = createTestHost();
    const session = createSimulationSession(host);
    session.handle({ kind: 'evaluateLesson', requestId: 7, document: lessonDocument() });
    await host.settle();
    expect(host.events).toEqual([
      expect.objectContaining({
        kind: 'lessonEvaluated',
        requestId: 7,
        simulatedMs: 300,
        results: [
          expect.objectContaining({ checkId: 'fires-once', status: 'fail' }),
          expect.objectContaining({ checkId: 'smallest-fires', status: 'fail' }),
        ],
      }),
    ]);
  });

  it('evaluates only the named checks', async () => {
    const host = createTestHost();
    const session = createSimulationSession(host);
    const document = lessonDocument();
    session.handle({ kind: 'evaluateLesson', requestId: 1, document, checkIds: ['fires-once'] });
    await host.settle();
    const event = host.events[0]!;
    expect(event.kind === 'lessonEvaluated' && event.results.map((r) => r.checkId)).toEqual([
      'fires-once',
    ]);
  });

  it('refuses a document the schema refuses, and a malformed request, as errors', async () => {
    const host = createTestHost();
    const session = createSimulationSession(host);
    session.handle({ kind: 'evaluateLesson', requestId: 2, document: { formatVersion: 2 } });
    session.handle({ kind: 'evaluateLesson', requestId: 3, document: {}, checkIds: 'all' });
    await host.settle();
    expect(host.events).toEqual([
      expect.objectContaining({
        kind: 'error',
        requestId: 3,
        error: {
          name: 'ProtocolError',
          message: 'evaluateLesson.checkIds must be a list of check ids',
        },
      }),
      expect.objectContaining({
        kind: 'error',
        requestId: 2,
        requestKind: 'evaluateLesson',
        error: expect.objectContaining({ name: 'SchemaError' }),
      }),
    ]);
  });
});
