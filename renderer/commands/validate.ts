/**
 * Checks an edited document before the store accepts it: the schema (parseCircuit) on the edited
 * nodes or edge, then the connection rules on the edges they touch. Only the parts that changed
 * are parsed, so a slider scrub on a 200-node circuit stays cheap. Returns the message to show
 * next to the field, or null when the edit is valid.
 */
import {
  FORMAT_VERSION,
  NODE_FIELDS,
  PROJECTION_FIELDS,
  SIMULATION_FIELDS,
  parseCircuit,
  type CircuitDocument,
  type CircuitNode,
  type SchemaError,
} from '../../engine/schema';
import { edgeProblems, ruleProblem } from '../canvas/connectionRules';

/** The error about `key` if there is one (the field the user touched), else the first. */
function pick(errors: readonly SchemaError[], key: string | undefined): SchemaError | undefined {
  const about = (e: SchemaError) =>
    key !== undefined && (e.path.endsWith(`.${key}`) || e.path.includes(`.${key}[`));
  return errors.find(about) ?? errors[0];
}

function schemaProblem(
  value: Record<string, unknown>,
  key: string | undefined,
  describe: (error: SchemaError) => string,
): string | null {
  const result = parseCircuit({ formatVersion: FORMAT_VERSION, edges: [], ...value });
  if (result.ok) return null;
  const error = pick(result.errors, key);
  return error === undefined ? 'is not valid' : describe(error);
}

/** `key` names the field being edited, so its error is the one reported. */
export function validateNodes(
  doc: CircuitDocument,
  nodeIds: ReadonlySet<string>,
  key?: string,
): string | null {
  const nodes = doc.nodes.filter((n) => nodeIds.has(n.id));
  const problem = schemaProblem({ nodes }, key, (error) => {
    const index = Number(/^\$\.nodes\[(\d+)\]/.exec(error.path)?.[1] ?? -1);
    const node: CircuitNode | undefined = nodes[index];
    const prefix = nodes.length > 1 && node !== undefined ? `${node.label}: ` : '';
    return `${prefix}${fieldName(error.path)} ${error.message}`;
  });
  return problem ?? edgeProblems(doc, nodeIds)[0] ?? null;
}

export function validateEdge(doc: CircuitDocument, edgeId: string, key?: string): string | null {
  const edge = doc.edges.find((e) => e.id === edgeId);
  if (edge === undefined) return 'That connection no longer exists.';
  const source = doc.nodes.find((n) => n.id === edge.source);
  const target = doc.nodes.find((n) => n.id === edge.target);
  if (source === undefined || target === undefined) return 'That connection lost an end.';
  const nodes = source === target ? [source] : [source, target];
  const problem = schemaProblem(
    { nodes, edges: [edge] },
    key,
    (error) => `${fieldName(error.path)} ${error.message}`,
  );
  if (problem !== null) return problem;
  return edge.kind === 'projection' ? ruleProblem(edge, source, target) : null;
}

export function validateSimulation(doc: CircuitDocument, key?: string): string | null {
  return schemaProblem(
    { name: doc.name, simulation: doc.simulation, nodes: [] },
    key,
    (error) => `${fieldName(error.path)} ${error.message}`,
  );
}

/** The symbols the inspector shows ("τmem"), by file key ("tauMemMs"). */
const SYMBOLS = new Map(
  [...Object.values(NODE_FIELDS).flat(), ...PROJECTION_FIELDS, ...SIMULATION_FIELDS].map((f) => [
    f.key,
    f.symbol,
  ]),
);

/** `$.nodes[0].params.tauMemMs` → `τmem`; `$.nodes[0].spikeTimesMs[0][1]` → `t`. */
function fieldName(path: string): string {
  const names = path.match(/\.[A-Za-z_$][\w$]*/g) ?? [];
  const last = names[names.length - 1]?.slice(1);
  return last === undefined ? 'value' : (SYMBOLS.get(last) ?? last);
}
