/**
 * A projection's weight: one value for every synapse, or drawn per synapse from a uniform
 * (low–high) or normal (mean, std) distribution with the projection's seed. The switch keeps the
 * weight's scale; each applied change is one undo step and a refusal shows inline.
 */
import { useId, useState } from 'react';
import type { NumberField, WeightValue } from '../../../engine/schema';
import type { ApplyValue } from '../applyEdit';
import { NumberFieldEditor } from '../NumberFieldEditor';
import { useEditorStore } from '../../state/editorStore';
import { CellInput } from './CellInput';
import { setWeight } from './tableEdits';
import './tables.css';

type Mode = 'number' | 'uniform' | 'normal';

/** The same weight in another form, at about the same scale. */
export function convertWeight(weight: WeightValue, mode: Mode): WeightValue {
  const center =
    typeof weight === 'number'
      ? weight
      : weight.distribution === 'uniform'
        ? (weight.low + weight.high) / 2
        : weight.mean;
  const spread = Math.abs(center) > 0 ? Math.abs(center) / 2 : 0.5;
  if (mode === 'number') return center;
  if (mode === 'uniform')
    return { distribution: 'uniform', low: center - spread, high: center + spread };
  return { distribution: 'normal', mean: center, std: spread / 2 };
}

export function WeightEditor(props: {
  edgeId: string;
  weight: WeightValue;
  field: NumberField;
  applyNumber: ApplyValue;
}) {
  const { edgeId, weight } = props;
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const mode: Mode = typeof weight === 'number' ? 'number' : weight.distribution;
  const apply = (next: WeightValue): boolean => {
    const outcome = useEditorStore.getState().execute(setWeight(edgeId, next));
    setError(outcome.ok ? null : outcome.error);
    return outcome.ok;
  };
  const part = (key: string, label: string, value: number) => (
    <label className="wfield__part">
      <span>{label}</span>
      <CellInput
        value={value}
        label={`weight ${label}`}
        testId={`weight-${key}`}
        onCommit={(text) => {
          const n = Number(text.trim().replace(/^([-+]?\d*),(\d+)$/, '$1.$2'));
          if (text.trim() === '' || !Number.isFinite(n)) {
            setError(`${label}: “${text}” is not a number`);
            return false;
          }
          return apply({ ...(weight as object), [key]: n } as unknown as WeightValue);
        }}
      />
    </label>
  );
  return (
    <div className={`wfield${error === null ? '' : ' field--invalid'}`} data-testid="weight-editor">
      <div className="wfield__mode">
        <label htmlFor={id}>weight</label>
        <select
          id={id}
          className="field__select"
          value={mode}
          data-testid="weight-mode"
          onChange={(event) => apply(convertWeight(weight, event.target.value as Mode))}
        >
          <option value="number">one value</option>
          <option value="uniform">uniform low–high</option>
          <option value="normal">normal mean ± std</option>
        </select>
      </div>
      {typeof weight === 'number' ? (
        <NumberFieldEditor field={props.field} value={weight} apply={props.applyNumber} />
      ) : weight.distribution === 'uniform' ? (
        <div className="wfield__parts">
          {part('low', 'low', weight.low)}
          {part('high', 'high', weight.high)}
        </div>
      ) : (
        <div className="wfield__parts">
          {part('mean', 'mean', weight.mean)}
          {part('std', 'std', weight.std)}
        </div>
      )}
      {typeof weight === 'number' ? null : (
        <div className="field__hint">drawn per synapse with the projection’s seed</div>
      )}
      {error === null ? null : (
        <div className="field__error" role="alert" data-testid="error-weight-distribution">
          {error}
        </div>
      )}
    </div>
  );
}
