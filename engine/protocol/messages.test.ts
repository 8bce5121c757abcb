import { describe, expect, it } from 'vitest';
import { REQUEST_KINDS, requestShapeProblem, toErrorInfo, transferablesOf } from './messages';

describe('worker protocol', () => {
  it('accepts every well-formed request kind', () => {
    const good = [
      { kind: 'load', requestId: 1, document: {}, durationMs: 500, backend: 'auto' },
      { kind: 'run', requestId: 2, speed: 1 },
      { kind: 'run', requestId: 3, speed: 'max', untilStep: 10 },
      { kind: 'pause', requestId: 4 },
      { kind: 'step', requestId: 5, steps: 3 },
      { kind: 'reset', requestId: 6 },
      { kind: 'runFor', requestId: 7, durationMs: 1000, fromStart: true },
      { kind: 'setParam', requestId: 8, nodeId: 'lif', field: 'vTh', value: 0.5, neuron: 0 },
      { kind: 'subscribe', requestId: 9, probeIds: ['p'], maxTracesPerProbe: 8 },
      { kind: 'chooseBackend', requestId: 10, backend: 'reference' },
      { kind: 'ping', requestId: 11 },
      { kind: 'evaluateLesson', requestId: 12, document: {}, checkIds: ['fires-once'] },
      { kind: 'export', requestId: 13, document: {}, target: 'brian2' },
    ];
    expect(new Set(good.map((r) => r.kind))).toEqual(new Set(REQUEST_KINDS));
    for (const request of good) expect(requestShapeProblem(request), request.kind).toBeNull();
  });

  it('names what is wrong with a malformed request', () => {
    expect(requestShapeProblem('run')).toMatch(/object/);
    expect(requestShapeProblem({ kind: 'fly', requestId: 1 })).toMatch(
      /unknown request kind "fly"/,
    );
    expect(requestShapeProblem({ kind: 'ping', requestId: 1.5 })).toMatch(/requestId/);
    expect(requestShapeProblem({ kind: 'run', requestId: 1 })).toMatch(/run.speed/);
    expect(requestShapeProblem({ kind: 'runFor', requestId: 1, durationMs: -3 })).toMatch(
      /runFor.durationMs/,
    );
    expect(requestShapeProblem({ kind: 'subscribe', requestId: 1, probeIds: [1] })).toMatch(
      /probeIds/,
    );
    expect(
      requestShapeProblem({
        kind: 'setParam',
        requestId: 1,
        nodeId: 'a',
        field: 'b',
        value: 1 / 0,
      }),
    ).toMatch(/finite/);
  });

  it('lists each sample buffer once for transfer', () => {
    const shared = new Float32Array(4);
    const event = {
      kind: 'samples' as const,
      requestId: 1,
      fromStep: 0,
      steps: 2,
      traces: [
        { probeId: 'a', values: [shared.subarray(0, 2), shared.subarray(2)] },
        { probeId: 'b', spikeSteps: Int32Array.of(1), spikeNeurons: Int32Array.of(0) },
      ],
    };
    expect(transferablesOf(event)).toHaveLength(3);
    expect(transferablesOf({ kind: 'pong', requestId: 1 })).toEqual([]);
  });

  it('carries errors as name, message and stack', () => {
    expect(toErrorInfo(new RangeError('too far'))).toMatchObject({
      name: 'RangeError',
      message: 'too far',
      stack: expect.stringContaining('too far'),
    });
    expect(toErrorInfo('plain')).toEqual({ name: 'Error', message: 'plain' });
  });
});
