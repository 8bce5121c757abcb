/**
 * Which panes the scope dock shows. A document may name its panes (`scopes`: ids, probes,
 * heights); otherwise the dock decides: v probes overlaid in one pane (the seed notebook's
 * LI-versus-LIF plot), i probes in another. Splitting shows one pane per probe either way.
 * Spike probes always get a raster pane of their own.
 */
import type { ProbeInfo } from '../../engine/protocol/messages';
import type { CircuitDocument } from '../../engine/schema';

export interface PaneSpec {
  id: string;
  kind: 'trace' | 'raster';
  title: string;
  probeIds: string[];
  heightPx: number;
  /** A pane of the one-pane-per-probe view (not the document's layout: resizes stay local). */
  split?: boolean;
}

export const TRACE_PANE_HEIGHT_PX = 300;
export const RASTER_PANE_HEIGHT_PX = 260;

interface NamedPane {
  id: string;
  title?: string;
  probes: string[];
  heightPx?: number;
}

function rasterPane(probe: ProbeInfo, heightPx = RASTER_PANE_HEIGHT_PX, title?: string): PaneSpec {
  return {
    id: `raster-${probe.probeId}`,
    kind: 'raster',
    title: title ?? (/spike/i.test(probe.label) ? probe.label : `spikes · ${probe.label}`),
    probeIds: [probe.probeId],
    heightPx,
  };
}

function fromDocument(panes: readonly NamedPane[], byId: Map<string, ProbeInfo>): PaneSpec[] {
  const out: PaneSpec[] = [];
  for (const pane of panes) {
    const probes = pane.probes.flatMap((id) => byId.get(id) ?? []);
    const traced = probes.filter((p) => p.variable !== 'spikes');
    if (traced.length > 0) {
      out.push({
        id: pane.id,
        kind: 'trace',
        title: pane.title ?? traced.map((p) => p.label).join(', '),
        probeIds: traced.map((p) => p.probeId),
        heightPx: pane.heightPx ?? TRACE_PANE_HEIGHT_PX,
      });
    }
    const spiking = probes.filter((p) => p.variable === 'spikes');
    // A pane of one spike probe keeps the document's title; several get their probes' labels.
    const own = traced.length === 0 && spiking.length === 1 ? pane.title : undefined;
    for (const probe of spiking) out.push(rasterPane(probe, pane.heightPx, own));
  }
  return out;
}

/** The dock's own panes for `probes`: v overlaid, i overlaid (or one per probe), rasters. */
function defaultPanes(
  probes: readonly ProbeInfo[],
  split: boolean,
  taken: Set<string>,
): PaneSpec[] {
  const panes: PaneSpec[] = [];
  // A pane the document names keeps its id; the dock's own panes never reuse one.
  const fresh = (id: string): string => {
    let out = id;
    for (let k = 2; taken.has(out); k++) out = `${id}-${k}`;
    taken.add(out);
    return out;
  };
  const byVariable = (variable: ProbeInfo['variable']) =>
    probes.filter((p) => p.variable === variable);
  const groups: [string, string, ProbeInfo[]][] = [
    ['membrane', 'membrane potential', byVariable('v')],
    ['current', 'synaptic current', byVariable('i')],
  ];
  for (const [id, title, group] of groups) {
    if (group.length === 0) continue;
    if (split) {
      for (const probe of group) {
        panes.push({
          id: fresh(`probe-${probe.probeId}`),
          kind: 'trace',
          title: probe.label,
          probeIds: [probe.probeId],
          heightPx: TRACE_PANE_HEIGHT_PX,
          split: true,
        });
      }
    } else {
      panes.push({
        id: fresh(id),
        kind: 'trace',
        title,
        probeIds: group.map((p) => p.probeId),
        heightPx: TRACE_PANE_HEIGHT_PX,
      });
    }
  }
  for (const probe of byVariable('spikes')) panes.push(rasterPane(probe));
  return panes;
}

/**
 * The panes to show: the document's named panes (unless split), then the dock's own panes for
 * every probe no named pane shows — so a probe added after a pane was named (or resized, which
 * names it) still gets a pane.
 */
export function buildPanes(
  document: CircuitDocument,
  probes: readonly ProbeInfo[],
  split: boolean,
): PaneSpec[] {
  const named = split ? [] : ((document as { scopes?: NamedPane[] }).scopes ?? []);
  const own = fromDocument(named, new Map(probes.map((p) => [p.probeId, p])));
  const shown = new Set(named.flatMap((pane) => pane.probes));
  const taken = new Set([...named.map((pane) => pane.id), ...own.map((pane) => pane.id)]);
  const rest = probes.filter((p) => !shown.has(p.probeId));
  return [...own, ...defaultPanes(rest, split, taken)];
}
