/**
 * A per-neuron parameter: the number field (one value for every neuron) and, behind a
 * "Per neuron" disclosure, the table of one value per neuron. Open by default when the neurons
 * already differ.
 */
import { useState } from 'react';
import type { NumberField } from '../../../engine/schema';
import type { ApplyValue } from '../applyEdit';
import { NumberFieldEditor, type NumberFieldValue } from '../NumberFieldEditor';
import { PerNeuronTable } from './PerNeuronTable';

export function PerNeuronField(props: {
  field: NumberField;
  value: NumberFieldValue;
  size: number;
  apply: ApplyValue;
}) {
  const { field, value, size, apply } = props;
  const [open, setOpen] = useState(Array.isArray(value));
  const current = value === 'mixed' || value === undefined ? (field.defaultValue ?? 0) : value;
  return (
    <div className="pfield">
      <NumberFieldEditor field={field} value={value} apply={apply} />
      <button
        type="button"
        className="pfield__toggle"
        aria-expanded={open}
        data-testid={`per-neuron-${field.key}`}
        onClick={() => setOpen(!open)}
      >
        {open ? '▾' : '▸'} {field.symbol} per neuron ({size})
      </button>
      {open ? (
        <PerNeuronTable
          testId={`table-${field.key}`}
          symbol={field.symbol}
          size={size}
          value={current}
          apply={(next) => apply(next)}
        />
      ) : null}
    </div>
  );
}
