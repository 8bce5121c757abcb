/**
 * A projection: a curve coloured by the weight's sign (warm excitatory, cool inhibitory), as
 * thick as the weight is large, with a label for weight and delay. A loop-closing projection is
 * dashed and says "↻ loop +1": it delivers one step later. A self-loop arcs over its node.
 */
import { BaseEdge, EdgeText, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ProjectionEdge } from '../../../engine/schema';
import type { FlowEdge } from '../toFlow';
import { edgeLabel, edgeSign, strokeWidthPx } from './edgeLabel';
import { SelectedHalo } from './SelectedHalo';

const LABEL_PADDING: [number, number] = [8, 3];

function selfLoopPath(sx: number, sy: number, tx: number, ty: number): [string, number, number] {
  const lift = 90;
  const path = `M ${sx} ${sy} C ${sx + 70} ${sy - lift}, ${tx - 70} ${ty - lift}, ${tx} ${ty}`;
  return [path, (sx + tx) / 2, Math.min(sy, ty) - lift * 0.75];
}

export const ProjectionEdgeView = memo(function ProjectionEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, data, selected } = props;
  if (data === undefined) return null;
  const edge = data.edge as ProjectionEdge;
  const [path, labelX, labelY] =
    source === target
      ? selfLoopPath(sourceX, sourceY, targetX, targetY)
      : getBezierPath({
          sourceX,
          sourceY,
          sourcePosition: props.sourcePosition,
          targetX,
          targetY,
          targetPosition: props.targetPosition,
        });
  const sign = edgeSign(edge.rule);
  const label = edgeLabel(edge, data.closesLoop);
  const classes = `edge edge--${sign}${data.closesLoop ? ' edge--loop' : ''}${selected ? ' edge--selected' : ''}`;
  const widthPx = `calc(${strokeWidthPx(edge.rule)}px * var(--edge-scale, 1))`;
  return (
    <>
      {selected ? <SelectedHalo path={path} widthPx={widthPx} /> : null}
      <BaseEdge
        id={id}
        path={path}
        className={classes}
        markerEnd={`url(#sb-arrow-${sign})`}
        // --edge-scale: presenter mode (theme/presenter.css) doubles every weight's thickness.
        style={{ strokeWidth: widthPx }}
        interactionWidth={16}
      />
      {/* An SVG label inside the edge (clicking it selects the edge). React Flow's HTML
          EdgeLabelRenderer runs a querySelector per label on every store update: 10 ms per
          drag frame with 400 edges. */}
      <EdgeText
        x={labelX}
        y={labelY}
        label={label}
        className={`edge-label edge-label--${sign}${data.closesLoop ? ' edge-label--loop' : ''}`}
        labelBgPadding={LABEL_PADDING}
        labelBgBorderRadius={10}
        data-testid={`edge-label-${id}`}
      >
        {data.closesLoop ? (
          <title>Closes a loop: delivers one step later (as Norse’s recurrent cells do)</title>
        ) : null}
      </EdgeText>
    </>
  );
});
