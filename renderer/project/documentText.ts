/**
 * The text written to disk (and to drafts): the editor's document with the canvas view as it is
 * now, in the schema's stable serialisation. Before anything is written it is read back through
 * the same parser that opens files, so Spikeboard never writes a file it would refuse to open.
 */
import {
  parseCircuitJson,
  serializeCircuit,
  type CanvasView,
  type CircuitDocument,
  type SchemaError,
} from '../../engine/schema';

/** The live canvas viewport, registered by the canvas side (viewportBridge.ts); null if none. */
export type ViewSource = () => CanvasView | null;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function withView(document: CircuitDocument, view: CanvasView | null): CircuitDocument {
  if (view === null || ![view.x, view.y, view.zoom].every(Number.isFinite)) return document;
  return {
    ...document,
    view: { x: round(view.x, 1), y: round(view.y, 1), zoom: round(view.zoom, 4) },
  };
}

export type SaveText = { ok: true; text: string } | { ok: false; errors: SchemaError[] };

export function textForSave(document: CircuitDocument, view: CanvasView | null): SaveText {
  const text = serializeCircuit(withView(document, view));
  const check = parseCircuitJson(text);
  return check.ok ? { ok: true, text } : { ok: false, errors: check.errors };
}
