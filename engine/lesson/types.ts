/**
 * What evaluating a lesson's checks gives back: per check, pass or fail with the measured value of
 * every condition, or "cannot be evaluated" with the reason (a missing node, a node of the wrong
 * kind, a field that is not a number, a circuit that does not compile).
 */
import type { LessonCheckOp, LessonMeasure } from '../schema/types';

export interface ConditionResult {
  measure: LessonMeasure;
  op: LessonCheckOp;
  value: number;
  /** What the run (or the document) gave; null when there is nothing (a neuron that never fired). */
  measured: number | null;
  holds: boolean;
  /** For the student: "LIF fired 2 times; want exactly 1". */
  text: string;
}

export type CheckResult =
  | {
      stepId: string;
      checkId: string;
      status: 'pass' | 'fail';
      conditions: ConditionResult[];
    }
  | {
      stepId: string;
      checkId: string;
      status: 'unevaluable';
      /** Why the check cannot be evaluated, in words ("no node \"lif2\" in the circuit"). */
      reason: string;
      conditions: ConditionResult[];
    };

export interface LessonEvaluation {
  results: CheckResult[];
  /** The run the checks were measured on (0 when no check needed a simulation). */
  simulatedMs: number;
  steps: number;
}
