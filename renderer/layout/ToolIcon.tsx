/** Line icons for the toolbar (24 × 24, currentColor). */
const ICONS = {
  clear: 'M4 4h16v16H4zM9 9l6 6M15 9l-6 6',
  undo: 'M9 7 4 12l5 5M4 12h10a6 6 0 0 1 0 12h-2',
  redo: 'M15 7l5 5-5 5M20 12H10a6 6 0 0 0 0 12h2',
  cut: 'M6 6a2.5 2.5 0 1 0 0 .1M6 18a2.5 2.5 0 1 0 0 .1M8 8l12 10M8 16 20 6',
  copy: 'M8 8h11v12H8zM5 16V4h11',
  paste: 'M8 5H5v16h14V5h-3M8 3h8v4H8z',
  duplicate: 'M4 4h11v11H4zM9 20h11V9M12.5 17.5h5M15 15v5',
  delete: 'M4 7h16M9 7V4h6v3M6 7l1 14h10l1-14M10 11v6M14 11v6',
  connect: 'M6 12a2.5 2.5 0 1 0 0 .1M18 12a2.5 2.5 0 1 0 0 .1M8.5 12h7M13 9l3 3-3 3',
  layout: 'M3 5h5v4H3zM3 15h5v4H3zM16 10h5v4h-5zM8 7h4v10H8M12 12h4',
  snap: 'M4 4v16M9 4v16M14 4v16M19 4v16M4 9h16M4 14h16M4 19h16',
  fit: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5M9 9h6v6H9z',
  theme: 'M12 3a9 9 0 1 0 9 9 7 7 0 0 1-9-9z',
  help: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7v.5M12 17v.1',
} as const;

export type ToolIconName = keyof typeof ICONS;

export function ToolIcon({ name }: { name: ToolIconName }) {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={ICONS[name]} />
    </svg>
  );
}
