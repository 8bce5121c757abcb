/**
 * NaN and infinity anywhere: the worker halts on a population nothing probes and names its first
 * neuron and the first step (found by replaying), on the reference and on wasm-simd; after a live
 * edit (no faithful replay) it names the step where it noticed and says so.
 */
import { describe, expect, it } from 'vitest';
import type { BackendName } from '../backends/types';
import type { HaltedEvent } from '../protocol/messages';
import { overflowingUnprobed } from './fixtures';
import { registrySession } from './testHost';

async function setup(name: BackendName) {
  const { host, send } = await registrySession(name, overflowingUnprobed());
  const halted = () => host.events.find((e): e is HaltedEvent => e.kind === 'halted');
  return { host, send, halted };
}

describe.each(['reference', 'wasm-simd'] as const)(
  '%s: NaN in a population nobody probes',
  (name) => {
    it('halts a run for a duration, naming population, neuron and the first step', async () => {
      const { host, send, halted } = await setup(name);
      await send({ kind: 'runFor', requestId: 2, durationMs: 100, fromStart: true });
      expect(halted()).toMatchObject({
        requestId: 2,
        populationId: 'hidden',
        populationLabel: 'hidden',
        probeId: null,
        neuron: 0,
        step: 10,
        value: 'Infinity',
      });
      expect(halted()?.approximate).toBeUndefined();
      // The replay left the runner where the run stopped, and the run is paused there.
      const last = host.events.at(-1);
      expect(last).toMatchObject({ kind: 'state', state: 'paused' });
      expect(last?.kind === 'state' && last.currentStep).toBe(halted()!.currentStep);
    });

    it('halts a live run too', async () => {
      const { host, send, halted } = await setup(name);
      await send({ kind: 'run', requestId: 2, speed: 1 });
      await host.advanceTime(150);
      expect(halted()).toMatchObject({ populationId: 'hidden', neuron: 0, step: 10 });
    });

    it('after a live edit it names the step where it noticed, marked approximate', async () => {
      const { send, halted } = await setup(name);
      await send({ kind: 'step', requestId: 2, steps: 5 });
      await send({
        kind: 'setParam',
        requestId: 3,
        nodeId: 'hidden',
        field: 'tauMemMs',
        value: 20,
      });
      await send({ kind: 'runFor', requestId: 4, durationMs: 95 });
      const event = halted()!;
      expect(event).toMatchObject({ populationId: 'hidden', neuron: 0, approximate: true });
      expect(event.step).toBeGreaterThanOrEqual(10);
      expect(event.step).toBeLessThan(event.currentStep);
    });
  },
);
