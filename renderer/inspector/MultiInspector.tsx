/**
 * Several nodes selected: the parameters they share (by key; τmem is shared by LI and LIF), each
 * showing its value when all agree and "mixed" otherwise. An edit applies to all of them, as one
 * undo step, or to none if any would refuse it.
 */
import { NODE_FIELDS, NODE_KIND_INFO, type CircuitNode, type FieldMeta } from '../../engine/schema';
import { setNodeField } from '../commands/fieldEdits';
import { FieldList } from './FieldList';
import { readNodeField } from './NodeInspector';

function sharedFields(nodes: readonly CircuitNode[]): FieldMeta[] {
  const [first, ...rest] = nodes;
  if (first === undefined) return [];
  return NODE_FIELDS[first.kind].filter((field) =>
    rest.every((node) =>
      NODE_FIELDS[node.kind].some((f) => f.key === field.key && f.host === field.host),
    ),
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function countByKind(nodes: readonly CircuitNode[]): string {
  const counts = new Map<string, number>();
  for (const n of nodes)
    counts.set(NODE_KIND_INFO[n.kind].title, (counts.get(NODE_KIND_INFO[n.kind].title) ?? 0) + 1);
  return [...counts].map(([title, count]) => `${count} × ${title}`).join(', ');
}

export function MultiInspector({
  nodes,
  edgeCount,
}: {
  nodes: readonly CircuitNode[];
  edgeCount: number;
}) {
  const fields = sharedFields(nodes);
  const ids = nodes.map((n) => n.id);
  return (
    <div className="inspector__body" data-testid="inspector-multi">
      <header className="inspector__head">
        <div>
          <h2 className="inspector__title">{nodes.length} nodes selected</h2>
          <p className="inspector__subtitle">
            {countByKind(nodes)}
            {edgeCount > 0 ? ` and ${edgeCount} connection${edgeCount === 1 ? '' : 's'}` : ''}
          </p>
        </div>
      </header>
      {fields.length === 0 ? (
        <p className="inspector__note">These nodes share no parameter.</p>
      ) : (
        <>
          <p className="inspector__note">Edits apply to all {nodes.length}.</p>
          <FieldList
            fields={fields}
            read={(field) => {
              const values = nodes.map((n) => readNodeField(n, field));
              return values.every((v) => sameValue(v, values[0])) ? values[0] : 'mixed';
            }}
            build={(field, value) => setNodeField(ids, field, value)}
          />
        </>
      )}
    </div>
  );
}
