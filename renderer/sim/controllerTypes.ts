/** The controller's surface: what the window calls, and what the controller needs. */
import type { BackendChoice, CircuitDocument, RunSpeed } from './protocolTypes';
import type { SimMode, SimState } from './simStore';

export interface StoreApi {
  getState(): SimState;
  setState(partial: Partial<SimState>): void;
}

export interface DocumentSource {
  get(): CircuitDocument;
  subscribe(listener: (document: CircuitDocument) => void): () => void;
}

export interface SimController {
  start(): void;
  run(): void;
  pause(): void;
  step(): void;
  reset(): void;
  setMode(mode: SimMode): void;
  setRunLength(ms: number): void;
  setSpeed(speed: RunSpeed): void;
  chooseBackend(choice: BackendChoice): void;
  restartEngine(): void;
  /** The latest document change, and the document whose simulation the scopes show. */
  readonly documentSeq: number;
  readonly shownDocument: CircuitDocument | null;
  readonly currentStep: number;
  /** Resolves when no request of the controller is outstanding. */
  idle(): Promise<void>;
  dispose(): void;
}
