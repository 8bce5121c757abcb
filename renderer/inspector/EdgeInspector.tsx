/** The inspector of one connection: a projection's rule, weight, delay, seed; or a probe's attachment. */
import {
  PROJECTION_FIELDS,
  type CircuitDocument,
  type CircuitEdge,
  type FieldMeta,
  type NumberField,
} from '../../engine/schema';
import { setEdgeField, type FieldValue } from '../commands/fieldEdits';
import { edgeSign } from '../canvas/edges/edgeLabel';
import { applier } from './applyEdit';
import { FieldList } from './FieldList';
import { MatrixEditor } from './tables/MatrixEditor';
import { MatrixConvert } from './tables/MatrixConvert';
import { WeightEditor } from './tables/WeightEditor';

function nameOf(doc: CircuitDocument, id: string): string {
  return doc.nodes.find((n) => n.id === id)?.label ?? id;
}

const weightField = PROJECTION_FIELDS.find((f) => f.key === 'weight') as NumberField;

function sizeOf(doc: CircuitDocument, id: string): number {
  const node = doc.nodes.find((n) => n.id === id);
  return node !== undefined && 'size' in node ? node.size : 0;
}

function visibleFields(edge: CircuitEdge & { kind: 'projection' }): FieldMeta[] {
  const rule = edge.rule;
  const distribution = 'weight' in rule && typeof rule.weight !== 'number';
  return PROJECTION_FIELDS.filter((f) => {
    if (f.key === 'probability') return rule.type === 'random';
    if (f.key === 'weight') return false; // the WeightEditor below
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
  const fields = visibleFields(edge);
  // The weight (or matrix) sits after the rule's type and probability, before delay and seed.
  const split = fields.filter((f) => f.host === 'rule').length;
  const read = (field: FieldMeta) =>
    (field.host === 'rule'
      ? (edge.rule as unknown as Record<string, unknown>)
      : (edge as unknown as Record<string, unknown>))[field.key];
  const build = (field: FieldMeta, value: FieldValue) => setEdgeField(edge.id, field, value);
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
      <FieldList fields={fields.slice(0, split)} read={read} build={build} />
      {edge.rule.type === 'matrix' ? (
        <MatrixEditor
          edgeId={edge.id}
          weights={edge.rule.weights}
          targetSize={sizeOf(doc, edge.target)}
          sourceSize={sizeOf(doc, edge.source)}
        />
      ) : (
        <>
          <WeightEditor
            edgeId={edge.id}
            weight={edge.rule.weight}
            field={weightField}
            applyNumber={applier((value) => setEdgeField(edge.id, weightField, value))}
          />
          <MatrixConvert
            edgeId={edge.id}
            rule={edge.rule}
            targetSize={sizeOf(doc, edge.target)}
            sourceSize={sizeOf(doc, edge.source)}
          />
        </>
      )}
      <FieldList fields={fields.slice(split)} read={read} build={build} />
    </div>
  );
}
