import { documentSchema } from './document';
import { defaultIssueMessage, toSchemaErrors } from './errors';
import { FORMAT_VERSION, type CircuitDocument, type ParseResult } from './types';

/**
 * Parses a project file's text. Never throws on user data: malformed JSON, wrong types, missing
 * fields, out-of-range values, unknown kinds, dangling ids and newer format versions all come
 * back as located errors (`$.nodes[2].params.tauMemMs: must be > 0 ms, got -5`).
 */
export function parseCircuitJson(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '$', message: `is not valid JSON (${detail})` }] };
  }
  return parseCircuit(value);
}

/** Validates an already-parsed value, applying the documented defaults. */
export function parseCircuit(value: unknown): ParseResult {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return {
        ok: false,
        errors: [{ path: '$', message: 'expected a Spikeboard circuit (a JSON object)' }],
      };
    }
    const version = (value as { formatVersion?: unknown }).formatVersion;
    if (typeof version === 'number' && version > FORMAT_VERSION) {
      return {
        ok: false,
        errors: [
          {
            path: '$.formatVersion',
            message: `made by a newer Spikeboard (format ${version}); this app reads up to ${FORMAT_VERSION}`,
          },
        ],
      };
    }
    const result = documentSchema.safeParse(value, {
      reportInput: true,
      error: defaultIssueMessage,
    });
    if (!result.success) return { ok: false, errors: toSchemaErrors(result.error) };
    return { ok: true, document: withLabels(result.data as unknown as CircuitDocument) };
  } catch (error) {
    // Only a bug in the validator lands here; report it as a located error, never throw.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '$', message: `could not be checked (${detail})` }] };
  }
}

/** A node without a label is labelled by its id; keys keep the schema's order (id, label, …). */
function withLabels(doc: CircuitDocument): CircuitDocument {
  doc.nodes = doc.nodes.map(({ id, label, ...rest }) => ({ id, label: label ?? id, ...rest }));
  return doc;
}
