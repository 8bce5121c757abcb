/**
 * Before the open document is replaced or its window closed: if it has unsaved changes, ask
 * Save / Don't save / Cancel (UnsavedDialog shows the question), save first when asked, and
 * drop the draft when the user chose to lose the changes.
 */
import { isDirty, useProjectStore, type UnsavedChoice } from './projectStore';

/** Shows the question and waits for the answer. */
export function askUnsaved(action: string): Promise<UnsavedChoice> {
  return new Promise((resolve) => {
    const previous = useProjectStore.getState().question;
    previous?.answer('cancel');
    useProjectStore.setState({
      question: {
        action,
        answer: (choice) => {
          useProjectStore.setState({ question: null });
          resolve(choice);
        },
      },
    });
  });
}

export type UnsavedHooks = {
  save: () => Promise<boolean>;
  discardDraft: () => Promise<void>;
};

/** True when the caller may go on: nothing unsaved, saved now, or the user let it go. */
export async function settleUnsaved(action: string, hooks: UnsavedHooks): Promise<boolean> {
  if (!isDirty()) return true;
  const choice = await askUnsaved(action);
  if (choice === 'cancel') return false;
  if (choice === 'save') return hooks.save();
  await hooks.discardDraft();
  return true;
}
