/**
 * Runs a lesson's checks: the worker simulates the document (engine/lesson, exact reference
 * backend) and answers per check; the window only shows the answer. Each result is stored with
 * the document it was measured on.
 */
import type { LessonEvaluatedEvent } from '../../engine/protocol/messages';
import type { CircuitDocument } from '../../engine/schema';
import { getSimulation } from '../sim/simulation';
import { useEditorStore } from '../state/editorStore';
import { useLessonStore, type CheckState } from './lessonStore';

export type EvaluateRequest = (body: {
  kind: 'evaluateLesson';
  document: CircuitDocument;
  checkIds: string[];
}) => Promise<LessonEvaluatedEvent>;

const workerRequest: EvaluateRequest = (body) => getSimulation().client.request(body);

function failureText(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'WorkerCrashed' || name === 'WorkerUnresponsive') {
    return 'The simulation engine restarted before it could answer: press Check again.';
  }
  return `Could not check: ${error instanceof Error ? error.message : String(error)}`;
}

/** Evaluates `checkIds` on the open document; resolves when their results are stored. */
export async function runChecks(
  checkIds: readonly string[],
  request: EvaluateRequest = workerRequest,
): Promise<void> {
  const document = useEditorStore.getState().document;
  const store = useLessonStore.getState();
  const states = (make: (id: string) => CheckState) =>
    Object.fromEntries(checkIds.map((id) => [id, make(id)]));
  store.setChecks(states(() => ({ kind: 'running', document })));
  try {
    const answer = await request({ kind: 'evaluateLesson', document, checkIds: [...checkIds] });
    const byId = new Map(answer.results.map((r) => [r.checkId, r]));
    useLessonStore.getState().setChecks(
      states((id) => {
        const result = byId.get(id);
        return result === undefined
          ? { kind: 'error', message: 'The lesson has no such check any more.', document }
          : { kind: 'done', result, document };
      }),
    );
  } catch (error) {
    const message = failureText(error);
    useLessonStore.getState().setChecks(states(() => ({ kind: 'error', message, document })));
  }
}
