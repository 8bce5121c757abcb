/** A message about the engine that does not stop the window: a restart, a halted run, a refusal. */
import { getSimulation } from '../sim/simulation';
import { useSimStore } from '../sim/simStore';

export function EngineNotice() {
  const notice = useSimStore((s) => s.notice);
  if (notice === null) return null;
  return (
    <section
      className={`notice notice--${notice.kind}`}
      role="alert"
      data-testid="engine-notice"
      data-kind={notice.kind}
    >
      <strong className="notice__title">{notice.title}</strong>
      <span className="notice__message">{notice.message}</span>
      {notice.kind === 'crash' ? (
        <button type="button" onClick={() => getSimulation().controller.restartEngine()}>
          Restart engine
        </button>
      ) : null}
      <button
        type="button"
        aria-label="dismiss"
        onClick={() => useSimStore.setState({ notice: null })}
      >
        ×
      </button>
    </section>
  );
}
