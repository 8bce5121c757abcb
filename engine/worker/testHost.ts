/**
 * A session host for tests: a fake clock that moves only when told, timers fired by the test,
 * and the exact reference backend (optionally slowed down in fake time, so slicing shows).
 */
import { createReferenceRunner } from '../backends/reference';
import { createRunner, listBackends } from '../backends/registry';
import type { BackendInfo, BackendName, BackendRunner } from '../backends/types';
import type { Plan } from '../compile';
import type { SamplesEvent, WorkerEvent, WorkerRequest } from '../protocol/messages';
import type { CircuitDocument } from '../schema';
import type { BackendAccess } from './circuit';
import type { SessionHost } from './host';
import { createSimulationSession } from './session';

export const REFERENCE_INFO: BackendInfo = {
  name: 'reference',
  label: 'Reference (exact)',
  available: true,
  reason: null,
  device: 'cpu',
  exact: true,
  tolerance: { maxAbs: 0, maxRel: 0, spikeSteps: 'identical' },
};

export interface TestHost extends SessionHost {
  events: WorkerEvent[];
  transfers: ArrayBuffer[][];
  created: BackendRunner[];
  nowMs: number;
  /** Fake milliseconds one simulated step costs (0: free). */
  msPerStep: number;
  /** Runs pending microtasks and every timer due now, until nothing is left to do. */
  settle(): Promise<void>;
  /** Moves the clock forward in frame-sized hops, settling after each. */
  advanceTime(ms: number, hopMs?: number): Promise<void>;
  samples(): SamplesEvent[];
}

const microtasks = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function createTestHost(): TestHost {
  const timers: { atMs: number; callback: () => void }[] = [];
  const host: TestHost = {
    events: [],
    transfers: [],
    created: [],
    nowMs: 0,
    msPerStep: 0,
    post(event, transfer) {
      host.events.push(event);
      host.transfers.push(transfer);
    },
    now: () => host.nowMs,
    later(callback, delayMs) {
      timers.push({ atMs: host.nowMs + delayMs, callback });
    },
    backends: undefined as unknown as BackendAccess,
    async settle() {
      for (let round = 0; round < 10_000; round++) {
        await microtasks();
        const due = timers.filter((t) => t.atMs <= host.nowMs);
        if (due.length === 0) {
          await microtasks();
          if (!timers.some((t) => t.atMs <= host.nowMs)) return;
          continue;
        }
        for (const timer of due) {
          timers.splice(timers.indexOf(timer), 1);
          timer.callback();
        }
      }
      throw new Error('the session did not settle');
    },
    async advanceTime(ms, hopMs = 16) {
      const end = host.nowMs + ms;
      while (host.nowMs < end) {
        host.nowMs = Math.min(end, host.nowMs + hopMs);
        await host.settle();
      }
    },
    samples: () => host.events.filter((e): e is SamplesEvent => e.kind === 'samples'),
  };
  host.backends = {
    list: () => Promise.resolve([REFERENCE_INFO]),
    choose: () => 'reference',
    create(plan: Plan) {
      const runner = createReferenceRunner(plan);
      const wrapped: BackendRunner = {
        plan,
        backend: 'reference',
        updatePlan: (next) => Promise.resolve(runner.updatePlan!(next)),
        findNonFinite: () => runner.findNonFinite!(),
        get currentStep() {
          return runner.currentStep;
        },
        advance(steps) {
          host.nowMs += steps * host.msPerStep;
          return Promise.resolve(runner.advance(steps));
        },
        reset: () => runner.reset(),
        dispose: () => undefined,
      };
      host.created.push(wrapped);
      return Promise.resolve(wrapped);
    },
  };
  return host;
}

/** One probe's v/i trace (first neuron) over the given sample events, from step 0. */
export function concatTrace(events: readonly SamplesEvent[], probeId: string, neuron = 0) {
  const steps = events.reduce((n, e) => Math.max(n, e.fromStep + e.steps), 0);
  const out = new Float32Array(steps);
  for (const event of events) {
    const values = event.traces.find((t) => t.probeId === probeId)?.values?.[neuron];
    if (values) out.set(values, event.fromStep);
  }
  return out;
}

/**
 * A session on the real backend registry with `name` chosen, `document` loaded. WebAssembly
 * compiles off the fake clock, so `send` waits in real time until the request is answered.
 */
export async function registrySession(name: BackendName, document: CircuitDocument) {
  const host = createTestHost();
  if (name !== 'reference') {
    const listed = await listBackends({ skip: ['webasm', 'cpu', 'webgl2', 'webgpu'] });
    host.backends = {
      list: () => Promise.resolve(listed),
      choose: () => name,
      async create(plan, backend) {
        const runner = await createRunner(plan, backend);
        host.created.push(runner);
        return runner;
      },
    };
  }
  const session = createSimulationSession(host);
  const send = async (message: WorkerRequest) => {
    session.handle(message);
    const answered = () =>
      host.events.some(
        (e) =>
          'requestId' in e &&
          e.requestId === message.requestId &&
          ['loaded', 'state', 'error'].includes(e.kind),
      );
    for (let k = 0; k < 500 && !answered(); k++) {
      await host.settle();
      if (!answered()) await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  await send({ kind: 'load', requestId: 1, document, backend: name });
  return { host, send };
}
