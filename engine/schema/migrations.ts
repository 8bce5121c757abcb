import { id } from './fields';
import { DEFAULT_SCOPE_HEIGHT_PX, DEFAULT_VIEW } from './layout';
import { FORMAT_VERSION, type SchemaError } from './types';

/**
 * Upgrades of older files, run after the version check and before validation. Each step reads
 * format `from` and writes format `from + 1`; the list is ordered and contiguous, ending at
 * FORMAT_VERSION (migrations.test.ts checks this, and one fixture file per old format in
 * testdata/ proves each step on a real file).
 *
 * Rules for a step: it sees parsed JSON that has NOT been validated, so it must tolerate any
 * shape (validation reports problems afterwards); it only adds or renames, keeping every JSON
 * path the user wrote valid so later error messages still point into their file; it keeps
 * unknown fields; it never mutates its input.
 */

export type RawDocument = Record<string, unknown>;

export interface Migration {
  /** The format this step reads; it writes `from + 1`. */
  from: number;
  description: string;
  up: (document: RawDocument) => RawDocument;
}

/** The oldest format this app can open. */
export const OLDEST_FORMAT_VERSION = 1;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const validId = id();

const PANE_BY_VARIABLE = [
  { variable: 'v', id: 'membrane', title: 'Membrane potential v' },
  { variable: 'i', id: 'current', title: 'Synaptic current i' },
  { variable: 'spikes', id: 'spikes', title: 'Spikes' },
] as const;

/**
 * Format 1 had no layout: the app showed every probe grouped by the variable it records. Format 2
 * stores that layout, so a format-1 file opens looking as it always did, and can then change.
 */
function addViewAndScopes(document: RawDocument): RawDocument {
  const nodes = Array.isArray(document.nodes) ? document.nodes : [];
  const probes = nodes.filter(
    (node): node is { id: string; variable: string } =>
      isRecord(node) &&
      node.kind === 'probe' &&
      // Only ids that are valid: a bad one is reported at the node, not again in a scope the
      // user never wrote.
      validId.safeParse(node.id).success &&
      typeof node.variable === 'string',
  );
  const scopes = PANE_BY_VARIABLE.map((pane) => ({
    id: pane.id,
    title: pane.title,
    probes: probes.filter((p) => p.variable === pane.variable).map((p) => p.id),
    heightPx: DEFAULT_SCOPE_HEIGHT_PX,
  })).filter((pane) => pane.probes.length > 0);
  return {
    ...document,
    formatVersion: 2,
    // A format-1 file could already hold fields by these names (unknown fields are kept); they
    // are the user's, so they stay and are validated as format-2 layout.
    view: document.view ?? { ...DEFAULT_VIEW },
    scopes: document.scopes ?? scopes,
  };
}

export const MIGRATIONS: readonly Migration[] = [
  { from: 1, description: 'add the canvas view and the scope layout', up: addViewAndScopes },
];

export type MigrationResult =
  { ok: true; document: RawDocument; applied: string[] } | { ok: false; errors: SchemaError[] };

/** Runs every step from `version` up to FORMAT_VERSION, in order. Never throws. */
export function migrate(document: RawDocument, version: number): MigrationResult {
  let current = document;
  const applied: string[] = [];
  for (let from = version; from < FORMAT_VERSION; from++) {
    const step = MIGRATIONS.find((m) => m.from === from);
    if (step === undefined) {
      return {
        ok: false,
        errors: [{ path: '$.formatVersion', message: `format ${from} has no upgrade path` }],
      };
    }
    try {
      current = step.up(current);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        errors: [{ path: '$', message: `could not be upgraded from format ${from} (${detail})` }],
      };
    }
    applied.push(`${from} → ${from + 1}: ${step.description}`);
  }
  return { ok: true, document: current, applied };
}
