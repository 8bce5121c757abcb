/**
 * What the lesson panel remembers: the open step, whether the panel is collapsed, and the last
 * result of each check with the document it was measured on (a result of an older document is
 * shown as out of date). It belongs to one opened lesson: opening another starts afresh. In a
 * narrow window the panel starts collapsed (a rail the student opens); the choice then stays.
 */
import { create } from 'zustand';
import type { CheckResult } from '../../engine/protocol/messages';
import type { CircuitDocument } from '../../engine/schema';

export type CheckState =
  | { kind: 'running'; document: CircuitDocument }
  | { kind: 'done'; result: CheckResult; document: CircuitDocument }
  | { kind: 'error'; message: string; document: CircuitDocument };

export interface LessonUiState {
  /** The opened document this state belongs to. */
  lessonOf: CircuitDocument | null;
  stepIndex: number;
  collapsed: boolean;
  confirmingReset: boolean;
  checks: Readonly<Record<string, CheckState>>;
  /** Starts afresh when `opened` is another document than the one this state belongs to. */
  follow(opened: CircuitDocument): void;
  /** Back to the first step with no results (Reset lesson). */
  restart(): void;
  setStep(index: number): void;
  setCollapsed(collapsed: boolean): void;
  setConfirmingReset(confirming: boolean): void;
  setChecks(states: Readonly<Record<string, CheckState>>): void;
}

const FRESH = { stepIndex: 0, confirmingReset: false, checks: {} };

/** Below this window width the panel starts collapsed: the canvas would be too narrow. */
export const NARROW_WINDOW_PX = 1200;

const narrowWindow = (): boolean =>
  typeof window !== 'undefined' && window.innerWidth < NARROW_WINDOW_PX;

export const useLessonStore = create<LessonUiState>()((set, get) => ({
  lessonOf: null,
  collapsed: narrowWindow(),
  ...FRESH,
  follow: (opened) => {
    if (get().lessonOf !== opened) set({ lessonOf: opened, ...FRESH });
  },
  restart: () => set(FRESH),
  setStep: (stepIndex) => set({ stepIndex }),
  setCollapsed: (collapsed) => set({ collapsed }),
  setConfirmingReset: (confirmingReset) => set({ confirmingReset }),
  setChecks: (states) => set({ checks: { ...get().checks, ...states } }),
}));
