/**
 * The one message a failed open shows: the file, the first problem's JSON path and what was
 * expected; further problems below it, capped so a file with ten thousand errors stays readable.
 */
import type { SchemaError } from '../../engine/schema';

export const MAX_DETAILS = 20;

export interface OpenErrorMessage {
  text: string;
  details: string[];
}

export function openErrorMessage(
  fileName: string,
  errors: readonly SchemaError[],
): OpenErrorMessage {
  const [first, ...rest] = errors;
  const line = (e: SchemaError) => `${e.path}: ${e.message}`;
  const text =
    first === undefined
      ? `Could not open "${fileName}".`
      : `Could not open "${fileName}": ${line(first)}`;
  const details = rest.slice(0, MAX_DETAILS).map(line);
  if (rest.length > MAX_DETAILS) details.push(`… and ${rest.length - MAX_DETAILS} more problems`);
  return { text, details };
}
