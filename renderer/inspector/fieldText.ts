/** The words and numbers around an inspector field: range, default, Norse equivalent. */
import { norseValue, type NumberField } from '../../engine/schema';
import { formatNumber } from '../nodes/format';

function withUnit(value: number, unit: string): string {
  return unit === '' ? formatNumber(value) : `${formatNumber(value)} ${unit}`;
}

/** "> 0 ms", "1 – 10000000, whole", "any value". */
export function rangeText(field: NumberField): string {
  const unit = field.unit === 'neurons' || field.unit === 'steps' ? '' : field.unit;
  const whole = field.integer === true ? ', whole' : '';
  const { min, max } = field;
  if (min !== undefined && max !== undefined) return `${min} – ${max}${whole}`;
  if (min !== undefined) return `${field.minExclusive ? '>' : '≥'} ${withUnit(min, unit)}${whole}`;
  if (max !== undefined) return `≤ ${withUnit(max, unit)}${whole}`;
  return `any value${whole}`;
}

export function defaultText(field: NumberField): string {
  if (field.defaultValue === undefined) return field.optional ? 'default: not set' : '';
  return `default ${withUnit(field.defaultValue, field.unit === 'neurons' ? '' : field.unit)}`;
}

/** "tau_mem_inv = 25 /s" for τmem 40 ms; null when Norse has no separate name for it. */
export function norseText(field: NumberField, value: unknown): string | null {
  if (field.norse === undefined || typeof value !== 'number') return null;
  const norse = norseValue(field, value);
  if (norse === null) return null;
  const shown = String(Number(norse.toPrecision(7)));
  return `${field.norse.name} = ${shown}${field.norse.unit === '' ? '' : ` ${field.norse.unit}`}`;
}
