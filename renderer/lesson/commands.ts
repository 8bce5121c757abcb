/**
 * The lesson's own edits, as editor commands (one undo step each, or one per slider drag inside
 * a gesture): a slider sets one number at a dot path of a node or edge; "Reset lesson" puts the
 * document back as the lesson was opened.
 */
import type { CircuitDocument, LessonControl } from '../../engine/schema';
import { refused, type EditCommand } from '../commands/types';
import { validateEdge, validateNodes } from '../commands/validate';
import { formatValue } from './format';

/** A copy of `record` with `value` at `path` (objects and arrays copied along the way only). */
function setAt(record: unknown, path: readonly string[], value: number): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (record === null || typeof record !== 'object') throw new Error('missing');
  const current = (record as Record<string, unknown>)[key];
  if (rest.length > 0 && (current === null || typeof current !== 'object'))
    throw new Error('missing');
  const next = setAt(current, rest, value);
  if (Array.isArray(record)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index >= record.length) throw new Error('missing');
    return record.map((item, k) => (k === index ? next : item));
  }
  return { ...(record as object), [key]: next };
}

/** Sets the control's field to `value` (within the control's min and max). */
export function setControlValue(control: LessonControl, value: number): EditCommand {
  return {
    label: `Set ${control.label}`,
    apply(doc) {
      if (!Number.isFinite(value) || value < control.min || value > control.max) {
        return refused(
          `${control.label} must be between ${formatValue(control.min)} and ${formatValue(control.max)}${control.unit === undefined ? '' : ` ${control.unit}`}.`,
        );
      }
      const path = control.field.split('.');
      const key = path[path.length - 1];
      const nodeIndex = doc.nodes.findIndex((n) => n.id === control.target);
      const edgeIndex = doc.edges.findIndex((e) => e.id === control.target);
      if (nodeIndex < 0 && edgeIndex < 0) {
        return refused(`${control.label}: there is no node or connection "${control.target}".`);
      }
      const element = nodeIndex >= 0 ? doc.nodes[nodeIndex]! : doc.edges[edgeIndex]!;
      let changed: unknown;
      try {
        changed = setAt(element, path, value);
      } catch {
        return refused(`${control.label}: "${control.target}" has no field ${control.field}.`);
      }
      let next: CircuitDocument;
      let problem: string | null;
      if (nodeIndex >= 0) {
        next = { ...doc, nodes: doc.nodes.map((n, k) => (k === nodeIndex ? changed : n)) as never };
        problem = validateNodes(next, new Set([control.target]), key);
      } else {
        next = { ...doc, edges: doc.edges.map((e, k) => (k === edgeIndex ? changed : e)) as never };
        problem = validateEdge(next, control.target, key);
      }
      return problem === null
        ? { ok: true, document: next }
        : refused(`${control.label}: ${problem}`);
    },
  };
}

/** Back to the document as the lesson was opened: one undo step, so it can be undone. */
export function resetLesson(opened: CircuitDocument): EditCommand {
  return { label: 'Reset lesson', apply: () => ({ ok: true, document: opened }) };
}
