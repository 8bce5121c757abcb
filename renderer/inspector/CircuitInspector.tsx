/** Nothing selected: the circuit itself — its name and simulation settings. */
import { SIMULATION_FIELDS, type CircuitDocument } from '../../engine/schema';
import { renameCircuit, setSimulationField } from '../commands/fieldEdits';
import { applier } from './applyEdit';
import { FieldList } from './FieldList';
import { TextFieldEditor } from './OtherFieldEditors';

export function CircuitInspector({ doc }: { doc: CircuitDocument }) {
  const projections = doc.edges.filter((e) => e.kind === 'projection').length;
  return (
    <div className="inspector__body" data-testid="inspector-circuit">
      <header className="inspector__head">
        <div>
          <h2 className="inspector__title">Circuit</h2>
          <p className="inspector__subtitle">
            {doc.nodes.length} nodes · {projections} projections. Select a node or connection to
            edit it.
          </p>
        </div>
      </header>
      <TextFieldEditor
        fieldKey="name"
        label="name"
        hint="shown in the title bar and in exports"
        text={doc.name}
        parse={(text) => ({ ok: true, value: text })}
        apply={applier((value) => renameCircuit(String(value)))}
      />
      <FieldList
        fields={SIMULATION_FIELDS}
        read={(field) => (doc.simulation as unknown as Record<string, unknown>)[field.key]}
        build={(field, value) => setSimulationField(field, value)}
      />
    </div>
  );
}
