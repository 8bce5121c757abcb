/** Renders a list of schema fields with the editor each type needs. */
import type { FieldMeta } from '../../engine/schema';
import type { FieldValue } from '../commands/fieldEdits';
import type { EditCommand } from '../commands/types';
import { useContext, useRef } from 'react';
import { FieldLockContext, LockedField } from '../lesson/inspectorLocks';
import { applier } from './applyEdit';
import { NumberFieldEditor, type NumberFieldValue } from './NumberFieldEditor';
import { ChoiceFieldEditor, TextFieldEditor } from './OtherFieldEditors';
import { formatSpikeLists, parseNeurons, parseSpikeLists } from './parseInput';
import { PerNeuronField } from './tables/PerNeuronField';

export interface FieldListProps {
  fields: readonly FieldMeta[];
  /** The current value of a field ('mixed' when a multi-selection disagrees). */
  read: (field: FieldMeta) => unknown;
  build: (field: FieldMeta, value: FieldValue) => EditCommand;
  /** One node's size: per-neuron fields then offer a table of one value per neuron. */
  size?: number;
}

export function FieldList({ fields, read, build, size }: FieldListProps) {
  const lockOf = useContext(FieldLockContext);
  // One apply function per field for the list's life, always calling the latest `build`: the
  // memoised number editors then re-render only when their own value changes (a slider step
  // redraws one field, not the whole inspector).
  const buildRef = useRef(build);
  buildRef.current = build;
  const applies = useRef(new Map<FieldMeta, ReturnType<typeof applier>>());
  const applyOf = (field: FieldMeta) => {
    let apply = applies.current.get(field);
    if (apply === undefined) {
      apply = applier((v) => buildRef.current(field, v));
      applies.current.set(field, apply);
    }
    return apply;
  };
  return (
    <div className="field-list">
      {fields.map((field) => {
        const value = read(field);
        const lockReason = lockOf(field);
        if (lockReason !== null) {
          return <LockedField key={field.key} field={field} value={value} reason={lockReason} />;
        }
        const apply = applyOf(field);
        switch (field.type) {
          case 'number':
            if (field.perNeuron === true && size !== undefined) {
              return (
                <PerNeuronField
                  key={field.key}
                  field={field}
                  value={value as NumberFieldValue}
                  size={size}
                  apply={apply}
                />
              );
            }
            return (
              <NumberFieldEditor
                key={field.key}
                field={field}
                value={value as NumberFieldValue}
                apply={apply}
              />
            );
          case 'choice':
            return (
              <ChoiceFieldEditor
                key={field.key}
                field={field}
                value={typeof value === 'string' ? value : field.defaultValue}
                apply={apply}
              />
            );
          case 'spikeLists':
            return (
              <TextFieldEditor
                key={field.key}
                fieldKey={field.key}
                label={`${field.symbol} (${field.unit})`}
                hint={`${field.name}: one line per neuron, e.g. 20, 85, 150 · Ctrl+Enter applies`}
                text={Array.isArray(value) ? formatSpikeLists(value as number[][]) : ''}
                multiline
                parse={parseSpikeLists}
                apply={apply}
              />
            );
          case 'neuronList':
            return (
              <TextFieldEditor
                key={field.key}
                fieldKey={field.key}
                label={field.symbol}
                hint={`${field.name}: "all", or indices such as 0, 2, 5`}
                text={Array.isArray(value) ? value.join(', ') : 'all'}
                parse={parseNeurons}
                apply={apply}
              />
            );
        }
      })}
    </div>
  );
}
