/**
 * The membrane-potential scope of a loaded circuit: derives the scope model once per document and
 * hands the trace store to the uPlot pane.
 */
import { useMemo } from 'react';
import type { CircuitDocument } from '../../engine/schema';
import type { TraceStore } from '../sim/traceStore';
import { Scope } from './Scope';
import { createScopeFeed } from './scopeFeed';
import { buildMembraneScopeModel } from './scopeModel';

export interface MembraneScopeProps {
  document: CircuitDocument;
  store: TraceStore;
}

export function MembraneScope({ document, store }: MembraneScopeProps) {
  const model = useMemo(() => buildMembraneScopeModel(document, store.probes), [document, store]);
  const feed = useMemo(() => createScopeFeed(model, store), [model, store]);
  if (model.series.length === 0) {
    return <p className="empty-note">This circuit has no probe on a membrane potential (v).</p>;
  }
  return <Scope scopeId="membrane" model={model} feed={feed} />;
}
