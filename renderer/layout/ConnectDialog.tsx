/**
 * The keyboard way to connect (shortcut C): pick the source and the target from lists, see at once
 * whether the connection is allowed and why not, press Enter. The same rules as dragging.
 */
import { useEffect, useRef, useState } from 'react';
import { NODE_KIND_INFO, hasInput, hasOutput, type CircuitNode } from '../../engine/schema';
import { checkConnection } from '../canvas/connectionRules';
import { runConnect } from '../canvas/connectHandlers';
import { useEditorStore } from '../state/editorStore';
import { useViewStore } from '../state/viewStore';

function optionText(node: CircuitNode): string {
  return `${node.label} (${NODE_KIND_INFO[node.kind].title})`;
}

export function ConnectDialog() {
  const doc = useEditorStore((s) => s.document);
  const dialog = useRef<HTMLDialogElement>(null);
  const sources = doc.nodes.filter((n) => hasOutput(n.kind));
  const targets = doc.nodes.filter((n) => hasInput(n.kind));
  const preselected = useEditorStore.getState().selection.nodeIds[0];
  const [source, setSource] = useState(
    sources.find((n) => n.id === preselected)?.id ?? sources[0]?.id ?? '',
  );
  const [target, setTarget] = useState(
    () =>
      targets.find((n) => n.id !== source && checkConnection(doc, source, n.id).ok)?.id ??
      targets[0]?.id ??
      '',
  );
  const close = () => useViewStore.getState().openDialog(null);

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);

  const verdict = source !== '' && target !== '' ? checkConnection(doc, source, target) : null;
  const submit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    if (verdict?.ok && runConnect(source, target)) close();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="connect-title"
      onCancel={close}
      data-testid="connect-dialog"
    >
      <form
        method="dialog"
        onSubmit={submit}
        onKeyDown={(event) => {
          // Enter on a list connects, as in a text field (a select does not submit by itself).
          if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) submit(event);
        }}
      >
        <h2 id="connect-title" className="dialog__title">
          Connect
        </h2>
        <label className="dialog__row">
          <span>From (output)</span>
          <select
            value={source}
            onChange={(e) => setSource(e.target.value)}
            data-testid="connect-source"
            autoFocus
          >
            {sources.map((n) => (
              <option key={n.id} value={n.id}>
                {optionText(n)}
              </option>
            ))}
          </select>
        </label>
        <label className="dialog__row">
          <span>To (input)</span>
          <select
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            data-testid="connect-target"
          >
            {targets.map((n) => (
              <option key={n.id} value={n.id}>
                {optionText(n)}
                {checkConnection(doc, source, n.id).ok ? '' : ' — not possible'}
              </option>
            ))}
          </select>
        </label>
        <p
          className={`dialog__verdict${verdict?.ok ? '' : ' dialog__verdict--refused'}`}
          aria-live="polite"
          data-testid="connect-verdict"
        >
          {verdict === null
            ? 'Add a node with an output and one with an input first.'
            : verdict.ok
              ? verdict.kind === 'probe'
                ? 'Attaches the probe.'
                : 'Adds a projection (weight 1; edit it in the inspector).'
              : verdict.reason}
        </p>
        <div className="dialog__buttons">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={!verdict?.ok}
            data-testid="connect-submit"
          >
            Connect
          </button>
        </div>
      </form>
    </dialog>
  );
}
