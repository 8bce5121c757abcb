/** The LIF-versus-LI example as a document, for command tests. */
import { parseCircuitJson, type CircuitDocument } from '../../engine/schema';
import { LIF_VERSUS_LI } from '../project/examples';
import type { EditCommand } from './types';

export function example(): CircuitDocument {
  const parsed = parseCircuitJson(LIF_VERSUS_LI.text);
  if (!parsed.ok) throw new Error('the example does not parse');
  return parsed.document;
}

/** Applies a command that must succeed. */
export function run(doc: CircuitDocument, command: EditCommand): CircuitDocument {
  const outcome = command.apply(doc);
  if (!outcome.ok) throw new Error(`${command.label} refused: ${outcome.error}`);
  return outcome.document;
}

/** Applies a command that must be refused; returns the reason. */
export function refusal(doc: CircuitDocument, command: EditCommand): string {
  const outcome = command.apply(doc);
  if (outcome.ok) throw new Error(`${command.label} was accepted`);
  return outcome.error;
}
