/**
 * A resizable, collapsible panel of the window (palette, inspector, scope dock): the panel itself,
 * its splitter on the inner edge and a collapse button; collapsed, a narrow rail with a button to
 * expand it. Collapsing or expanding refits the canvas to its new size.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, type ReactNode } from 'react';
import { canvasFitOptions } from '../../canvas/fitView';
import { formatCombo } from '../../commands/keys';
import { PANEL_SPECS, type PanelId } from './panelModel';
import { PANEL_KEYS } from './panelActions';
import { usePanelCollapsed, usePanelStore } from './panelStore';
import { Splitter } from './Splitter';
import './panels.css';

const ARROWS: Record<PanelId, [string, string]> = {
  palette: ['«', '»'],
  inspector: ['»', '«'],
  dock: ['▾', '▴'],
};

export function PanelFrame({ panel, children }: { panel: PanelId; children: ReactNode }) {
  const collapsed = usePanelCollapsed(panel);
  const frame = useRef<HTMLDivElement>(null);
  const flow = useReactFlow();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // After the grid has its new columns: fit the circuit into the canvas's new size.
    const id = requestAnimationFrame(
      () => void flow.fitView({ ...canvasFitOptions(), duration: 150 }),
    );
    return () => cancelAnimationFrame(id);
  }, [collapsed, flow]);
  const spec = PANEL_SPECS[panel];
  const key = formatCombo(PANEL_KEYS[panel]);
  const toggle = () => usePanelStore.getState().toggle(panel);
  const [hide, show] = ARROWS[panel];
  return (
    <div
      ref={frame}
      className={`panel-frame panel-frame--${panel}${collapsed ? ' is-collapsed' : ''}`}
      data-testid={`panel-${panel}`}
      data-collapsed={collapsed}
    >
      {collapsed ? (
        <button
          type="button"
          className="panel-frame__rail"
          data-testid={`panel-expand-${panel}`}
          aria-label={`Show the ${spec.label} (${key})`}
          title={`Show the ${spec.label} (${key})`}
          onClick={toggle}
        >
          <span aria-hidden="true">{show}</span>
          <span className="panel-frame__rail-label">{spec.label}</span>
        </button>
      ) : (
        <>
          {children}
          <Splitter panel={panel} frame={() => frame.current} />
          <button
            type="button"
            className="panel-frame__collapse"
            data-testid={`panel-collapse-${panel}`}
            aria-label={`Hide the ${spec.label} (${key})`}
            title={`Hide the ${spec.label} (${key})`}
            onClick={toggle}
          >
            {hide}
          </button>
        </>
      )}
    </div>
  );
}
