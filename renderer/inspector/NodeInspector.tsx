/** The inspector of one node: its kind, label, every parameter, and what it is attached to. */
import {
  NODE_FIELDS,
  NODE_KIND_INFO,
  type CircuitDocument,
  type CircuitNode,
  type FieldMeta,
} from '../../engine/schema';
import { setNodeField } from '../commands/fieldEdits';
import { renameNode } from '../commands/nodeEdits';
import { KindIcon } from '../nodes/KindIcon';
import { colorKey } from '../theme/colors';
import { applier } from './applyEdit';
import { FieldList } from './FieldList';
import { TextFieldEditor } from './OtherFieldEditors';
import { InitialVEditor } from './tables/InitialVEditor';

export function readNodeField(node: CircuitNode, field: FieldMeta): unknown {
  const record = (field.host === 'params' && 'params' in node
    ? node.params
    : node) as unknown as Record<string, unknown>;
  return record[field.key];
}

function attachment(doc: CircuitDocument, node: CircuitNode): string | null {
  if (node.kind !== 'probe') return null;
  const edge = doc.edges.find((e) => e.kind === 'probe' && e.target === node.id);
  const source = edge === undefined ? undefined : doc.nodes.find((n) => n.id === edge.source);
  return source === undefined
    ? 'Not attached: drag from a population’s or generator’s output to this probe.'
    : `Records ${node.variable} of ${source.label}.`;
}

export function NodeInspector({ doc, node }: { doc: CircuitDocument; node: CircuitNode }) {
  const info = NODE_KIND_INFO[node.kind];
  const note = attachment(doc, node);
  return (
    <div className="inspector__body" data-testid="inspector-node" data-node-id={node.id}>
      <header className={`inspector__head inspector__head--${colorKey(node.kind)}`}>
        <KindIcon kind={node.kind} size={24} />
        <div>
          <h2 className="inspector__title">{info.title}</h2>
          <p className="inspector__subtitle">{info.description}</p>
        </div>
      </header>
      <TextFieldEditor
        fieldKey="label"
        label="label"
        hint={`id ${node.id}`}
        text={node.label}
        parse={(text) => ({ ok: true, value: text })}
        apply={applier((value) => renameNode(node.id, String(value)))}
      />
      {note === null ? null : <p className="inspector__note">{note}</p>}
      <FieldList
        fields={NODE_FIELDS[node.kind]}
        read={(field) => readNodeField(node, field)}
        build={(field, value) => setNodeField([node.id], field, value)}
        {...('size' in node ? { size: node.size } : {})}
      />
      {node.kind === 'li' || node.kind === 'lif' ? <InitialVEditor node={node} /> : null}
    </div>
  );
}
