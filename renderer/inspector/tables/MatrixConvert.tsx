/**
 * "Edit as a weight matrix": turns a one-to-one or all-to-all rule with one weight into the same
 * connectivity as an explicit matrix (one undo step), so single synapses can be changed. Offered
 * for matrices small enough for the grid; a random rule or a distribution has no single matrix.
 */
import type { ConnectionRule } from '../../../engine/schema';
import { useEditorStore } from '../../state/editorStore';
import { MAX_GRID_SIDE } from './MatrixEditor';
import { setMatrix } from './tableEdits';

/** The matrix a one-to-one or all-to-all rule with a fixed weight describes, else null. */
export function ruleAsMatrix(
  rule: ConnectionRule,
  targetSize: number,
  sourceSize: number,
): number[][] | null {
  if (rule.type === 'matrix' || rule.type === 'random' || typeof rule.weight !== 'number') {
    return null;
  }
  const w = rule.weight;
  return Array.from({ length: targetSize }, (_, post) =>
    Array.from({ length: sourceSize }, (_, pre) =>
      rule.type === 'allToAll' || pre === post ? w : 0,
    ),
  );
}

export function MatrixConvert(props: {
  edgeId: string;
  rule: ConnectionRule;
  targetSize: number;
  sourceSize: number;
}) {
  const { targetSize, sourceSize } = props;
  if (targetSize > MAX_GRID_SIDE || sourceSize > MAX_GRID_SIDE) return null;
  const matrix = ruleAsMatrix(props.rule, targetSize, sourceSize);
  if (matrix === null) return null;
  return (
    <button
      type="button"
      className="button button--small"
      data-testid="to-matrix"
      onClick={() => useEditorStore.getState().execute(setMatrix(props.edgeId, matrix))}
    >
      Edit as a {targetSize} × {sourceSize} weight matrix
    </button>
  );
}
