/**
 * The line at the bottom of the window: which backend runs, how fast the last run was
 * ("1000 ms simulated in 4 ms"), where a live run is (painted straight into the DOM after worker
 * events, ten times a second at most, never through React; not announced by screen readers),
 * and the engine's trouble in a word.
 */
import { useEffect, useRef } from 'react';
import { atMostEvery } from '../sim/atMostEvery';
import { getSimulation } from '../sim/simulation';
import { useSimStore, type SimState } from '../sim/simStore';
import { useEditorStore } from '../state/editorStore';

/** The clock's digits change at most ten times a second. */
const CLOCK_INTERVAL_MS = 100;

function describe(state: SimState): string {
  const backend = `backend ${state.backend ?? '…'}`;
  switch (state.phase) {
    case 'starting':
      return 'starting the engine…';
    case 'failed':
      return 'stopped: see the message above';
    case 'running':
      return `${backend} · running ${state.speed === 'max' ? 'as fast as possible' : `×${state.speed}`}`;
    default: {
      const run = state.lastRun;
      if (run === null) return `${backend} · ready`;
      return `${backend} · ${run.simulatedMs} ms simulated in ${Math.round(run.computeMs)} ms`;
    }
  }
}

export function StatusBar() {
  const state = useSimStore();
  // An empty circuit has nothing to report: no run figures, no backend choice for 0 neurons.
  const empty = useEditorStore((s) => s.document.nodes.length === 0);
  const clockRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const { controller, client } = getSimulation();
    let frame = 0;
    const paint = () => {
      frame = 0;
      const clock = clockRef.current;
      if (clock === null) return;
      const timeMs = +(controller.currentStep * useSimStore.getState().dtMs).toFixed(6);
      if (clock.dataset.timeMs !== String(timeMs)) {
        clock.dataset.timeMs = String(timeMs);
        clock.textContent = `t = ${timeMs} ms`;
      }
    };
    // The step counter moves only on the worker's events: paint in the frame after one, at most
    // every CLOCK_INTERVAL_MS, so an idle window asks for no frames at all.
    const painting = atMostEvery(CLOCK_INTERVAL_MS, () => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    });
    const schedule = () => painting.request();
    const stop = client.onEvent(schedule);
    schedule();
    return () => {
      stop();
      cancelAnimationFrame(frame);
      painting.cancel();
    };
  }, []);

  return (
    <footer className="status-bar" role="status" data-testid="status-bar" data-phase={state.phase}>
      <span data-testid="status-text">
        {empty && state.phase !== 'failed' && state.phase !== 'starting'
          ? 'empty circuit: add a node from the palette, or open an example'
          : describe(state)}
      </span>
      <span
        className="status-bar__clock"
        ref={clockRef}
        data-testid="status-clock"
        aria-live="off"
        hidden={empty}
      />
      {state.backendReason && !empty ? (
        <span className="status-bar__detail">{state.backendReason}</span>
      ) : null}
      {state.inputOrder === null || empty ? null : (
        <span className="status-bar__detail">input order {state.inputOrder}</span>
      )}
      <span className="status-bar__detail">
        {state.mode === 'live' ? 'live mode' : 'instant mode'}
      </span>
      {state.notice === null ? null : (
        <span className="status-bar__error" data-testid="status-error">
          {state.notice.title}
        </span>
      )}
    </footer>
  );
}
