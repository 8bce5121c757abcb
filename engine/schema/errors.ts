import type { z } from 'zod';
import type { SchemaError } from './types';

/** `['nodes', 2, 'params', 'tauMemMs']` → `$.nodes[2].params.tauMemMs`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** A short, readable rendering of the offending value ("-5", "\"abc\"", "an object"). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
};

/** Messages for issues whose schema gave none: what was expected, and what was found. */
export function defaultIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is missing';
    if (issue.expected === 'number' && typeof issue.input === 'number') {
      return 'must be a finite number';
    }
    return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'invalid_value') {
    return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return `must have at least ${String(issue.minimum)} entries`;
  }
  return undefined;
}

type Issue = z.core.$ZodIssue;

/**
 * A union (number or per-neuron array; one of several weight forms) reports every alternative's
 * failure. Keep the alternative that got furthest into the value — the one the author meant.
 */
function flatten(issue: Issue, prefix: readonly PropertyKey[]): Issue[] {
  const path = [...prefix, ...issue.path];
  if (
    issue.code === 'invalid_union' &&
    issue.errors.length > 0 &&
    issue.discriminator === undefined
  ) {
    let best: Issue[] = [];
    let bestDepth = -1;
    for (const branch of issue.errors) {
      const depth = Math.max(
        0,
        ...branch.map((b) => b.path.length + (b.code === 'invalid_type' ? 0 : 1)),
      );
      if (depth > bestDepth) {
        best = branch;
        bestDepth = depth;
      }
    }
    return best.flatMap((b) => flatten(b, path));
  }
  return [{ ...issue, path }];
}

export function toSchemaErrors(error: z.ZodError): SchemaError[] {
  const out: SchemaError[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues.flatMap((i) => flatten(i, []))) {
    const input =
      issue.code === 'invalid_union' && issue.discriminator !== undefined
        ? (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator]
        : issue.input;
    const showValue = issue.code !== 'custom' && input !== undefined;
    const message = showValue ? `${issue.message}, got ${describeValue(input)}` : issue.message;
    const entry = { path: jsonPath(issue.path), message };
    const key = `${entry.path}\u0000${entry.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(entry);
    }
  }
  return out;
}
