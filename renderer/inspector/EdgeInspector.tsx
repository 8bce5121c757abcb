/** The inspector of one connection: a projection's rule, weight, delay, seed; or a probe's attachment. */
import {
  PROJECTION_FIELDS,
  type CircuitDocument,
  type CircuitEdge,
  type FieldMeta,
} from '../../engine/schema';
import { setEdgeField } from '../commands/fieldEdits';
import { edgeSign } from '../canvas/edges/edgeLabel';
import { FieldList } from './FieldList';

function nameOf(doc: CircuitDocument, id: string): string {
  return doc.nodes.find((n) => n.id === id)?.label ?? id;
}

function visibleFields(edge: CircuitEdge & { kind: 'projection' }): FieldMeta[] {
  const rule = edge.rule;
  const distribution = 'weight' in rule && typeof rule.weight !== 'number';
  return PROJECTION_FIELDS.filter((f) => {
    if (f.key === 'probability') return rule.type === 'random';
    if (f.key === 'weight') return rule.type !== 'matrix' && !distribution;
    if (f.key === 'seed') return rule.type === 'random' || distribution;
    if (f.key === 'type') return rule.type !== 'matrix';
    return true;
  });
}

export function EdgeInspector(props: {
  doc: CircuitDocument;
  edge: CircuitEdge;
  closesLoop: boolean;
}) {
  const { doc, edge } = props;
  const route = `${nameOf(doc, edge.source)} → ${nameOf(doc, edge.target)}`;
  if (edge.kind === 'probe') {
    return (
      <div className="inspector__body" data-testid="inspector-edge">
        <header className="inspector__head inspector__head--probe">
          <div>
            <h2 className="inspector__title">Probe attachment</h2>
            <p className="inspector__subtitle">{route}</p>
          </div>
        </header>
        <p className="inspector__note">
          Delete it to detach the probe; attach it elsewhere by dragging.
        </p>
      </div>
    );
  }
  const sign = edgeSign(edge.rule);
  return (
    <div className="inspector__body" data-testid="inspector-edge">
      <header className={`inspector__head inspector__head--${sign}`}>
        <div>
          <h2 className="inspector__title">Projection ({sign})</h2>
          <p className="inspector__subtitle">{route}</p>
        </div>
      </header>
      {props.closesLoop ? (
        <p className="inspector__note inspector__note--loop" data-testid="loop-note">
          ↻ Closes a loop: it delivers one step later (as Norse’s recurrent cells do)
          {edge.delaySteps > 0 ? `, plus its ${edge.delaySteps}-step delay` : ''}.
        </p>
      ) : null}
      {edge.rule.type === 'matrix' ? (
        <p className="inspector__note">
          Explicit weight matrix ({edge.rule.weights.length} rows), edited in the file.
        </p>
      ) : null}
      <FieldList
        fields={visibleFields(edge)}
        read={(field) =>
          (field.host === 'rule'
            ? (edge.rule as unknown as Record<string, unknown>)
            : (edge as unknown as Record<string, unknown>))[field.key]
        }
        build={(field, value) => setEdgeField(edge.id, field, value)}
      />
    </div>
  );
}
