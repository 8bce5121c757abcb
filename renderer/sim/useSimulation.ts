/**
 * Opens a circuit file's text, loads it into a fresh simulation worker and runs it to the end.
 * React state changes only at phase boundaries (loaded, done, failed): the samples themselves go
 * into the trace store, which the scopes read directly.
 */
import { useEffect, useState } from 'react';
import type { BackendName } from '../../engine/protocol/messages';
import { parseCircuitJson, type CircuitDocument, type InputOrder } from '../../engine/schema';
import { createEngineClient, EngineError, type EngineClient } from './engineClient';
import { createTraceStore, type TraceStore } from './traceStore';

export interface Failure {
  title: string;
  message: string;
  /** One line per located problem (JSON path or diagnostic code first). */
  details: string[];
}

export interface RunStatus {
  backend: BackendName;
  inputOrder: InputOrder;
  simulatedMs: number;
  /** Wall time from the run request to its `done` event, in ms; null while running. */
  elapsedMs: number | null;
}

export type SimulationView =
  | { phase: 'starting' }
  | { phase: 'failed'; failure: Failure }
  | {
      phase: 'running' | 'done';
      document: CircuitDocument;
      store: TraceStore;
      status: RunStatus;
    };

export interface SimulationSource {
  fileName: string;
  text: string;
}

export function failureOf(error: unknown, fileName: string): Failure {
  if (error instanceof EngineError) {
    const titles: Record<string, string> = {
      SchemaError: `${fileName} is not a valid circuit`,
      CompileError: `${fileName} cannot be simulated`,
    };
    return {
      title: titles[error.name] ?? `The simulation of ${fileName} failed`,
      message: error.message,
      details: error.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`),
    };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { title: `The simulation of ${fileName} failed`, message, details: [] };
}

export async function openAndRun(
  source: SimulationSource,
  client: EngineClient,
  show: (view: SimulationView) => void,
): Promise<void> {
  const parsed = parseCircuitJson(source.text);
  if (!parsed.ok) {
    show({
      phase: 'failed',
      failure: {
        title: `${source.fileName} could not be opened`,
        message: `${parsed.errors.length} problem(s) in the file`,
        details: parsed.errors.map((e) => `${e.path}: ${e.message}`),
      },
    });
    return;
  }
  const document = parsed.document;
  const loaded = await client.load(document);
  const store = createTraceStore(loaded);
  const status: RunStatus = {
    backend: loaded.backend,
    inputOrder: loaded.inputOrder,
    simulatedMs: 0,
    elapsedMs: null,
  };
  show({ phase: 'running', document, store, status });

  let writeError: unknown = null;
  const startedMs = performance.now();
  const done = await client.run({}, (event) => {
    try {
      store.write(event);
    } catch (error) {
      writeError ??= error;
    }
  });
  const elapsedMs = performance.now() - startedMs;
  if (writeError !== null) throw writeError;
  const simulatedMs = done.currentStep * loaded.dtMs;
  show({ phase: 'done', document, store, status: { ...status, simulatedMs, elapsedMs } });
}

export function useSimulation(source: SimulationSource): SimulationView {
  const [view, setView] = useState<SimulationView>({ phase: 'starting' });

  useEffect(() => {
    let active = true;
    const show = (next: SimulationView): void => {
      if (active) setView(next);
    };
    let client: EngineClient | null = null;
    try {
      client = createEngineClient();
      openAndRun(source, client, show).catch((error: unknown) => {
        show({ phase: 'failed', failure: failureOf(error, source.fileName) });
      });
    } catch (error) {
      show({ phase: 'failed', failure: failureOf(error, source.fileName) });
    }
    return () => {
      active = false;
      client?.dispose();
    };
  }, [source]);

  return view;
}
