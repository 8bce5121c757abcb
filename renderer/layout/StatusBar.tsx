import type { SimulationView } from '../sim/useSimulation';

export interface StatusBarProps {
  view: SimulationView;
}

function describe(view: SimulationView): string {
  switch (view.phase) {
    case 'starting':
      return 'starting the engine…';
    case 'failed':
      return 'stopped: see the message above';
    case 'running':
      return `backend ${view.status.backend} · running…`;
    case 'done': {
      const { backend, simulatedMs, elapsedMs } = view.status;
      return `backend ${backend} · ${simulatedMs} ms simulated in ${Math.round(elapsedMs ?? 0)} ms`;
    }
  }
}

/** The one line at the bottom of the window: which backend ran, and how fast. */
export function StatusBar({ view }: StatusBarProps) {
  const order = view.phase === 'running' || view.phase === 'done' ? view.status.inputOrder : null;
  return (
    <footer className="status-bar" role="status" data-testid="status-bar" data-phase={view.phase}>
      <span data-testid="status-text">{describe(view)}</span>
      {order === null ? null : <span className="status-bar__order">input order {order}</span>}
    </footer>
  );
}
