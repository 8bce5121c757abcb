/** A probe attachment: a thin dotted line in the probe colour, no weight, no label. */
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowEdge } from '../toFlow';
import { SelectedHalo } from './SelectedHalo';

export const ProbeEdgeView = memo(function ProbeEdgeView(props: EdgeProps<FlowEdge>) {
  const [path] = getBezierPath(props);
  return (
    <>
      {props.selected ? <SelectedHalo path={path} widthPx="2px" /> : null}
      <BaseEdge
        id={props.id}
        path={path}
        className={`edge edge--probe${props.selected ? ' edge--selected' : ''}`}
        markerEnd="url(#sb-arrow-probe)"
        interactionWidth={14}
      />
    </>
  );
});
