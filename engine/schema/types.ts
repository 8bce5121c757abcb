/**
 * The Spikeboard circuit document, format version 2: the project file every layer shares.
 *
 * Units live in every key (`tauMemMs`, `rateHz`, `delaySteps`). Time constants are stored in
 * milliseconds; per-step coefficients are derived when compiling (see engine/compile).
 * Potentials are dimensionless, as in Norse.
 */

/**
 * The format this app writes. Older formats are migrated on open (migrations.ts); a newer one is
 * refused with "made by a newer Spikeboard". Format 2 added the canvas `view` and the `scopes`.
 */
export const FORMAT_VERSION = 2;

/** Which of Norse's two input orders the simulation follows (see MODELS.md). */
export type InputOrder = 'norse-1.1' | 'norse-0.0.7';
export const INPUT_ORDERS: readonly InputOrder[] = ['norse-1.1', 'norse-0.0.7'];

/** One value for every neuron of a population, or one value per neuron (length = size). */
export type PerNeuron = number | number[];

export interface Position {
  x: number;
  y: number;
}

interface NodeBase {
  id: string;
  label: string;
  position: Position;
}

export interface LiParams {
  tauMemMs: PerNeuron;
  tauSynMs: PerNeuron;
  vLeak: PerNeuron;
}

export interface LifParams extends LiParams {
  vTh: PerNeuron;
  vReset: PerNeuron;
}

/** The membrane potential at step 0: a value, one per neuron, or uniform draws in [low, high). */
export type InitialV = PerNeuron | { distribution: 'uniform'; low: number; high: number };

/** Optional initial state of a population; absent: v = vLeak (Norse's initial state). */
interface InitialState {
  initialV?: InitialV;
  /** Seeds the draws of a distributed `initialV` (absent: 0). */
  seed?: number;
}

/** A population of leaky integrators (Norse `LI`): no threshold, no spikes. */
export interface LiNode extends NodeBase, InitialState {
  kind: 'li';
  size: number;
  params: LiParams;
}

/** A population of leaky integrate-and-fire neurons (Norse `LIFCell`). */
export interface LifNode extends NodeBase, InitialState {
  kind: 'lif';
  size: number;
  params: LifParams;
}

/** Explicit spike times in ms, one list per generator neuron (`spikeTimesMs.length = size`). */
export interface SpikeTimesNode extends NodeBase {
  kind: 'spikeTimes';
  size: number;
  spikeTimesMs: number[][];
}

/** Regular spiking at `rateHz` (or every `periodMs`; exactly one of the two), first spike at `phaseMs`. */
export interface RegularNode extends NodeBase {
  kind: 'regular';
  size: number;
  rateHz?: number;
  periodMs?: number;
  phaseMs: number;
}

/** Independent Poisson spike trains at `rateHz`, drawn from a counter-based generator seeded by `seed`. */
export interface PoissonNode extends NodeBase {
  kind: 'poisson';
  size: number;
  rateHz: number;
  seed: number;
}

/** Adds `amplitude` (times the projection weight) every step in [startMs, stopMs). */
export interface ConstantCurrentNode extends NodeBase {
  kind: 'constantCurrent';
  size: number;
  amplitude: number;
  startMs?: number;
  stopMs?: number;
}

export type ProbeVariable = 'v' | 'i' | 'spikes';

/** Records `variable` of the node it is attached to (by a `probe` edge), for `neurons`. */
export interface ProbeNode extends NodeBase {
  kind: 'probe';
  variable: ProbeVariable;
  neurons: 'all' | number[];
}

export type PopulationNode = LiNode | LifNode;
export type GeneratorNode = SpikeTimesNode | RegularNode | PoissonNode | ConstantCurrentNode;
export type CircuitNode = PopulationNode | GeneratorNode | ProbeNode;
export type NodeKind = CircuitNode['kind'];

/** A weight: one value, or drawn per synapse from a distribution with the projection's seed. */
export type WeightValue =
  | number
  | { distribution: 'uniform'; low: number; high: number }
  | { distribution: 'normal'; mean: number; std: number };

/** How presynaptic neurons connect to postsynaptic ones. `matrix.weights` is W[post][pre]. */
export type ConnectionRule =
  | { type: 'oneToOne'; weight: WeightValue }
  | { type: 'allToAll'; weight: WeightValue }
  | { type: 'random'; probability: number; weight: WeightValue }
  | { type: 'matrix'; weights: number[][] };

