import { documentSchema } from './document';
import { defaultIssueMessage, describeValue, jsonPath, toSchemaErrors } from './errors';
import { migrate, OLDEST_FORMAT_VERSION } from './migrations';
import { checkStructure, LONG_LIST } from './structure';
import { FORMAT_VERSION, type CircuitDocument, type ParseResult, type SchemaError } from './types';
import { decodeUtf8 } from './utf8';

/**
 * Opening a project file, in order: bytes → UTF-8 text → JSON → shape check (an object, not too
 * deep, no special keys) → version check (a newer format is refused) → migrations (older formats
 * are upgraded) → validation with the documented defaults. Each stage returns located errors
 * (`$.nodes[2].params.tauMemMs: must be > 0 ms, got -5`); nothing here throws on user data.
 */

/** Parses a project file's raw bytes: strict UTF-8 (a leading BOM is allowed), then JSON. */
export function parseCircuitBytes(bytes: Uint8Array): ParseResult {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, errors: [{ path: '$', message: decoded.message }] };
  return parseCircuitJson(decoded.text);
}

/** Parses a project file's text. */
export function parseCircuitJson(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const why = text.trim() === '' ? 'the file is empty' : detail;
    return { ok: false, errors: [{ path: '$', message: `is not valid JSON (${why})` }] };
  }
  return parseCircuit(value);
}

/** Validates an already-parsed value: shape, version, migrations, then the schema. */
export function parseCircuit(value: unknown): ParseResult {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail('$', 'expected a Spikeboard circuit (a JSON object)');
    }
    const structural = checkStructure(value);
    if (structural !== null) return { ok: false, errors: [structural] };
    const record = value as Record<string, unknown>;
    const version = checkVersion(record.formatVersion);
    if (typeof version !== 'number') return { ok: false, errors: [version] };
    const migrated = migrate(record, version);
    if (!migrated.ok) return migrated;
    return validate(migrated.document);
  } catch (error) {
    // Only a bug in the validator lands here; report it as a located error, never throw.
    const detail = error instanceof Error ? error.message : String(error);
    return fail('$', `could not be checked (${detail})`);
  }
}

function validate(document: unknown): ParseResult {
  let result;
  try {
    result = documentSchema.safeParse(document, { reportInput: true, error: defaultIssueMessage });
  } catch (error) {
    if (error instanceof RangeError) return firstProblemsOfHugeLists(document);
    throw error;
  }
  if (!result.success) return { ok: false, errors: toSchemaErrors(result.error) };
  return { ok: true, document: withLabels(result.data as unknown as CircuitDocument) };
}

/**
 * A list of a million wrong numbers makes a million issues, more than the validator's stack
 * holds. Validate again with every long list cut to LONG_LIST entries and keep the errors inside
 * those lists: they are real, at their real paths (errors about lengths are not, and are dropped).
 */
function firstProblemsOfHugeLists(document: unknown): ParseResult {
  const cutPaths: string[] = [];
  const shortened = cutLongLists(document, [], cutPaths);
  const inside = (path: string) => cutPaths.some((cut) => path.startsWith(`${cut}[`));
  try {
    const result = documentSchema.safeParse(shortened, {
      reportInput: true,
      error: defaultIssueMessage,
    });
    const errors = result.success ? [] : toSchemaErrors(result.error).filter((e) => inside(e.path));
    if (errors.length > 0) return { ok: false, errors };
  } catch {
    // Fall through to the general message.
  }
  return fail('$', 'has too many problems to list; check its longest lists of numbers');
}

function cutLongLists(value: unknown, path: PropertyKey[], cutPaths: string[]): unknown {
  if (Array.isArray(value)) {
    if (value.length > LONG_LIST) cutPaths.push(jsonPath(path));
    return value.slice(0, LONG_LIST).map((item, i) => cutLongLists(item, [...path, i], cutPaths));
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = cutLongLists(item, [...path, key], cutPaths);
    }
    return out;
  }
  return value;
}

function fail(path: string, message: string): ParseResult {
  return { ok: false, errors: [{ path, message }] };
}

const READABLE = `this app reads formats ${OLDEST_FORMAT_VERSION} to ${FORMAT_VERSION}`;

/** The file's format version, or why it cannot be read. */
function checkVersion(version: unknown): number | SchemaError {
  const path = '$.formatVersion';
  if (version === undefined) {
    return { path, message: `is missing: every Spikeboard file names its format (${READABLE})` };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      path,
      message: `must be a whole number from ${OLDEST_FORMAT_VERSION} to ${FORMAT_VERSION}, got ${describeValue(version)}`,
    };
  }
  if (version > FORMAT_VERSION) {
    return {
      path,
      message: `made by a newer Spikeboard (format ${version}); this app reads up to ${FORMAT_VERSION}`,
    };
  }
  if (version < OLDEST_FORMAT_VERSION) {
    return { path, message: `format ${version} is too old: ${READABLE}` };
  }
  return version;
}

/** A node without a label is labelled by its id; keys keep the schema's order (id, label, …). */
function withLabels(doc: CircuitDocument): CircuitDocument {
  doc.nodes = doc.nodes.map(({ id, label, ...rest }) => ({ id, label: label ?? id, ...rest }));
  return doc;
}
