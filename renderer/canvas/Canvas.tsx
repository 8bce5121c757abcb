/**
 * The circuit canvas (React Flow): nodes and edges derived from the document, dragging and
 * connecting turned into commands, drop target of the palette, minimap, zoom controls and a grid
 * that nodes snap to. Drag on empty canvas draws a selection box; the middle or right button (or
 * Space + drag, or the scroll wheel) pans; Ctrl + wheel zooms.
 */
import { ConnectionMode, ReactFlow, SelectionMode, useStore } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { GRID_PX } from '../commands/arrange';
import { StartScreen } from '../examples/StartScreen';
import { createLockedNodeMapper } from '../lesson/canvasLocks';
import { useEditorStore } from '../state/editorStore';
import { useViewStore } from '../state/viewStore';
import { useThemeStore } from '../theme/themeStore';
import { CircuitNodeView } from '../nodes/CircuitNodeView';
import { isValidConnection, onConnect, onConnectEnd, onConnectStart } from './connectHandlers';
import { useRefitOnResize } from './autoFit';
import { ArrowMarkers } from './edges/ArrowMarkers';
import { ProbeEdgeView } from './edges/ProbeEdgeView';
import { ProjectionEdgeView } from './edges/ProjectionEdgeView';
import { onEdgesChange, onNodesChange } from './flowChanges';
import { loopClosingEdges } from './loopEdges';
import { CanvasChrome } from './CanvasChrome';
import { CanvasNotice } from './CanvasNotice';
import { draggedNodeIds, promotedEdgeIds, promotedNodeIds } from './dragLayers';
import { FIT_VIEW_OPTIONS } from './fitView';
import { onPaletteDragOver, usePaletteDrop } from './paletteDrop';
import { createEdgeMapper, createNodeMapper, type FlowEdge, type FlowNode } from './toFlow';

// Defined once at module level: React Flow warns (and re-mounts every node) if these change.
const nodeTypes = { circuit: CircuitNodeView };
const edgeTypes = { projection: ProjectionEdgeView, probe: ProbeEdgeView };
// Props React Flow copies into its store whenever they change by identity: a literal here would
// notify its ~2,000 subscriptions on every render of the canvas (once per drag frame).
const SNAP_GRID: [number, number] = [GRID_PX, GRID_PX];
const PRO_OPTIONS = { hideAttribution: true };
const PAN_BUTTONS = [1, 2];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
/** Below this zoom, labels and parameter lists are too small to read: they are not drawn. */
const FAR_ZOOM = 0.45;

export function Canvas() {
  const document = useEditorStore((s) => s.document);
  const selection = useEditorStore((s) => s.selection);
  const dragPositions = useViewStore((s) => s.dragPositions);
  // Which cards are dragged changes at the start and end of a drag, not per frame.
  const draggedIds = useViewStore(useShallow(draggedNodeIds));
  const sizes = useViewStore((s) => s.nodeSizes);
  const snapToGrid = useViewStore((s) => s.snapToGrid);
  const theme = useThemeStore((s) => s.theme);
  const onDrop = usePaletteDrop();
  const section = useRef<HTMLElement>(null);
  useRefitOnResize(section);
  const far = useStore((s) => s.transform[2] < FAR_ZOOM);

  const mapNodes = useMemo(createNodeMapper, []);
  const mapEdges = useMemo(createEdgeMapper, []);
  const lockNodes = useMemo(createLockedNodeMapper, []);
  const lesson = document.lesson;
  const lockedIds = useMemo(() => new Set(lesson?.locks.elements ?? []), [lesson]);
  const selectedNodes = useMemo(() => new Set(selection.nodeIds), [selection.nodeIds]);
  const selectedEdges = useMemo(() => new Set(selection.edgeIds), [selection.edgeIds]);
  const movingNodes = useMemo(() => promotedNodeIds(draggedIds), [draggedIds]);
  const movingEdges = useMemo(
    () => promotedEdgeIds(document.edges, movingNodes),
    [document.edges, movingNodes],
  );
  const nodes = useMemo(
    () =>
      lockNodes(
        mapNodes(document.nodes, selectedNodes, dragPositions, sizes, movingNodes),
        lockedIds,
      ),
    [
      lockNodes,
      mapNodes,
      document.nodes,
      selectedNodes,
      dragPositions,
      sizes,
      movingNodes,
      lockedIds,
    ],
  );
  const loops = useMemo(() => loopClosingEdges(document), [document]);
  const edges = useMemo(
    () => mapEdges(document.edges, selectedEdges, loops, movingEdges),
    [mapEdges, document.edges, selectedEdges, loops, movingEdges],
  );

  return (
    <section
      ref={section}
      className={far ? 'canvas canvas--far' : 'canvas'}
      aria-label="Circuit canvas"
      data-testid="canvas"
    >
      <ArrowMarkers />
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        connectionMode={ConnectionMode.Strict}
        connectionRadius={28}
        onDrop={onDrop}
        onDragOver={onPaletteDragOver}
        snapToGrid={snapToGrid}
        snapGrid={SNAP_GRID}
        selectionOnDrag
        selectionMode={SelectionMode.Partial}
        panOnDrag={PAN_BUTTONS}
        panOnScroll
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        deleteKeyCode={null}
        // Only cards and edges in view are mounted: zoomed in on a large circuit, a drag frame
        // updates a few components instead of every one (BENCHMARKS.md, editor drag).
        onlyRenderVisibleElements
        minZoom={0.1}
        maxZoom={3}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        colorMode={theme}
        proOptions={PRO_OPTIONS}
      >
        <CanvasChrome />
      </ReactFlow>
      <CanvasNotice />
      <StartScreen />
    </section>
  );
}
