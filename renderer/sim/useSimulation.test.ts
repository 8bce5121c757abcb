import { describe, expect, it } from 'vitest';
import type { EngineClient } from './engineClient';
import { EngineError } from './engineClient';
import { failureOf, openAndRun, type SimulationView } from './useSimulation';

const unusedClient: EngineClient = {
  load: () => Promise.reject(new Error('load must not be called')),
  run: () => Promise.reject(new Error('run must not be called')),
  dispose: () => {},
};

describe('opening a circuit file', () => {
  it('shows every located problem of a file that does not parse, without starting the engine', async () => {
    const views: SimulationView[] = [];
    const text = JSON.stringify({
      formatVersion: 1,
      name: 'x',
      nodes: [{ kind: 'lif' }],
      edges: [],
    });
    await openAndRun({ fileName: 'broken.spikeboard', text }, unusedClient, (v) => views.push(v));
    expect(views).toHaveLength(1);
    const view = views[0];
    if (view?.phase !== 'failed') throw new Error(`expected a failure, got ${view?.phase}`);
    expect(view.failure.title).toBe('broken.spikeboard could not be opened');
    expect(view.failure.details.length).toBeGreaterThan(0);
    expect(view.failure.details.every((line) => line.startsWith('$'))).toBe(true);
  });

  it('reports malformed JSON as a located problem too', async () => {
    const views: SimulationView[] = [];
    await openAndRun(
      { fileName: 'cut.spikeboard', text: '{"formatVersion": 1,' },
      unusedClient,
      (v) => views.push(v),
    );
    expect(views[0]?.phase).toBe('failed');
  });

  it('titles engine failures by what went wrong and lists the diagnostics', () => {
    const diagnostic = {
      code: 'E_LOOP',
      severity: 'error' as const,
      message: 'give one connection delay ≥ 1 step',
      nodeIds: ['a', 'b'],
      edgeIds: [],
    };
    const failure = failureOf(
      new EngineError({ name: 'CompileError', message: 'E_LOOP: loop a → b' }, 'load', [
        diagnostic,
      ]),
      'loop.spikeboard',
    );
    expect(failure).toEqual({
      title: 'loop.spikeboard cannot be simulated',
      message: 'E_LOOP: loop a → b',
      details: ['error E_LOOP: give one connection delay ≥ 1 step'],
    });
    expect(failureOf(new TypeError('boom'), 'x').message).toBe('TypeError: boom');
  });
});
