/**
 * A population's membrane potential at step 0: vLeak (Norse's initial state, the default), one
 * value for every neuron, one per neuron (the table), or uniform draws in [low, high) with a
 * seed. Each change is one undo step; a refusal shows inline.
 */
import { useId, useState } from 'react';
import type { InitialV, PopulationNode } from '../../../engine/schema';
import { useEditorStore } from '../../state/editorStore';
import { CellInput } from './CellInput';
import { PerNeuronTable } from './PerNeuronTable';
import { setInitialV } from './tableEdits';
import { expand } from './tableText';

type Mode = 'leak' | 'value' | 'perNeuron' | 'uniform';

function modeOf(initialV: InitialV | undefined): Mode {
  if (initialV === undefined) return 'leak';
  if (typeof initialV === 'number') return 'value';
  return Array.isArray(initialV) ? 'perNeuron' : 'uniform';
}

function parse(text: string): number | null {
  const value = Number(text.trim().replace(/^([-+]?\d*),(\d+)$/, '$1.$2'));
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
}

export function InitialVEditor({ node }: { node: PopulationNode }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const leak = typeof node.params.vLeak === 'number' ? node.params.vLeak : 0;
  const initialV = node.initialV;
  const mode = modeOf(initialV);
  const apply = (next: InitialV | undefined, seed?: number): string | null => {
    const outcome = useEditorStore.getState().execute(setInitialV(node.id, next, seed));
    const refusal = outcome.ok ? null : outcome.error;
    setError(refusal);
    return refusal;
  };
  const center =
    initialV === undefined
      ? leak
      : typeof initialV === 'number'
        ? initialV
        : Array.isArray(initialV)
          ? (initialV[0] ?? leak)
          : initialV.low;
  const switchTo = (next: Mode) => {
    if (next === 'leak') apply(undefined);
    else if (next === 'value') apply(center);
    else if (next === 'perNeuron') apply(expand(center, node.size));
    else apply({ distribution: 'uniform', low: center, high: center + 1 }, node.seed ?? 0);
  };
  const numberCell = (key: string, label: string, value: number, build: (n: number) => boolean) => (
    <label className="wfield__part">
      <span>{label}</span>
      <CellInput
        value={value}
        label={`initial v ${label}`}
        testId={`initialV-${key}`}
        onCommit={(text) => {
          const n = parse(text);
          if (n === null) setError(`${label}: “${text}” is not a number`);
          return n !== null && build(n);
        }}
      />
    </label>
  );
  return (
    <div
      className={`wfield${error === null ? '' : ' field--invalid'}`}
      data-testid="initialV-editor"
    >
      <div className="wfield__mode">
        <label htmlFor={id}>v at t = 0</label>
        <select
          id={id}
          className="field__select"
          value={mode}
          data-testid="initialV-mode"
          onChange={(event) => switchTo(event.target.value as Mode)}
        >
          <option value="leak">vLeak (Norse’s default)</option>
          <option value="value">one value</option>
          <option value="perNeuron">one per neuron</option>
          <option value="uniform">uniform draws low–high</option>
        </select>
      </div>
      {typeof initialV === 'number' ? (
        <div className="wfield__parts">
          {numberCell('value', 'v', initialV, (n) => apply(n) === null)}
        </div>
      ) : null}
      {Array.isArray(initialV) ? (
        <PerNeuronTable
          testId="table-initialV"
          symbol="v₀"
          size={node.size}
          value={initialV}
          apply={(next) => apply(next)}
        />
      ) : null}
      {initialV !== undefined && typeof initialV === 'object' && !Array.isArray(initialV) ? (
        <div className="wfield__parts">
          {numberCell('low', 'low', initialV.low, (n) => apply({ ...initialV, low: n }) === null)}
          {numberCell(
            'high',
            'high',
            initialV.high,
            (n) => apply({ ...initialV, high: n }) === null,
          )}
          {numberCell('seed', 'seed', node.seed ?? 0, (n) => apply(initialV, n) === null)}
        </div>
      ) : null}
      {error === null ? null : (
        <div className="field__error" role="alert" data-testid="error-initialV">
          {error}
        </div>
      )}
    </div>
  );
}
