import { z } from 'zod';
import { finite, id } from './fields';
import type { Lesson } from './types';

/**
 * The optional `lesson` section: a project file with one is a lesson. It holds the text the
 * student reads (Markdown with $…$ / $$…$$ maths), the steps with the checks the app evaluates on
 * the simulation, the sliders a lesson offers, and what the teacher locked or hid.
 *
 * References to nodes and edges are checked when the lesson is evaluated, not when the file is
 * parsed, so a circuit edited away from its lesson still opens (the check then reports the
 * missing node instead of passing or failing).
 */

const text = (max: number) => z.string().max(max, { error: `must be at most ${max} characters` });

/** A dot path inside a node or edge: `params.tauMemMs`, `spikeTimesMs.0.1`, `rule.weight`. */
export const fieldPath = () =>
  z.string().regex(/^[A-Za-z][A-Za-z0-9]*(\.(\d+|[A-Za-z][A-Za-z0-9]*))*$/, {
    error: 'must be a dot path such as "params.tauMemMs" or "spikeTimesMs.0.1"',
  });

export const CHECK_OPS = ['==', '!=', '<', '<=', '>', '>='] as const;
export const MEASURE_KINDS = ['spikeCount', 'firstSpikeMs', 'maxV', 'minV', 'param'] as const;

const measure = z.discriminatedUnion(
  'kind',
  [
    z.looseObject({
      kind: z.enum(['spikeCount', 'firstSpikeMs', 'maxV', 'minV']),
      node: id(),
      /** One neuron of the population; absent: the whole population (sum, earliest, max, min). */
      neuron: z.number().int().gte(0, { error: 'must be a neuron index ≥ 0' }).optional(),
    }),
    z.looseObject({ kind: z.literal('param'), target: id(), field: fieldPath() }),
  ],
  { error: `must be one of ${MEASURE_KINDS.map((k) => `"${k}"`).join(', ')}` },
);

const condition = z.looseObject({
  measure,
  op: z.enum(CHECK_OPS, { error: `must be one of ${CHECK_OPS.join(' ')}` }),
  value: finite(),
});

const check = z.looseObject({
  id: id(),
  description: text(500),
  /** All must hold for the check to pass. */
  conditions: z.array(condition).min(1, { error: 'must have at least one condition' }).max(16),
});

const step = z.looseObject({
  id: id(),
  title: text(200),
  markdown: text(20_000).default(''),
  checks: z
    .array(check)
    .max(16)
    .default(() => []),
});

const control = z
  .looseObject({
    id: id(),
    label: text(100),
    target: id(),
    field: fieldPath(),
    min: finite(),
    max: finite(),
    step: z.number().gt(0, { error: 'must be > 0' }).optional(),
    unit: text(20).optional(),
  })
  .refine((c) => c.min < c.max, { error: 'needs min < max', path: ['max'] });

export const LESSON_HIDEABLE = [
  'palette',
  'inspector',
  'simulationBar',
  'backendPicker',
  'minimap',
] as const;

const locks = z
  .looseObject({
    /** Node and edge ids the student may not move, delete or edit. */
    elements: z
      .array(id())
      .max(10_000)
      .default(() => []),
    /** Single fields locked on otherwise editable nodes or edges. */
    fields: z
      .array(z.looseObject({ target: id(), field: fieldPath() }))
      .max(10_000)
      .default(() => []),
    /** No node may be added, deleted or connected (parameters stay editable unless locked). */
    structure: z.boolean().default(false),
  })
  .default(() => ({ elements: [], fields: [], structure: false }));

export const lessonSchema = z
  .looseObject({
    title: text(200),
    markdown: text(50_000).default(''),
    steps: z
      .array(step)
      .max(64)
      .default(() => []),
    controls: z
      .array(control)
      .max(64)
      .default(() => []),
    locks,
    hidden: z
      .array(
        z.enum(LESSON_HIDEABLE, {
          error: `must be one of ${LESSON_HIDEABLE.map((h) => `"${h}"`).join(', ')}`,
        }),
      )
      .default(() => []),
  })
  .superRefine((lesson, ctx) => {
    const seen = new Map<string, string>();
    const claim = (value: string, path: PropertyKey[]): void => {
      const first = seen.get(value);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `"${value}" is already used by ${first}: every step, check and control needs its own id`,
          input: value,
        });
      } else seen.set(value, `$.lesson.${path.slice(0, -1).join('.')}`);
    };
    lesson.steps.forEach((s, i) => {
      claim(s.id, ['steps', i, 'id']);
      s.checks.forEach((c, j) => claim(c.id, ['steps', i, 'checks', j, 'id']));
    });
    lesson.controls.forEach((c, i) => claim(c.id, ['controls', i, 'id']));
  });

/** Reads a dot path (`params.tauMemMs`) from a node or edge; undefined when absent. */
export function readFieldPath(element: unknown, field: string): unknown {
  let value: unknown = element;
  for (const key of field.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export type { Lesson };
