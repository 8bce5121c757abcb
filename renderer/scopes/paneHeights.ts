/**
 * A pane's height belongs to the document (`scopes[].heightPx`), so a resize is saved with the
 * file and undone like any edit: one command per resize. A pane the document does not name yet
 * (the dock's own) is named on its first resize, with its probes and title, so reopening the file
 * shows it at that height. Panes of the "one pane per probe" view are not written (that view is
 * not the document's layout).
 */
import { MAX_SCOPES, type CircuitDocument, type ScopePane } from '../../engine/schema';
import type { EditCommand } from '../commands/types';
import { refused } from '../commands/types';
import type { PaneSpec } from './paneLayout';

export function resizePane(spec: PaneSpec, heightPx: number): EditCommand {
  return {
    label: `Resize scope “${spec.title}”`,
    apply(document: CircuitDocument) {
      if (spec.split === true) return refused('the one-pane-per-probe view is not saved');
      const scopes = document.scopes ?? [];
      const at = scopes.findIndex((pane) => pane.id === spec.id);
      if (at >= 0) {
        if (scopes[at]!.heightPx === heightPx) return { ok: true, document };
        const next = scopes.slice();
        next[at] = { ...scopes[at]!, heightPx };
        return { ok: true, document: { ...document, scopes: next } };
      }
      if (scopes.length >= MAX_SCOPES) {
        return refused(`a document holds at most ${MAX_SCOPES} scope panes`);
      }
      const named: ScopePane = {
        id: spec.id,
        title: spec.title,
        probes: [...spec.probeIds],
        heightPx,
      };
      return { ok: true, document: { ...document, scopes: [...scopes, named] } };
    },
  };
}
