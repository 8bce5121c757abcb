/** What a check shows for its last result: a mark, a headline and one line per condition. */
import type { CircuitDocument } from '../../engine/schema';
import type { CheckState } from './lessonStore';

export type CheckTone = 'none' | 'running' | 'pass' | 'fail' | 'unevaluable' | 'error';

export interface CheckDisplay {
  tone: CheckTone;
  mark: string;
  headline: string;
  lines: { text: string; holds: boolean }[];
  /** Measured on an older version of the circuit. */
  stale: boolean;
}

export function checkDisplay(
  state: CheckState | undefined,
  current: CircuitDocument,
): CheckDisplay {
  if (state === undefined) return { tone: 'none', mark: '', headline: '', lines: [], stale: false };
  const stale = state.kind !== 'running' && state.document !== current;
  if (state.kind === 'running') {
    return { tone: 'running', mark: '…', headline: 'Checking…', lines: [], stale: false };
  }
  if (state.kind === 'error') {
    return { tone: 'error', mark: '!', headline: state.message, lines: [], stale };
  }
  const { result } = state;
  const lines = result.conditions.map((c) => ({ text: c.text, holds: c.holds }));
  if (result.status === 'unevaluable') {
    return {
      tone: 'unevaluable',
      mark: '?',
      headline: `Cannot be evaluated: ${result.reason}`,
      lines,
      stale,
    };
  }
  return result.status === 'pass'
    ? { tone: 'pass', mark: '✓', headline: 'Passed', lines, stale }
    : { tone: 'fail', mark: '✗', headline: 'Not yet', lines, stale };
}

/** A step is done when every check has passed on the circuit as it is now. */
export function stepDone(
  checkIds: readonly string[],
  states: Readonly<Record<string, CheckState>>,
  current: CircuitDocument,
): boolean {
  return (
    checkIds.length > 0 &&
    checkIds.every((id) => {
      const display = checkDisplay(states[id], current);
      return display.tone === 'pass' && !display.stale;
    })
  );
}
