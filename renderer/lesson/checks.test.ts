import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckResult, LessonEvaluatedEvent } from '../../engine/protocol/messages';
import { NODE_FIELDS, type NumberField } from '../../engine/schema';
import { setNodeField } from '../commands/fieldEdits';
import { useEditorStore } from '../state/editorStore';
import { checkDisplay, stepDone } from './checkDisplay';
import { runChecks, type EvaluateRequest } from './checks';
import { useLessonStore } from './lessonStore';
import { firstSpikeLesson } from './testLesson';

const editor = () => useEditorStore.getState();
const lesson = () => useLessonStore.getState();
const tau = NODE_FIELDS.lif.find((f) => f.key === 'tauMemMs') as NumberField;

const failed: CheckResult = {
  stepId: 'fire-once',
  checkId: 'fires-once',
  status: 'fail',
  conditions: [
    {
      measure: { kind: 'spikeCount', node: 'lif' },
      op: '==',
      value: 1,
      measured: 0,
      holds: false,
      text: 'LIF fired 0 times; want exactly 1',
    },
  ],
};

function answering(results: CheckResult[]): { request: EvaluateRequest; sent: unknown[] } {
  const sent: unknown[] = [];
  const request: EvaluateRequest = (body) => {
    sent.push(body);
    const event: LessonEvaluatedEvent = {
      kind: 'lessonEvaluated',
      requestId: 1,
      results,
      simulatedMs: 300,
      steps: 300,
    };
    return Promise.resolve(event);
  };
  return { request, sent };
}

describe('lesson checks in the window', () => {
  beforeEach(() => {
    editor().replaceDocument(firstSpikeLesson());
    lesson().follow(editor().opened);
  });

  it('asks the worker about the open document and shows what it measured', async () => {
    const { request, sent } = answering([failed]);
    const pending = runChecks(['fires-once'], request);
    expect(checkDisplay(lesson().checks['fires-once'], editor().document).tone).toBe('running');
    await pending;
    expect(sent).toEqual([
      { kind: 'evaluateLesson', document: editor().document, checkIds: ['fires-once'] },
    ]);
    expect(checkDisplay(lesson().checks['fires-once'], editor().document)).toEqual({
      tone: 'fail',
      mark: '✗',
      headline: 'Not yet',
      lines: [{ text: 'LIF fired 0 times; want exactly 1', holds: false }],
      stale: false,
    });
  });

  it('marks a result stale once the circuit changes, and a step done only on fresh passes', async () => {
    const passed: CheckResult = { ...failed, status: 'pass' };
    await runChecks(['fires-once'], answering([passed]).request);
    expect(stepDone(['fires-once'], lesson().checks, editor().document)).toBe(true);
    editor().execute(setNodeField(['lif'], tau, 20));
    expect(checkDisplay(lesson().checks['fires-once'], editor().document).stale).toBe(true);
    expect(stepDone(['fires-once'], lesson().checks, editor().document)).toBe(false);
  });

  it('says why a check cannot be evaluated, and when the engine could not answer', async () => {
    const unevaluable: CheckResult = {
      stepId: 'fire-once',
      checkId: 'fires-once',
      status: 'unevaluable',
      reason: 'no node "lif" in the circuit',
      conditions: [],
    };
    await runChecks(['fires-once'], answering([unevaluable]).request);
    expect(checkDisplay(lesson().checks['fires-once'], editor().document).headline).toBe(
      'Cannot be evaluated: no node "lif" in the circuit',
    );
    const crash = Object.assign(new Error('gone'), { name: 'WorkerCrashed' });
    await runChecks(['fires-once'], () => Promise.reject(crash));
    expect(checkDisplay(lesson().checks['fires-once'], editor().document)).toMatchObject({
      tone: 'error',
      headline: 'The simulation engine restarted before it could answer: press Check again.',
    });
  });

  it('starts afresh for another lesson, not for the same one', async () => {
    await runChecks(['fires-once'], answering([failed]).request);
    lesson().setStep(1);
    lesson().follow(editor().opened);
    expect(lesson().stepIndex).toBe(1);
    editor().replaceDocument(firstSpikeLesson());
    lesson().follow(editor().opened);
    expect(lesson().stepIndex).toBe(0);
    expect(lesson().checks).toEqual({});
  });
});
