import { EngineError } from './engineClient';

/** What the window shows when a circuit cannot be opened or simulated. */
export interface Failure {
  title: string;
  message: string;
  /** One line per located problem (JSON path or diagnostic code first). */
  details: string[];
}

const TITLES: Record<string, (name: string) => string> = {
  SchemaError: (name) => `${name} is not a valid circuit`,
  CompileError: (name) => `${name} cannot be simulated`,
  CircuitTooLargeError: (name) => `${name} is too large to simulate`,
};

export function failureOf(error: unknown, documentName: string): Failure {
  if (error instanceof EngineError) {
    const title = TITLES[error.name]?.(documentName) ?? `The simulation of ${documentName} failed`;
    return {
      title,
      message: error.message,
      details: error.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`),
    };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { title: `The simulation of ${documentName} failed`, message, details: [] };
}
