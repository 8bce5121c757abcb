/** The chrome every pane shares: title, y-scale choice, export buttons, readout, resize handle. */
import type { ReactNode } from 'react';
import type { usePaneHeight } from './usePaneHeight';
import type { YScale } from './yScale';

export interface PaneFrameProps {
  paneId: string;
  title: string;
  heightPx: number;
  yScale: YScale | null;
  onYScale(scale: YScale): void;
  onExportPng(): void;
  onExportCsv(): void;
  readoutRef: (element: HTMLElement | null) => void;
  handleProps: ReturnType<typeof usePaneHeight>['handleProps'];
  children: ReactNode;
}

function YScaleControls({ scale, onChange }: { scale: YScale; onChange(scale: YScale): void }) {
  const fixed = scale.mode === 'fixed' ? scale : null;
  return (
    <span className="pane__yscale">
      <label>
        y
        <select
          aria-label="y scale"
          value={scale.mode}
          onChange={(e) =>
            onChange(
              e.target.value === 'auto' ? { mode: 'auto' } : { mode: 'fixed', min: -0.2, max: 1.2 },
            )
          }
        >
          <option value="auto">autoscale</option>
          <option value="fixed">fixed</option>
        </select>
      </label>
      {fixed === null ? null : (
        <>
          <input
            aria-label="y min"
            type="number"
            step="any"
            value={fixed.min}
            onChange={(e) => {
              const min = Number(e.target.value);
              if (Number.isFinite(min) && min < fixed.max) onChange({ ...fixed, min });
            }}
          />
          <input
            aria-label="y max"
            type="number"
            step="any"
            value={fixed.max}
            onChange={(e) => {
              const max = Number(e.target.value);
              if (Number.isFinite(max) && max > fixed.min) onChange({ ...fixed, max });
            }}
          />
        </>
      )}
    </span>
  );
}

export function PaneFrame(props: PaneFrameProps) {
  return (
    <section className="pane" aria-label={`scope: ${props.title}`} data-pane={props.paneId}>
      <header className="pane__header">
        <h2 className="pane__title">{props.title}</h2>
        <span
          className="pane__readout"
          ref={props.readoutRef}
          data-testid={`readout-${props.paneId}`}
        />
        {props.yScale === null ? null : (
          <YScaleControls scale={props.yScale} onChange={props.onYScale} />
        )}
        <button type="button" onClick={props.onExportPng} title="Save this pane as a PNG picture">
          PNG
        </button>
        <button type="button" onClick={props.onExportCsv} title="Save this pane's data as CSV">
          CSV
        </button>
      </header>
      <div className="pane__body" style={{ height: props.heightPx }}>
        {props.children}
      </div>
      <div
        className="pane__resize"
        role="separator"
        aria-orientation="horizontal"
        aria-label={`resize ${props.title}`}
        data-testid={`resize-${props.paneId}`}
        {...props.handleProps}
      />
    </section>
  );
}
