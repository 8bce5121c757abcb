/** The first-spike lesson file as a document, for the lesson's unit tests. */
import { parseCircuitJson, type CircuitDocument } from '../../engine/schema';
import firstSpikeText from '../../assets/examples/lessons/first-spike.spikeboard?raw';

export function firstSpikeLesson(): CircuitDocument {
  const parsed = parseCircuitJson(firstSpikeText);
  if (!parsed.ok) throw new Error(`the lesson does not parse: ${parsed.errors[0]?.message}`);
  return parsed.document;
}
