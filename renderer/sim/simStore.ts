/**
 * What the simulation bar, the status bar and the scopes show about the simulation, in a zustand
 * store. It changes at state transitions (loaded, running, paused, failed), never per sample:
 * samples go to the sample store, and the running clock is painted straight into the DOM.
 */
import { create } from 'zustand';
import type {
  BackendChoice,
  BackendInfo,
  BackendName,
  InputOrder,
  ProbeInfo,
  RunSpeed,
} from './protocolTypes';
import type { Failure } from './failure';

export type SimMode = 'live' | 'instant';
export type SimPhase = 'starting' | 'ready' | 'running' | 'paused' | 'finished' | 'failed';

/** A message that does not stop the window: a restarted worker, a halted run, a refused edit. */
export interface SimNotice {
  kind: 'crash' | 'halted' | 'error';
  title: string;
  message: string;
}

export interface LastRun {
  simulatedMs: number;
  computeMs: number;
}

export interface SimState {
  mode: SimMode;
  /** Run length in ms: what instant mode re-simulates and where a live run stops. */
  runLengthMs: number;
  speed: RunSpeed;
  backendChoice: BackendChoice;
  phase: SimPhase;
  backend: BackendName | null;
  backendReason: string;
  backends: BackendInfo[];
  inputOrder: InputOrder | null;
  dtMs: number;
  totalSteps: number;
  probes: ProbeInfo[];
  /** Bumped when the loaded probes change shape: scopes rebuild their panes. */
  layoutVersion: number;
  lastRun: LastRun | null;
  failure: Failure | null;
  notice: SimNotice | null;
  restarts: number;
}

export const INITIAL_SIM_STATE: SimState = {
  mode: 'instant',
  runLengthMs: 1000,
  speed: 1,
  backendChoice: 'auto',
  phase: 'starting',
  backend: null,
  backendReason: '',
  backends: [],
  inputOrder: null,
  dtMs: 1,
  totalSteps: 0,
  probes: [],
  layoutVersion: 0,
  lastRun: null,
  failure: null,
  notice: null,
  restarts: 0,
};

export const useSimStore = create<SimState>()(() => ({ ...INITIAL_SIM_STATE }));
