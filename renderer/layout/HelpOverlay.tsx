/** The keyboard help (`?`): every action and its shortcuts, from the action registry, and the mouse gestures. */
import { useEffect, useRef } from 'react';
import { ACTIONS, type ActionGroup } from '../commands/actions';
import { formatCombo } from '../commands/keys';
import { useViewStore } from '../state/viewStore';

const GROUPS: readonly ActionGroup[] = [
  'Edit',
  'Select and move',
  'Connect and add',
  'Arrange',
  'View',
];

const MOUSE: readonly [string, string][] = [
  ['Drag a palette item onto the canvas', 'add it there (double-click: add at the centre)'],
  ['Drag from an output ● to an input ●', 'connect (valid targets light up)'],
  ['Drag on empty canvas', 'select with a box'],
  ['Shift / Ctrl + click', 'add to the selection'],
  ['Middle or right drag, Space + drag, wheel', 'pan'],
  ['Ctrl + wheel, pinch', 'zoom'],
  ['Double-click a node’s label', 'rename it'],
];

export function HelpOverlay() {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = () => useViewStore.getState().openDialog(null);
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog dialog--wide"
      aria-labelledby="help-title"
      onCancel={close}
      onKeyDown={(event) => {
        if (event.key === '?') close();
      }}
      data-testid="help-overlay"
    >
      <h2 id="help-title" className="dialog__title">
        Keyboard shortcuts
      </h2>
      <div className="help__columns">
        {GROUPS.map((group) => (
          <section key={group} className="help__group">
            <h3>{group}</h3>
            <dl>
              {ACTIONS.filter((a) => a.group === group).map((action) => (
                <div key={action.id} className="help__row">
                  <dt>{action.label}</dt>
                  <dd>
                    {action.keys.map((combo) => (
                      <kbd key={combo}>{formatCombo(combo)}</kbd>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section className="help__group">
          <h3>Mouse</h3>
          <dl>
            {MOUSE.map(([gesture, effect]) => (
              <div key={gesture} className="help__row">
                <dt>{gesture}</dt>
                <dd>{effect}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
      <div className="dialog__buttons">
        <button type="button" className="button button--primary" onClick={close} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
