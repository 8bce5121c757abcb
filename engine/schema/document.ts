import { z } from 'zod';
import { edgeSchema } from './edges';
import { positiveMs, seed } from './fields';
import { scopesSchema, viewSchema } from './layout';
import { lessonSchema } from './lesson';
import {
  constantCurrentNodeSchema,
  poissonNodeSchema,
  regularNodeSchema,
  spikeTimesNodeSchema,
} from './nodes/generators';
import { lifNodeSchema, liNodeSchema } from './nodes/population';
import { probeNodeSchema } from './nodes/probe';
import { FORMAT_VERSION, INPUT_ORDERS } from './types';

const NODE_KINDS = ['li', 'lif', 'spikeTimes', 'regular', 'poisson', 'constantCurrent', 'probe'];

export const nodeSchema = z.discriminatedUnion(
  'kind',
  [
    liNodeSchema,
    lifNodeSchema,
    spikeTimesNodeSchema,
    regularNodeSchema,
    poissonNodeSchema,
    constantCurrentNodeSchema,
    probeNodeSchema,
  ],
  { error: `must be one of ${NODE_KINDS.map((k) => `"${k}"`).join(', ')}` },
);

/** A canvas holds far fewer; large networks are large populations, not many nodes. */
export const MAX_NODES = 10_000;
export const MAX_EDGES = 10_000;

/** An optional one-line description; longer text belongs in a lesson. */
export const MAX_DESCRIPTION_CHARS = 500;

/** The longest run a file may ask for, in steps; a longer one is almost certainly a typo. */
export const MAX_STEPS = 100_000_000;

export const simulationSchema = z
  .looseObject({
    dtMs: positiveMs().default(1),
    durationMs: z.number().gte(0, { error: 'must be ≥ 0 ms' }).default(1000),
    inputOrder: z
      .enum(INPUT_ORDERS as [string, ...string[]], {
        error: `must be ${INPUT_ORDERS.map((o) => `"${o}"`).join(' or ')}`,
      })
      .default('norse-1.1'),
    seed: seed().default(0),
  })
  .superRefine((sim, ctx) => {
    if (!(sim.dtMs > 0)) return;
    const steps = Math.round(sim.durationMs / sim.dtMs);
    if (steps > MAX_STEPS) {
      ctx.addIssue({
        code: 'custom',
        path: ['durationMs'],
        message: `asks for ${steps} steps of ${sim.dtMs} ms; at most ${MAX_STEPS} steps are allowed`,
        input: sim.durationMs,
      });
    }
  });

export const documentSchema = z
  .looseObject({
    formatVersion: z.literal(FORMAT_VERSION, { error: `must be ${FORMAT_VERSION}` }),
    name: z
      .string()
      .max(500, { error: 'must be at most 500 characters' })
      .default('Untitled circuit'),
    /** One line on what the circuit shows (the examples gallery's card text). */
    description: z
      .string()
      .max(MAX_DESCRIPTION_CHARS, { error: `must be at most ${MAX_DESCRIPTION_CHARS} characters` })
      .optional(),
    simulation: simulationSchema.default(() => simulationSchema.parse({})),
    // The limit is checked before the entries, so a million of them cost one message.
    nodes: z.array(nodeSchema).max(MAX_NODES, { error: `must have at most ${MAX_NODES} nodes` }),
    edges: z
      .array(edgeSchema)
      .max(MAX_EDGES, { error: `must have at most ${MAX_EDGES} edges` })
      .default(() => []),
    view: viewSchema,
    scopes: scopesSchema,
    lesson: lessonSchema.optional(),
  })
  .superRefine((doc, ctx) => {
    const seen = new Map<string, string>();
    doc.nodes.forEach((node, index) => {
      const first = seen.get(node.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', index, 'id'],
          message: `"${node.id}" is already used by ${first}: every node and edge needs its own id`,
          input: node.id,
        });
      } else seen.set(node.id, `$.nodes[${index}]`);
    });
    const nodeIds = new Set(doc.nodes.map((n) => n.id));
    doc.edges.forEach((edge, index) => {
      const first = seen.get(edge.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['edges', index, 'id'],
          message: `"${edge.id}" is already used by ${first}: every node and edge needs its own id`,
          input: edge.id,
        });
      } else seen.set(edge.id, `$.edges[${index}]`);
      for (const end of ['source', 'target'] as const) {
        if (!nodeIds.has(edge[end])) {
          ctx.addIssue({
            code: 'custom',
            path: ['edges', index, end],
            message: `names node "${edge[end]}", which does not exist in $.nodes`,
            input: edge[end],
          });
        }
      }
    });
  });
