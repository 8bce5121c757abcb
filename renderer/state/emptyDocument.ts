/**
 * The empty circuit: what a window starts with (under the start screen, PRODUCT.md "First five
 * minutes") and what File › New gives in a browser.
 */
import { FORMAT_VERSION, parseCircuit, type CircuitDocument } from '../../engine/schema';

export function emptyDocument(): CircuitDocument {
  const parsed = parseCircuit({
    formatVersion: FORMAT_VERSION,
    name: 'Untitled circuit',
    nodes: [],
  });
  if (!parsed.ok) throw new Error(`the empty circuit does not parse: ${parsed.errors[0]?.message}`);
  return parsed.document;
}
