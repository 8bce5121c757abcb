/**
 * The oscilloscope panes of the open circuit: one per probe or probes overlaid, a raster per
 * spike probe, with the window length for live runs. It reads the document from the editor store
 * and the loaded probes from the sim store; engine failures and notices are shown above it.
 */
import { useMemo, useState } from 'react';
import { FailurePanel } from '../layout/FailurePanel';
import { getSimulation } from '../sim/simulation';
import { useSimStore } from '../sim/simStore';
import { useEditorStore } from '../state/editorStore';
import { EngineNotice } from './EngineNotice';
import { buildPanes, type PaneSpec } from './paneLayout';
import { RasterPane } from './RasterPane';
import { TracePane } from './TracePane';
import type { WindowLength } from './viewWindow';
import './scopes.css';

const WINDOW_CHOICES: readonly WindowLength[] = ['all', 50, 100, 200, 500, 1000, 2000, 5000];

export function ScopeDock() {
  getSimulation();
  const probes = useSimStore((s) => s.probes);
  const phase = useSimStore((s) => s.phase);
  const failure = useSimStore((s) => s.failure);
  const [split, setSplit] = useState(false);
  const [windowMs, setWindowMs] = useState<WindowLength>('all');
  // The dock and its panes re-render only when the pane layout changes, not on every edit of
  // the document (a slider step): the selector returns the layout as a string.
  const panesKey = useEditorStore((s) => JSON.stringify(buildPanes(s.document, probes, split)));
  const panes = useMemo(() => JSON.parse(panesKey) as PaneSpec[], [panesKey]);
  const running = phase === 'running';

  return (
    <section className="scope-dock" aria-label="scopes" data-testid="scope-dock">
      {failure === null ? null : <FailurePanel failure={failure} />}
      <EngineNotice />
      <div className="scope-dock__toolbar">
        <label>
          window
          <select
            aria-label="window length"
            data-testid="window-length"
            value={String(windowMs)}
            onChange={(e) => setWindowMs(e.target.value === 'all' ? 'all' : Number(e.target.value))}
          >
            {WINDOW_CHOICES.map((choice) => (
              <option key={String(choice)} value={String(choice)}>
                {choice === 'all' ? 'whole run' : `${choice} ms`}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="split-panes"
            checked={split}
            onChange={(e) => setSplit(e.target.checked)}
          />
          one pane per probe
        </label>
        <span className="scope-dock__hint" data-testid="scope-hint">
          {running
            ? 'running: the panes follow the run · pause to zoom and pan'
            : 'drag to zoom · wheel zooms · Shift+drag pans · double-click fits'}
        </span>
      </div>
      {panes.map((spec) => {
        if (spec.kind === 'trace') {
          return (
            <TracePane
              key={spec.id}
              spec={spec}
              probes={probes}
              windowMs={windowMs}
              running={running}
            />
          );
        }
        const probe = probes.find((p) => p.probeId === spec.probeIds[0]);
        return probe === undefined ? null : (
          <RasterPane
            key={spec.id}
            spec={spec}
            probe={probe}
            windowMs={windowMs}
            running={running}
          />
        );
      })}
      {panes.length === 0 && phase !== 'failed' && phase !== 'starting' ? (
        <p className="empty-note">No probes: attach a probe to a population to see its traces.</p>
      ) : null}
    </section>
  );
}
