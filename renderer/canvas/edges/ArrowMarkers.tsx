/**
 * Arrowheads for the edges, one per edge colour, filled from the theme's CSS variables (so they
 * follow light and dark without re-rendering the edges).
 */
const MARKERS = ['excitatory', 'inhibitory', 'silent', 'probe'] as const;

export function ArrowMarkers() {
  return (
    <svg className="arrow-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {MARKERS.map((name) => (
          <marker
            key={name}
            id={`sb-arrow-${name}`}
            className={`arrow-marker arrow-marker--${name}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="14"
            markerHeight="14"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
