/**
 * Text typed into the inspector → values. Only the form is checked here (is it a number, a
 * list); ranges are the schema's business, so its message ("must be > 0 ms, got -5") is the one
 * shown. A decimal comma is accepted in single numbers ("0,8").
 */
import type { NumberField } from '../../engine/schema';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

function number(text: string, context = ''): Parsed<number> {
  const value = Number(text);
  if (text === '' || Number.isNaN(value)) {
    return { ok: false, error: `“${text}” is not a number${context}` };
  }
  if (!Number.isFinite(value)) return { ok: false, error: `must be a finite number${context}` };
  return { ok: true, value };
}

export function parseNumberInput(text: string, field: NumberField): Parsed<number | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') {
    return field.optional === true
      ? { ok: true, value: undefined }
      : { ok: false, error: `Enter a number${field.unit === '' ? '' : ` in ${field.unit}`}` };
  }
  const decimalComma = /^[-+]?\d*,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  return number(decimalComma);
}

/** "20, 85, 150" or "20 85 150" → [20, 85, 150]; empty → []. */
export function parseNumberList(text: string, context = ''): Parsed<number[]> {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const values: number[] = [];
  for (const part of parts) {
    const parsed = number(part, context);
    if (!parsed.ok) return parsed;
    values.push(parsed.value);
  }
  return { ok: true, value: values };
}

/** One line per neuron. */
export function parseSpikeLists(text: string): Parsed<number[][]> {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const lists: number[][] = [];
  for (const [k, line] of lines.entries()) {
    const parsed = parseNumberList(line, lines.length > 1 ? ` (neuron ${k})` : '');
    if (!parsed.ok) return parsed;
    lists.push(parsed.value);
  }
  return { ok: true, value: lists };
}

export function formatSpikeLists(lists: readonly (readonly number[])[]): string {
  return lists.map((list) => list.join(', ')).join('\n');
}

/** "all", or neuron indices "0, 2, 5". */
export function parseNeurons(text: string): Parsed<'all' | number[]> {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'all') return { ok: true, value: 'all' };
  return parseNumberList(trimmed);
}
