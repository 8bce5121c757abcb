/**
 * The palette: every node kind with its icon and one line. Drag an item onto the canvas to place
 * it there; double-click it, or focus it and press Enter, to add one at the centre of the view.
 * Arrow keys move between items.
 */
import { useReactFlow } from '@xyflow/react';
import { useRef, type KeyboardEvent } from 'react';
import { LockNote } from '../lesson/inspectorLocks';
import { structureLockReason } from '../lesson/locks';
import { KindIcon } from '../nodes/KindIcon';
import { useEditorStore } from '../state/editorStore';
import { colorKey } from '../theme/colors';
import { PALETTE_ENTRIES, PALETTE_MIME, type PaletteEntry } from './paletteEntries';
import { placeNode } from './placeNode';

function focusNodeSoon(nodeId: string | null): void {
  if (nodeId === null) return;
  requestAnimationFrame(() => {
    document
      .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`)
      ?.focus();
  });
}

export function Palette() {
  const { screenToFlowPosition } = useReactFlow();
  const list = useRef<HTMLUListElement>(null);
  const locked = useEditorStore((s) => structureLockReason(s.document));

  const addAtCentre = (entry: PaletteEntry, focusNew: boolean) => {
    const canvas = document.querySelector('.canvas')?.getBoundingClientRect();
    const centre =
      canvas === undefined
        ? { x: 0, y: 0 }
        : screenToFlowPosition({ x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 });
    const id = placeNode(entry, centre);
    if (focusNew) focusNodeSoon(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, entry: PaletteEntry, k: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      addAtCentre(entry, false);
      return;
    }
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button');
    const count = buttons?.length ?? 0;
    buttons?.[(k + step + count) % count]?.focus();
  };

  return (
    <nav className="palette" aria-label="Palette: drag onto the canvas, or press Enter">
      <h2 className="panel-title">Add</h2>
      {locked === null ? null : <LockNote testId="palette-locked">{locked}</LockNote>}
      <ul ref={list} className="palette__list">
        {PALETTE_ENTRIES.map((entry, k) => (
          <li key={entry.id}>
            <button
              type="button"
              className={`palette__item palette__item--${colorKey(entry.kind)}`}
              data-testid={`palette-${entry.id}`}
              draggable={locked === null}
              disabled={locked !== null}
              onDragStart={(event) => {
                event.dataTransfer.setData(PALETTE_MIME, entry.id);
                event.dataTransfer.effectAllowed = 'copy';
              }}
              onDoubleClick={() => addAtCentre(entry, false)}
              onKeyDown={(event) => onKeyDown(event, entry, k)}
              title={`${entry.description} Drag onto the canvas, or double-click / Enter to add.`}
            >
              <span className="palette__icon">
                <KindIcon kind={entry.kind} size={22} />
              </span>
              <span className="palette__text">
                <span className="palette__title">{entry.title}</span>
                <span className="palette__description">{entry.description}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
