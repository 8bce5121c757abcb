import { describe, expect, it } from 'vitest';
import type { LoadedEvent } from './protocolTypes';
import { loadedState } from './controllerEvents';
import { INITIAL_SIM_STATE } from './simStore';

const loaded = (probeIds: string[]): LoadedEvent => ({
  kind: 'loaded',
  requestId: 1,
  backend: 'reference',
  backendChoice: 'auto',
  backendReason: 'small circuit',
  backends: [],
  dtMs: 1,
  totalSteps: 1000,
  inputOrder: 'norse-1.1',
  probes: probeIds.map((probeId) => ({ probeId }) as unknown as LoadedEvent['probes'][number]),
  diagnostics: [],
});

describe('loaded state', () => {
  it('drops the figures of the run before: they described another circuit', () => {
    const before = { ...INITIAL_SIM_STATE, lastRun: { simulatedMs: 265, computeMs: 12 } };
    expect(loadedState(loaded([]), before).lastRun).toBeNull();
  });

  it('keeps the probe array, and the pane layout, while the probes are the same', () => {
    const first = loadedState(loaded(['pv']), INITIAL_SIM_STATE);
    const state = { ...INITIAL_SIM_STATE, ...first };
    const again = loadedState(loaded(['pv']), state);
    expect(again.probes).toBe(state.probes);
    expect(again.layoutVersion).toBe(state.layoutVersion);
    expect(loadedState(loaded(['pv', 'ps']), state).layoutVersion).toBe(state.layoutVersion + 1);
  });
});
