/** The words a student reads for one condition: what was measured, and what the check wants. */
import type { LessonCheckOp, LessonMeasure } from '../schema/types';

/** Integers as they are; other numbers to 5 significant digits (float32 noise hidden). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(5)));
}

const WANT: Record<LessonCheckOp, string> = {
  '==': 'exactly',
  '!=': 'anything but',
  '<': 'less than',
  '<=': 'at most',
  '>': 'more than',
  '>=': 'at least',
};

function unitOf(measure: LessonMeasure): string {
  return measure.kind === 'firstSpikeMs' ? ' ms' : '';
}

export function wantText(measure: LessonMeasure, op: LessonCheckOp, value: number): string {
  return `want ${WANT[op]} ${formatNumber(value)}${unitOf(measure)}`;
}

/** `label` names the node or edge ("LIF", "LIF neuron 2", "Input → LIF"). */
export function measuredText(
  measure: LessonMeasure,
  label: string,
  measured: number | null,
): string {
  switch (measure.kind) {
    case 'spikeCount':
      return `${label} fired ${measured ?? 0} ${measured === 1 ? 'time' : 'times'}`;
    case 'firstSpikeMs':
      return measured === null
        ? `${label} never fired`
        : `${label} first fired at ${formatNumber(measured)} ms`;
    case 'maxV':
      return `highest v of ${label}: ${measured === null ? 'none' : formatNumber(measured)}`;
    case 'minV':
      return `lowest v of ${label}: ${measured === null ? 'none' : formatNumber(measured)}`;
    case 'param':
      return `${label} ${measure.field} is ${measured === null ? 'not set' : formatNumber(measured)}`;
  }
}

export function holds(measured: number | null, op: LessonCheckOp, value: number): boolean {
  if (measured === null) return false;
  switch (op) {
    case '==':
      return measured === value;
    case '!=':
      return measured !== value;
    case '<':
      return measured < value;
    case '<=':
      return measured <= value;
    case '>':
      return measured > value;
    case '>=':
      return measured >= value;
  }
}
