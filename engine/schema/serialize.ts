import type { CircuitDocument } from './types';

/**
 * Stable, human-diffable JSON: two-space indent, keys in schema order, and arrays of plain numbers
 * (spike times, per-neuron parameters, weight-matrix rows) on one line so a change to one value
 * is a one-line diff. Ends with a newline.
 */
export function serializeCircuit(doc: CircuitDocument): string {
  return `${stringify(doc, '')}\n`;
}

function stringify(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v === 'number' || typeof v === 'string')) {
      return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    }
    const inner = `${indent}  `;
    return `[\n${value.map((v) => inner + stringify(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    const body = entries
      .map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringify(v, inner)}`)
      .join(',\n');
    return `{\n${body}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
