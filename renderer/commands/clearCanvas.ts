/**
 * Clear the canvas: an empty circuit with the default simulation settings (Norse 1.1's input
 * order, as for every new circuit), keeping the file's name. An edit like any other, so Undo
 * brings the old circuit back; File › New (project/) starts a new file instead.
 */
import { FORMAT_VERSION, parseCircuit, type CircuitDocument } from '../../engine/schema';
import type { EditCommand } from './types';

export function emptyCircuit(name: string): CircuitDocument {
  const parsed = parseCircuit({ formatVersion: FORMAT_VERSION, name, nodes: [] });
  if (!parsed.ok) throw new Error(`the empty circuit does not parse: ${parsed.errors[0]?.message}`);
  return parsed.document;
}

export function clearCanvas(): EditCommand {
  return {
    label: 'Clear the canvas',
    apply: (doc) => ({
      ok: true,
      document: emptyCircuit(doc.name),
      select: { nodeIds: [], edgeIds: [] },
    }),
  };
}
