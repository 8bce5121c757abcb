/**
 * One small line drawing per node kind, in the family colour (currentColor): a spike train for
 * generators, a smooth rise for LI, a rise-and-spike for LIF, a scope for probes.
 */
import type { NodeKind } from '../../engine/schema';

const PATHS: Record<NodeKind, string> = {
  spikeTimes: 'M2 16h3V4v12h5V4v12h3V4v12h5',
  regular: 'M2 16h2V4v12h4V4v12h4V4v12h4V4v12h2',
  poisson: 'M2 16h2V4v12h7V4v12h2V4v12h5',
  constantCurrent: 'M2 16h3V7h12M5 16',
  li: 'M2 16c4 0 4-9 8-9s5 6 8 6',
  lif: 'M2 16c3 0 5-8 8-9V3v13c3-1 5-5 8-5',
  probe: 'M3 4h14v10H3zM5 11l3-4 3 3 4-4M10 14v3M7 17h6',
};

export function KindIcon({ kind, size = 20 }: { kind: NodeKind; size?: number }) {
  return (
    <svg
      className="kind-icon"
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={PATHS[kind]} />
    </svg>
  );
}
