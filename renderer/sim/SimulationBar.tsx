/**
 * ▶ Run, ⏸ Pause, ⏭ Step, ⟲ Reset, the run length, the speed, live or instant mode, and the
 * backend. It only calls the controller; what it shows comes from the sim store.
 */
import { NOT_PROBED_REASON } from '../../engine/protocol/messages';
import { useLessonHides } from '../lesson/hidden';
import { getSimulation } from './simulation';
import { useSimStore } from './simStore';
import type { BackendChoice, RunSpeed } from './protocolTypes';
import { PauseIcon, ResetIcon, RunIcon, StepIcon } from './icons';
import './sim.css';

const SPEEDS: readonly RunSpeed[] = [0.1, 0.25, 0.5, 1, 2, 5, 10, 100, 'max'];
const MAX_RUN_LENGTH_MS = 3_600_000;

export function SimulationBar() {
  const { controller } = getSimulation();
  const mode = useSimStore((s) => s.mode);
  const phase = useSimStore((s) => s.phase);
  const runLengthMs = useSimStore((s) => s.runLengthMs);
  const speed = useSimStore((s) => s.speed);
  const backendChoice = useSimStore((s) => s.backendChoice);
  const backends = useSimStore((s) => s.backends);
  const hideBackend = useLessonHides('backendPicker');
  const blocked = phase === 'starting' || phase === 'failed';
  const running = phase === 'running';

  return (
    <nav className="sim-bar" aria-label="simulation" data-testid="simulation-bar">
      <button
        type="button"
        data-testid="sim-run"
        onClick={controller.run}
        disabled={blocked || running}
        title="Run live from here (restarts at the end)"
      >
        <RunIcon /> Run
      </button>
      <button
        type="button"
        data-testid="sim-pause"
        onClick={controller.pause}
        disabled={!running}
        title="Pause the live run"
      >
        <PauseIcon /> Pause
      </button>
      <button
        type="button"
        data-testid="sim-step"
        onClick={controller.step}
        disabled={blocked}
        title="Advance one time step"
      >
        <StepIcon /> Step
      </button>
      <button
        type="button"
        data-testid="sim-reset"
        onClick={controller.reset}
        disabled={blocked}
        title="Back to t = 0"
      >
        <ResetIcon /> Reset
      </button>
      <label className="sim-bar__field">
        run length
        <input
          type="number"
          aria-label="run length in ms"
          min={1}
          max={MAX_RUN_LENGTH_MS}
          step="any"
          value={runLengthMs}
          onChange={(e) => {
            const value = Number(e.target.value);
            if (Number.isFinite(value) && value > 0 && value <= MAX_RUN_LENGTH_MS)
              controller.setRunLength(value);
          }}
        />
        ms
      </label>
      <label className="sim-bar__field">
        speed
        <select
          aria-label="speed"
          value={String(speed)}
          onChange={(e) =>
            controller.setSpeed(e.target.value === 'max' ? 'max' : Number(e.target.value))
          }
        >
          {SPEEDS.map((s) => (
            <option key={String(s)} value={String(s)}>
              {s === 'max' ? 'as fast as possible' : `×${s}`}
            </option>
          ))}
        </select>
      </label>
      <span className="sim-bar__modes" role="radiogroup" aria-label="mode">
        {(['live', 'instant'] as const).map((m) => (
          <label
            key={m}
            className={mode === m ? 'sim-bar__mode sim-bar__mode--on' : 'sim-bar__mode'}
          >
            <input
              type="radio"
              name="sim-mode"
              value={m}
              checked={mode === m}
              onChange={() => controller.setMode(m)}
            />
            {m === 'live' ? 'Live' : 'Instant'}
          </label>
        ))}
      </span>
      {hideBackend ? null : (
        <label className="sim-bar__field">
          backend
          <select
            aria-label="backend"
            data-testid="sim-backend"
            value={backendChoice}
            onChange={(e) => controller.chooseBackend(e.target.value as BackendChoice)}
          >
            <option value="auto">auto</option>
            {backends.map((b) => (
              <option
                key={b.name}
                value={b.name}
                disabled={!b.available && b.reason !== NOT_PROBED_REASON}
                title={b.reason ?? ''}
              >
                {b.label}
                {b.available
                  ? ''
                  : b.reason === NOT_PROBED_REASON
                    ? ' (not probed yet)'
                    : ' (unavailable)'}
              </option>
            ))}
          </select>
        </label>
      )}
    </nav>
  );
}
