/**
 * The editor's half of the toolbar: clear, undo/redo, clipboard, delete, connect, arrange, snap,
 * fit, theme and help. Every button runs the same registered action as its shortcut, and its
 * tooltip names the shortcut.
 */
import { useReactFlow } from '@xyflow/react';
import { action } from '../commands/actions';
import { formatCombo } from '../commands/keys';
import { clearCanvas } from '../commands/clearCanvas';
import { useEditorStore } from '../state/editorStore';
import { useViewStore } from '../state/viewStore';
import { useThemeStore } from '../theme/themeStore';
import { ToolIcon, type ToolIconName } from './ToolIcon';

function ToolButton(props: {
  actionId: string;
  icon: ToolIconName;
  disabled?: boolean;
  pressed?: boolean;
  label?: string;
}) {
  const flow = useReactFlow();
  const a = action(props.actionId);
  const keys = a.keys.map((k) => formatCombo(k)).join(' or ');
  const label = props.label ?? a.label;
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      title={`${label} (${keys})`}
      disabled={props.disabled}
      aria-pressed={props.pressed}
      data-testid={`tool-${props.actionId}`}
      onClick={() => a.run({ flow })}
    >
      <ToolIcon name={props.icon} />
    </button>
  );
}

const ALIGN_OPTIONS: readonly [string, string][] = [
  ['alignLeft', 'Align left'],
  ['alignCenterX', 'Align centres ↕'],
  ['alignRight', 'Align right'],
  ['alignTop', 'Align top'],
  ['alignCenterY', 'Align centres ↔'],
  ['alignBottom', 'Align bottom'],
  ['distributeX', 'Distribute ↔'],
  ['distributeY', 'Distribute ↕'],
];

export function EditorTools() {
  const flow = useReactFlow();
  const canUndo = useEditorStore((s) => s.history.past.length > 0);
  const canRedo = useEditorStore((s) => s.history.future.length > 0);
  const selectedNodes = useEditorStore((s) => s.selection.nodeIds.length);
  const selectedAny = useEditorStore(
    (s) => s.selection.nodeIds.length + s.selection.edgeIds.length,
  );
  const snap = useViewStore((s) => s.snapToGrid);
  const theme = useThemeStore((s) => s.preference);
  return (
    <div className="editor-tools" role="toolbar" aria-label="Editing tools">
      <button
        type="button"
        className="tool"
        aria-label="Clear the canvas"
        title="Clear the canvas (Undo brings the circuit back)"
        data-testid="tool-clear"
        onClick={() => {
          const outcome = useEditorStore.getState().execute(clearCanvas());
          if (outcome.ok) void flow.setViewport({ x: 0, y: 0, zoom: 1 });
        }}
      >
        <ToolIcon name="clear" />
      </button>
      <span className="tool-separator" />
      <ToolButton actionId="undo" icon="undo" disabled={!canUndo} />
      <ToolButton actionId="redo" icon="redo" disabled={!canRedo} />
      <span className="tool-separator" />
      <ToolButton actionId="cut" icon="cut" disabled={selectedNodes === 0} label="Cut" />
      <ToolButton actionId="copy" icon="copy" disabled={selectedNodes === 0} label="Copy" />
      <ToolButton actionId="paste" icon="paste" />
      <ToolButton actionId="duplicate" icon="duplicate" disabled={selectedNodes === 0} />
      <ToolButton actionId="delete" icon="delete" disabled={selectedAny === 0} />
      <span className="tool-separator" />
      <ToolButton actionId="connect" icon="connect" label="Connect…" />
      <select
        className="tool-select"
        aria-label="Align or distribute the selection"
        title="Align or distribute the selected nodes (Alt+Shift+A, D, W, S, H, V; Alt+Shift+X, Y)"
        value=""
        disabled={selectedNodes < 2}
        data-testid="tool-align"
        onChange={(event) => action(event.target.value).run({ flow })}
      >
        <option value="" disabled>
          Align…
        </option>
        {ALIGN_OPTIONS.map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
      <ToolButton actionId="autoLayout" icon="layout" />
      <ToolButton
        actionId="snapToggle"
        icon="snap"
        pressed={snap}
        label={`Snap to grid (${snap ? 'on' : 'off'})`}
      />
      <ToolButton actionId="fit" icon="fit" />
      <span className="tool-separator" />
      <ToolButton actionId="theme" icon="theme" label={`Theme: ${theme}`} />
      <ToolButton actionId="help" icon="help" />
    </div>
  );
}
