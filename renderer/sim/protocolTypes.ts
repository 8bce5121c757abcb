/** The protocol and schema types the simulation UI names, in one place. */
export type {
  BackendChoice,
  BackendInfo,
  BackendName,
  HaltedEvent,
  LoadedEvent,
  ProbeInfo,
  RunSpeed,
  SamplesEvent,
  StateEvent,
  WorkerEvent,
} from '../../engine/protocol/messages';
export type { CircuitDocument, InputOrder } from '../../engine/schema';
