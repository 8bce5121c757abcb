/**
 * The window: a header, the scope of the open circuit, a status bar. It only composes; opening,
 * running and drawing live in project/, sim/ and scopes/.
 */
import { FailurePanel } from './layout/FailurePanel';
import { StatusBar } from './layout/StatusBar';
import { LIF_VERSUS_LI } from './project/examples';
import { MembraneScope } from './scopes/MembraneScope';
import { useSimulation } from './sim/useSimulation';

export function App() {
  const view = useSimulation(LIF_VERSUS_LI);
  const title =
    view.phase === 'running' || view.phase === 'done' ? view.document.name : LIF_VERSUS_LI.fileName;
  return (
    <div className="app">
      <header className="app__header">
        <span className="app__name">Spikeboard</span>
        <span className="app__document" data-testid="document-name">
          {title}
        </span>
      </header>
      <main className="app__main">
        {view.phase === 'failed' ? <FailurePanel failure={view.failure} /> : null}
        {view.phase === 'running' || view.phase === 'done' ? (
          <MembraneScope document={view.document} store={view.store} />
        ) : null}
        {view.phase === 'starting' ? <p className="empty-note">Opening {title}…</p> : null}
      </main>
      <StatusBar view={view} />
    </div>
  );
}
