/**
 * Checks the envelope of a message the worker received; the payload's meaning is checked by the
 * handler (a document by the schema and compile). A bad message is answered, never fatal.
 */
import { EXPORT_TARGETS, type ExportTarget } from '../export/targets';
import { REQUEST_KINDS, type RequestKind } from './requests';

type Fields = Record<string, unknown>;

const isWhole = (value: unknown, min: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min;

const isFiniteNumber = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value);

function optionalWhole(record: Fields, key: string, min: number): string | null {
  const value = record[key];
  return value === undefined || isWhole(value, min)
    ? null
    : `${String(record.kind)}.${key} must be a whole number ≥ ${min}`;
}

function optionalPositiveMs(record: Fields, key: string, required: boolean): string | null {
  const value = record[key];
  if (value === undefined && !required) return null;
  return isFiniteNumber(value) && (value as number) > 0
    ? null
    : `${String(record.kind)}.${key} must be a positive number of milliseconds`;
}

const PAYLOAD_CHECKS: Record<RequestKind, (record: Fields) => string | null> = {
  load: (r) =>
    typeof r.document !== 'object' || r.document === null
      ? 'load needs a circuit document'
      : optionalPositiveMs(r, 'durationMs', false),
  run: (r) => {
    const speed = r.speed;
    if (speed !== 'max' && !(isFiniteNumber(speed) && (speed as number) > 0)) {
      return 'run.speed must be a positive number (simulated ms per wall ms) or "max"';
    }
    return optionalWhole(r, 'untilStep', 1);
  },
  pause: () => null,
  step: (r) => optionalWhole(r, 'steps', 1),
  reset: () => null,
  runFor: (r) =>
    optionalPositiveMs(r, 'durationMs', true) ??
    (r.fromStart === undefined || typeof r.fromStart === 'boolean'
      ? null
      : 'runFor.fromStart must be true or false'),
  setParam: (r) => {
    if (typeof r.nodeId !== 'string' || typeof r.field !== 'string') {
      return 'setParam needs a nodeId and a field (strings)';
    }
    if (!isFiniteNumber(r.value)) return 'setParam.value must be a finite number';
    return optionalWhole(r, 'neuron', 0);
  },
  subscribe: (r) => {
    const ids = r.probeIds;
    const ok = ids === 'all' || (Array.isArray(ids) && ids.every((id) => typeof id === 'string'));
    return ok
      ? optionalWhole(r, 'maxTracesPerProbe', 1)
      : 'subscribe.probeIds must be "all" or a list of probe ids';
  },
  chooseBackend: (r) =>
    typeof r.backend === 'string' ? null : 'chooseBackend needs a backend name or "auto"',
  evaluateLesson: (r) => {
    if (typeof r.document !== 'object' || r.document === null) {
      return 'evaluateLesson needs a circuit document';
    }
    const ids = r.checkIds;
    return ids === undefined || (Array.isArray(ids) && ids.every((id) => typeof id === 'string'))
      ? null
      : 'evaluateLesson.checkIds must be a list of check ids';
  },
  export: (r) => {
    if (typeof r.document !== 'object' || r.document === null) {
      return 'export needs a circuit document';
    }
    return EXPORT_TARGETS.includes(r.target as ExportTarget)
      ? null
      : `export.target must be ${EXPORT_TARGETS.join(', ')}`;
  },
  ping: () => null,
};

/** A reason when `value` is not a well-formed request, or null when it is. */
export function requestShapeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'a request must be an object';
  const record = value as Fields;
  if (!REQUEST_KINDS.includes(record.kind as RequestKind)) {
    return `unknown request kind ${JSON.stringify(record.kind)}; expected one of ${REQUEST_KINDS.join(', ')}`;
  }
  if (!isWhole(record.requestId, 0)) return 'requestId must be a whole number';
  return PAYLOAD_CHECKS[record.kind as RequestKind](record);
}
