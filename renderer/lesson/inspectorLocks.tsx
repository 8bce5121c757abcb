/**
 * The inspector's view of a lesson's locks: a context that tells each field whether it is locked
 * (and why), the read-only field shown instead of an editor, and the note over a locked node or
 * connection. The editor store refuses locked edits anyway; this only makes them visible.
 */
import { createContext, type ReactNode } from 'react';
import type { CircuitDocument, FieldMeta } from '../../engine/schema';
import { formatValue } from './format';
import { fieldLockReason } from './locks';
import { LockIcon } from './LockIcon';

/** Why a field of what the inspector shows is locked, or null. */
export type FieldLock = (field: FieldMeta) => string | null;

export const FieldLockContext = createContext<FieldLock>(() => null);

/** The dot path of an inspector field inside its node or edge: `params.vTh`, `rule.weight`. */
export function fieldPathOf(field: FieldMeta): string {
  return field.host === 'params' || field.host === 'rule'
    ? `${field.host}.${field.key}`
    : field.key;
}

/** Locks of the fields of `targets` (nodes or edges): a field is locked if it is on any of them. */
export function fieldLocksOf(doc: CircuitDocument, targets: readonly string[]): FieldLock {
  if (doc.lesson === undefined || targets.length === 0) return () => null;
  return (field) => {
    for (const target of targets) {
      const reason = fieldLockReason(doc, target, fieldPathOf(field));
      if (reason !== null) return reason;
    }
    return null;
  };
}

function valueText(value: unknown): string {
  if (typeof value === 'number') return formatValue(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return value.map((v) => (Array.isArray(v) ? `[${v.join(', ')}]` : valueText(v))).join(', ');
  }
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return '—';
}

export function LockedField(props: { field: FieldMeta; value: unknown; reason: string }) {
  const { field } = props;
  const unit = 'unit' in field && field.unit !== '' ? ` ${field.unit}` : '';
  return (
    <div className="locked-field" data-field={field.key} data-locked="true">
      <div className="locked-field__label" title={props.reason}>
        <LockIcon />
        <span className="field__symbol">{field.symbol}</span>
        <span className="locked-field__value" data-testid={`locked-${field.key}`}>
          {valueText(props.value)}
          {unit}
        </span>
      </div>
      <div className="locked-field__reason">{props.reason}</div>
    </div>
  );
}

/** The note over a locked node or connection; its fields below are read-only. */
export function LockNote({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="lesson-lock-note" data-testid={testId}>
      <LockIcon />
      <span>{children}</span>
    </p>
  );
}
