/**
 * A lesson's locks, enforced where every edit passes: the editor store asks `lockRefusal` about
 * each command's result, so mouse, keyboard, menus and paste are all held to them. The same
 * functions tell the canvas, the inspector and the palette what to show as locked and why.
 *
 * - `locks.elements`: those nodes and edges may not be moved, deleted or edited.
 * - `locks.fields`: those fields may not change (nor their node or edge be deleted).
 * - `locks.structure`: no node or connection may be added or deleted.
 * An edit may not drop or change a lesson that locks or hides something.
 */
import { readFieldPath, type CircuitDocument, type Lesson } from '../../engine/schema';

type Element = { id: string; label?: string; source?: string; target?: string };

const same = (a: unknown, b: unknown): boolean =>
  a === b || JSON.stringify(a) === JSON.stringify(b);

function elementName(doc: CircuitDocument, element: Element): string {
  if (element.label !== undefined) return `“${element.label}”`;
  const label = (id: string | undefined) => doc.nodes.find((n) => n.id === id)?.label ?? id;
  return `the connection ${label(element.source)} → ${label(element.target)}`;
}

function findElement(doc: CircuitDocument, id: string): Element | undefined {
  return doc.nodes.find((n) => n.id === id) ?? doc.edges.find((e) => e.id === id);
}

/** The last part of a field path, as a reader knows it: `params.tauMemMs` → `tauMemMs`. */
function fieldWord(field: string): string {
  return (
    field
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? field
  );
}

export const STRUCTURE_REASON =
  'The lesson locks the circuit: nodes and connections cannot be added or deleted.';

export function elementLockReason(doc: CircuitDocument, id: string): string | null {
  if (!(doc.lesson?.locks.elements.includes(id) ?? false)) return null;
  const element = findElement(doc, id);
  return `${element === undefined ? id : elementName(doc, element)} is locked by the lesson.`;
}

/** Why `field` (a dot path) of node or edge `target` is read-only, or null when it is not. */
export function fieldLockReason(
  doc: CircuitDocument,
  target: string,
  field: string,
): string | null {
  const locks = doc.lesson?.locks;
  if (locks === undefined) return null;
  const element = elementLockReason(doc, target);
  if (element !== null) return element;
  return locks.fields.some((f) => f.target === target && f.field === field)
    ? `${fieldWord(field)} is locked by the lesson.`
    : null;
}

export function structureLockReason(doc: CircuitDocument): string | null {
  return doc.lesson?.locks.structure === true ? STRUCTURE_REASON : null;
}

function elementRefusal(before: CircuitDocument, after: CircuitDocument, lesson: Lesson) {
  for (const id of lesson.locks.elements) {
    const old = findElement(before, id);
    if (old === undefined) continue;
    const now = findElement(after, id);
    const name = elementName(before, old);
    if (now === undefined) return `${name} is locked by the lesson: it cannot be deleted.`;
    if (now === old || same(now, old)) continue;
    const moved = 'position' in now && same({ ...now, position: null }, { ...old, position: null });
    return `${name} is locked by the lesson: it cannot be ${moved ? 'moved' : 'edited'}.`;
  }
  return null;
}

function fieldRefusal(before: CircuitDocument, after: CircuitDocument, lesson: Lesson) {
  for (const { target, field } of lesson.locks.fields) {
    const old = findElement(before, target);
    if (old === undefined) continue;
    const now = findElement(after, target);
    if (now === undefined) {
      return `${elementName(before, old)} has a field locked by the lesson (${fieldWord(field)}): it cannot be deleted.`;
    }
    if (now !== old && !same(readFieldPath(now, field), readFieldPath(old, field))) {
      return `${fieldWord(field)} of ${elementName(before, old)} is locked by the lesson.`;
    }
  }
  return null;
}

function structureRefusal(before: CircuitDocument, after: CircuitDocument): string | null {
  const ids = (doc: CircuitDocument) => doc.nodes.map((n) => n.id).join('\n');
  const edges = (doc: CircuitDocument) =>
    doc.edges.map((e) => `${e.id} ${e.source} ${e.target}`).join('\n');
  if (before.nodes !== after.nodes && ids(before) !== ids(after)) {
    return after.nodes.length > before.nodes.length
      ? 'The lesson locks the circuit: no node can be added.'
      : 'The lesson locks the circuit: no node can be deleted.';
  }
  if (before.edges !== after.edges && edges(before) !== edges(after)) {
    return after.edges.length > before.edges.length
      ? 'The lesson locks the circuit: no connection can be added.'
      : 'The lesson locks the circuit: no connection can be deleted or moved.';
  }
  return null;
}

/** Why the edit `before → after` breaks the lesson's locks, or null when it keeps them. */
export function lockRefusal(before: CircuitDocument, after: CircuitDocument): string | null {
  const lesson = before.lesson;
  if (lesson === undefined) return null;
  // A lesson that locks or hides something cannot be escaped by an edit that drops it (Clear
  // the canvas); one that only teaches may be cleared away like any circuit (and undone).
  const binding =
    lesson.locks.structure ||
    lesson.locks.elements.length > 0 ||
    lesson.locks.fields.length > 0 ||
    lesson.hidden.length > 0;
  if (binding && after.lesson !== lesson && !same(after.lesson, lesson)) {
    return 'This would remove or change the lesson, and with it what the teacher locked.';
  }
  return (
    elementRefusal(before, after, lesson) ??
    fieldRefusal(before, after, lesson) ??
    (lesson.locks.structure ? structureRefusal(before, after) : null)
  );
}
