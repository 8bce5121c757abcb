/**
 * The simulation as the window drives it: modes, run / pause / step / reset, instant
 * re-simulation on every edit, and recovery when the worker dies. Framework-free (tested with a
 * fake worker); React components only call its methods and read the sim store.
 *
 * Live mode: Run streams at the chosen speed; a parameter edit reaches the running simulation as
 * `setParam` (a structural edit reloads it). Instant mode: every document change re-simulates the
 * whole run length from t = 0, coalesced so at most one run is in flight and the latest wins.
 */
import { paramChanges, type ParamChange } from './paramDiff';
import { MAX_INSTANT_PARAMS, rerunWithChanges } from './instantRerun';
import type { CircuitDocument, LoadedEvent } from './protocolTypes';
import { createCoalescer } from './coalescer';
import { EngineError, type EngineClient } from './engineClient';
import { failureOf } from './failure';
import { createEventHandler, loadedState } from './controllerEvents';
import { crashFailure, crashNotice, CRASH_WINDOW_MS, errorNotice, MAX_CRASHES } from './notices';
import type { SampleStore } from './sampleStore';
import { MAX_TRACES_PER_PROBE } from './sampleStore';
import type { SimState } from './simStore';
import type { DocumentSource, SimController, StoreApi } from './controllerTypes';

export type { DocumentSource, SimController, StoreApi };

