/**
 * The inspector panel: edits whatever is selected — one node, one connection, several nodes (their
 * shared parameters) — or, with nothing selected, the circuit's settings.
 */
import { useMemo } from 'react';
import { loopClosingEdges } from '../canvas/loopEdges';
import { deleteElements } from '../commands/nodeEdits';
import { FieldLockContext, fieldLocksOf, LockNote } from '../lesson/inspectorLocks';
import { elementLockReason, structureLockReason } from '../lesson/locks';
import { useEditorStore } from '../state/editorStore';
import { CircuitInspector } from './CircuitInspector';
import { EdgeInspector } from './EdgeInspector';
import { MultiInspector } from './MultiInspector';
import { NodeInspector } from './NodeInspector';

export function Inspector() {
  const doc = useEditorStore((s) => s.document);
  const selection = useEditorStore((s) => s.selection);
  const loops = useMemo(() => loopClosingEdges(doc), [doc]);
  const nodes = doc.nodes.filter((n) => selection.nodeIds.includes(n.id));
  const edges = doc.edges.filter((e) => selection.edgeIds.includes(e.id));
  const ids = [...nodes.map((n) => n.id), ...edges.map((e) => e.id)];
  const idsKey = ids.join('\n');
  const fieldLocks = useMemo(() => fieldLocksOf(doc, idsKey.split('\n')), [doc, idsKey]);
  const locked = ids.map((id) => elementLockReason(doc, id)).find((r) => r !== null) ?? null;
  const cannotDelete = locked ?? structureLockReason(doc);

  let body;
  if (nodes.length === 0 && edges.length === 0) body = <CircuitInspector doc={doc} />;
  else if (nodes.length === 1 && edges.length === 0) {
    body = <NodeInspector key={nodes[0]!.id} doc={doc} node={nodes[0]!} />;
  } else if (nodes.length === 0 && edges.length === 1) {
    body = (
      <EdgeInspector
        key={edges[0]!.id}
        doc={doc}
        edge={edges[0]!}
        closesLoop={loops.has(edges[0]!.id)}
      />
    );
  } else if (nodes.length > 0) {
    body = (
      <MultiInspector key={nodes.map((n) => n.id).join()} nodes={nodes} edgeCount={edges.length} />
    );
  } else {
    body = (
      <div className="inspector__body">
        <h2 className="inspector__title">{edges.length} connections selected</h2>
      </div>
    );
  }

  return (
    <aside className="inspector" aria-label="Inspector" data-testid="inspector">
      {locked === null ? null : <LockNote testId="inspector-locked">{locked}</LockNote>}
      <FieldLockContext.Provider value={fieldLocks}>
        {locked === null ? (
          body
        ) : (
          <fieldset className="lesson-locked-body" disabled>
            {body}
          </fieldset>
        )}
      </FieldLockContext.Provider>
      {nodes.length + edges.length > 0 ? (
        <button
          type="button"
          className="button button--danger inspector__delete"
          disabled={cannotDelete !== null}
          title={cannotDelete ?? undefined}
          onClick={() =>
            useEditorStore.getState().execute(deleteElements(selection.nodeIds, selection.edgeIds))
          }
        >
          Delete {nodes.length + edges.length === 1 ? 'this' : 'selection'}
        </button>
      ) : null}
    </aside>
  );
}
