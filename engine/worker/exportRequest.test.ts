import { describe, expect, it } from 'vitest';
import { doc, lif, oneToOne, spikeTimes } from '../testdata/circuits';
import { createSimulationSession } from './session';
import { createTestHost } from './testHost';

const circuit = doc(
  [spikeTimes('input', [[20, 85]]), lif('lif', 1, { tauMemMs: 40, tauSynMs: 60, vTh: 0.8 })],
  [oneToOne('input-to-lif', 'input', 'lif', 1)],
  { durationMs: 100, inputOrder: 'norse-1.1' },
);

describe('simulation session: export', () => {
  it('answers with the script bytes and a file name, without a loaded circuit', async () => {
    const host = createTestHost();
    const session = createSimulationSession(host);
    session.handle({ kind: 'export', requestId: 4, document: circuit, target: 'brian2' });
    await host.settle();
    const event = host.events[0]!;
    expect(event).toMatchObject({ kind: 'exported', requestId: 4, target: 'brian2' });
    if (event.kind !== 'exported') throw new Error('not exported');
    expect(event.fileName).toMatch(/-brian2\.py$/);
    expect(event.mimeType).toBe('text/x-python');
    const text = new TextDecoder().decode(event.bytes);
    expect(text).toContain("method='euler'");
    expect(text).toContain('STEPS = 100');
  });

  it('refuses an unknown target and a document the schema refuses', async () => {
    const host = createTestHost();
    const session = createSimulationSession(host);
    session.handle({ kind: 'export', requestId: 1, document: circuit, target: 'nest' });
    session.handle({ kind: 'export', requestId: 2, document: { formatVersion: 2 }, target: 'nir' });
    await host.settle();
    expect(host.events).toEqual([
      expect.objectContaining({
        kind: 'error',
        requestId: 1,
        error: { name: 'ProtocolError', message: 'export.target must be norse, brian2, nir' },
      }),
      expect.objectContaining({
        kind: 'error',
        requestId: 2,
        requestKind: 'export',
        error: expect.objectContaining({ name: 'SchemaError' }),
      }),
    ]);
  });
});