export function createSimController(
  client: EngineClient,
  samples: SampleStore,
  store: StoreApi,
  documents: DocumentSource,
): SimController {
  let sent: CircuitDocument | null = null;
  let shown: CircuitDocument | null = null;
  let seq = 0;
  let docDurationMs = documents.get().simulation.durationMs;
  let chain: Promise<void> = Promise.resolve();
  let crashes: number[] = [];
  let unsubscribeDocs: (() => void) | null = null;
  const set = (partial: Partial<SimState>) => store.setState(partial);
  const get = () => store.getState();
  const name = () => documents.get().name;

  const events = createEventHandler(samples, store, () => instantActive);
  let instantActive = false;

  /** Runs controller steps one after another (a reset must land before the run after it). */
  function serial(op: () => Promise<void>): Promise<void> {
    chain = chain.then(op).catch(reportError);
    return chain;
  }

  function reportError(error: unknown): void {
    if (error instanceof EngineError && error.name === 'WorkerCrashed') return;
    if (error instanceof EngineError && error.requestKind === 'load') {
      set({ failure: failureOf(error, name()), phase: 'failed' });
      return;
    }
    set({ notice: errorNotice(error) });
  }

  function applyLoaded(loaded: LoadedEvent, document: CircuitDocument): void {
    samples.configure(loaded);
    sent = document;
    set(loadedState(loaded, get()));
  }

  async function load(document: CircuitDocument): Promise<void> {
    const { runLengthMs, backendChoice } = get();
    const loaded = await client.request({
      kind: 'load',
      document,
      durationMs: runLengthMs,
      backend: backendChoice,
    });
    applyLoaded(loaded, document);
  }

  async function loadLive(document: CircuitDocument): Promise<void> {
    await load(document);
    shown = document;
    samples.publish(seq);
    set({ phase: 'ready' });
  }

  /**
   * One instant-mode re-simulation. It waits its turn behind other controller steps, so by the
   * time it runs the user may have pressed Run: then it does nothing. A document that differs
   * only in what the simulation does not read (positions, labels, the canvas view) is not
   * simulated again unless `force` (run length, backend, restart).
   */
  const instant = createCoalescer(
    async (job: { document: CircuitDocument; seq: number; force: boolean }) => {
      await serial(async () => {
        if (get().mode !== 'instant') return;
        const changes =
          !job.force && sent !== null && get().failure === null
            ? paramChanges(sent, job.document)
            : null;
        if (changes?.length === 0) {
          sent = job.document;
          shown = job.document;
          samples.publish(job.seq);
          return;
        }
        // Only numbers changed (a slider step): the worker takes them in place (setParam, no
        // document to copy, parse and load) and runs the window again from t = 0.
        if (changes !== null && changes.length <= MAX_INSTANT_PARAMS && (await rerun(changes))) {
          sent = job.document;
          shown = job.document;
          samples.publish(job.seq);
          return;
        }
        // Both requests go at once (the worker takes them in order): one round trip, not two.
        // `loaded` arrives, and is applied, before the first samples.
        const loading = load(job.document);
        const running = client.request({
          kind: 'runFor',
          durationMs: get().runLengthMs,
          fromStart: true,
        });
        running.catch(() => undefined); // a failed load fails it too; the load reports why
        instantActive = true;
        try {
          await loading;
          await running;
        } finally {
          instantActive = false;
        }
        shown = job.document;
        samples.publish(job.seq);
      });
    },
  );
  const rerun = (changes: readonly ParamChange[]) =>
    rerunWithChanges(client, changes, get().runLengthMs, (active) => (instantActive = active));
  const resimulate = (force: boolean) => instant.submit({ document: documents.get(), seq, force });

  /**
   * Leaves instant mode (runs inside `serial`, so any instant run queued before has finished and
   * any queued after will see the mode and do nothing) and makes sure the worker holds the
   * latest document.
   */
  async function enterLive(): Promise<void> {
    if (get().mode === 'instant') {
      set({ mode: 'live' });
      instant.cancelPending();
    }
    const latest = documents.get();
    if (sent !== latest) await loadLive(latest);
  }

  function onDocument(document: CircuitDocument): void {
    seq++;
    if (document.simulation.durationMs !== docDurationMs) {
      docDurationMs = document.simulation.durationMs;
      set({ runLengthMs: docDurationMs });
    }
    if (get().mode === 'instant') {
      instant.submit({ document, seq, force: false });
      return;
    }
    const mySeq = seq;
    void serial(async () => {
      if (sent === null || mySeq !== seq) {
        if (mySeq === seq) await loadLive(document);
        return;
      }
      const changes = paramChanges(sent, document);
      try {
        if (changes === null)
          throw new EngineError({ name: 'NeedsReloadError', message: '' }, null);
        for (const change of changes) await client.request({ kind: 'setParam', ...change });
        sent = document;
        shown = document;
        samples.publish(mySeq);
      } catch (error) {
        if (!(error instanceof EngineError && error.name === 'NeedsReloadError')) throw error;
        const wasRunning = get().phase === 'running';
        await loadLive(document);
        if (wasRunning) await client.request({ kind: 'run', speed: get().speed });
      }
    });
  }

  function init(): void {
    void serial(async () => {
      await client.request({
        kind: 'subscribe',
        probeIds: 'all',
        maxTracesPerProbe: MAX_TRACES_PER_PROBE,
      });
    });
    if (get().mode === 'instant') resimulate(true);
    else void serial(() => loadLive(documents.get()));
  }

  function onCrash(error: { name: string; message: string }): void {
    const now = performance.now();
    crashes = [...crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    sent = null;
    instant.cancelPending();
    if (crashes.length >= MAX_CRASHES) {
      set({ phase: 'failed', failure: crashFailure(name(), error, crashes.length) });
      return;
    }
    set({ notice: crashNotice(error, get().mode === 'live'), restarts: get().restarts + 1 });
    client.restart();
    init();
  }

  client.onEvent(events.handle);
  client.onCrash(onCrash);

  const live = (op: () => Promise<void>) => () =>
    void serial(async () => {
      await enterLive();
      await op();
    });

  return {
    start() {
      set({ runLengthMs: docDurationMs });
      unsubscribeDocs = documents.subscribe(onDocument);
      init();
    },
    run: live(async () => {
      if (events.currentStep >= get().totalSteps) {
        await client.request({ kind: 'reset' });
        samples.clear();
        samples.publish(seq);
      }
      await client.request({ kind: 'run', speed: get().speed });
    }),
    pause: () => void serial(async () => void (await client.request({ kind: 'pause' }))),
    step: live(async () => {
      if (events.currentStep >= get().totalSteps) await client.request({ kind: 'reset' });
      await client.request({ kind: 'step', steps: 1 });
    }),
    reset: live(async () => {
      await client.request({ kind: 'reset' });
      samples.clear();
      samples.publish(seq);
    }),
    setMode(mode) {
      if (mode === get().mode) return;
      if (mode === 'live') {
        void serial(enterLive);
        return;
      }
      set({ mode });
      if (get().phase === 'running')
        void serial(async () => void (await client.request({ kind: 'pause' })));
      resimulate(true);
    },
    setRunLength(ms) {
      set({ runLengthMs: ms });
      if (get().mode === 'instant') resimulate(true);
      else void serial(() => loadLive(documents.get()));
    },
    setSpeed(speed) {
      set({ speed });
      if (get().phase === 'running')
        void serial(async () => void (await client.request({ kind: 'run', speed })));
    },
    chooseBackend(choice) {
      set({ backendChoice: choice });
      if (get().mode === 'instant') resimulate(true);
      else void serial(() => loadLive(documents.get()));
    },
    restartEngine() {
      crashes = [];
      set({ failure: null, notice: null, phase: 'starting' });
      sent = null;
      client.restart();
      init();
    },
    get documentSeq() {
      return seq;
    },
    get shownDocument() {
      return shown;
    },
    get currentStep() {
      return events.currentStep;
    },
    async idle() {
      await instant.idle();
      await chain;
    },
    dispose() {
      unsubscribeDocs?.();
      client.dispose();
    },
  };
}
