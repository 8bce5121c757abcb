/**
 * The highlight under a selected edge: a wider, translucent stroke in the accent colour. A CSS
 * drop-shadow filter looked the same but cost a filter pass per edge per frame (select all, then
 * drag: 400 filtered edges), which software rendering pays in full.
 */
export function SelectedHalo({ path, widthPx }: { path: string; widthPx: string }) {
  return (
    <path
      d={path}
      className="edge-halo"
      fill="none"
      style={{ strokeWidth: `calc(${widthPx} + 7px)` }}
      aria-hidden="true"
    />
  );
}