/** Spikes (or current) of a generator or LIF population into a population. */
export interface ProjectionEdge {
  kind: 'projection';
  id: string;
  source: string;
  target: string;
  rule: ConnectionRule;
  /** Extra delay in whole steps, on top of the one step a loop-closing connection always takes. */
  delaySteps: number;
  /** Seeds random connectivity and weight distributions of this projection. */
  seed: number;
}

/** Attaches a probe (`target`) to the node it records (`source`). */
export interface ProbeEdge {
  kind: 'probe';
  id: string;
  source: string;
  target: string;
}

export type CircuitEdge = ProjectionEdge | ProbeEdge;

export interface SimulationSettings {
  dtMs: number;
  durationMs: number;
  inputOrder: InputOrder;
  seed: number;
}

/** The canvas viewport: pan in canvas pixels (as React Flow's viewport) and zoom factor. */
export interface CanvasView {
  x: number;
  y: number;
  zoom: number;
}

/**
 * One oscilloscope pane. `probes` names probe nodes by id, in legend order; an id that names no
 * probe (a probe deleted since) is kept in the file and simply shows nothing.
 */
export interface ScopePane {
  id: string;
  title?: string;
  probes: string[];
  heightPx: number;
}

export interface CircuitDocument {
  formatVersion: typeof FORMAT_VERSION;
  name: string;
  /** One line on what the circuit shows (at most 500 characters); absent in most files. */
  description?: string;
  simulation: SimulationSettings;
  nodes: CircuitNode[];
  edges: CircuitEdge[];
  /**
   * Layout, not circuit: where the canvas looked and which scopes showed which probes. Parsing
   * always fills both (defaults `DEFAULT_VIEW` and `[]`, meaning "the app decides"); they are
   * optional here so documents built in code (tests, templates) need not spell them out.
   */
  view?: CanvasView;
  scopes?: ScopePane[];
  /** Present when the project is a lesson (see lesson.ts); absent in plain circuits. */
  lesson?: Lesson;
}

/** A number the app measures on the simulation (whole run) or reads from the document. */
export type LessonMeasure =
  | {
      kind: 'spikeCount' | 'firstSpikeMs' | 'maxV' | 'minV';
      /** A population (or, for spikes, a generator) id. */
      node: string;
      /** One neuron; absent: the whole population (sum, earliest, max, min). */
      neuron?: number;
    }
  /** A document value: `field` is a dot path inside the node or edge `target`. */
  | { kind: 'param'; target: string; field: string };

export type LessonCheckOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

export interface LessonCondition {
  measure: LessonMeasure;
  op: LessonCheckOp;
  value: number;
}

/** Passes when every condition holds. */
export interface LessonCheck {
  id: string;
  description: string;
  conditions: LessonCondition[];
}

export interface LessonStep {
  id: string;
  title: string;
  markdown: string;
  checks: LessonCheck[];
}

/** A slider the lesson offers for one numeric field of a node or edge. */
export interface LessonControl {
  id: string;
  label: string;
  target: string;
  field: string;
  min: number;
  max: number;
  step?: number;
  unit?: string;
}

export type LessonHideable =
  'palette' | 'inspector' | 'simulationBar' | 'backendPicker' | 'minimap';

export interface LessonLocks {
  /** Node and edge ids the student may not move, delete or edit. */
  elements: string[];
  /** Single fields locked on otherwise editable nodes or edges. */
  fields: { target: string; field: string }[];
  /** No node or edge may be added or deleted. */
  structure: boolean;
}

/** The lesson section of a project file: text, steps with checks, sliders, locks, hidden UI. */
export interface Lesson {
  title: string;
  /** Markdown with $…$ and $$…$$ maths, shown above the steps. */
  markdown: string;
  steps: LessonStep[];
  controls: LessonControl[];
  locks: LessonLocks;
  hidden: LessonHideable[];
}

/** A located problem with user data: `path` is a JSON path such as `$.nodes[2].params.tauMemMs`. */
export interface SchemaError {
  path: string;
  message: string;
}

export type ParseResult =
  { ok: true; document: CircuitDocument } | { ok: false; errors: SchemaError[] };
