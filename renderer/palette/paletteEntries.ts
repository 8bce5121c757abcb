/**
 * What the palette offers: every node kind (titles and descriptions from engine/schema), with the
 * probe offered once per variable so a student drags "Probe v" rather than choosing afterwards.
 */
import {
  NODE_KINDS,
  NODE_KIND_INFO,
  PROBE_VARIABLES,
  type NodeKind,
  type ProbeVariable,
} from '../../engine/schema';

export interface PaletteEntry {
  id: string;
  kind: NodeKind;
  variable?: ProbeVariable;
  title: string;
  description: string;
}

const PROBE_DESCRIPTIONS: Record<ProbeVariable, string> = {
  v: 'Records the membrane potential v.',
  i: 'Records the synaptic current i.',
  spikes: 'Records the spikes, as a raster.',
};

export const PALETTE_ENTRIES: readonly PaletteEntry[] = NODE_KINDS.flatMap(
  (kind): PaletteEntry[] =>
    kind === 'probe'
      ? PROBE_VARIABLES.map((variable) => ({
          id: `probe-${variable}`,
          kind,
          variable,
          title: `Probe ${variable}`,
          description: PROBE_DESCRIPTIONS[variable],
        }))
      : [
          {
            id: kind,
            kind,
            title: NODE_KIND_INFO[kind].title,
            description: NODE_KIND_INFO[kind].description,
          },
        ],
);

export function paletteEntry(id: string): PaletteEntry | undefined {
  return PALETTE_ENTRIES.find((e) => e.id === id);
}

/** The drag-and-drop payload type: the entry id travels as this MIME type. */
export const PALETTE_MIME = 'application/x-spikeboard-node';
