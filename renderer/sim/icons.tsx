/**
 * The transport icons as inline SVG: the ⏸ and ⏭ characters are missing from many system fonts
 * (they showed as empty boxes in Chromium on Linux), a drawn shape is not.
 */
const common = {
  width: 12,
  height: 12,
  viewBox: '0 0 12 12',
  'aria-hidden': true,
  focusable: false,
} as const;

export const RunIcon = () => (
  <svg {...common}>
    <path d="M2.5 1.5v9l8-4.5z" fill="currentColor" />
  </svg>
);

export const PauseIcon = () => (
  <svg {...common}>
    <path d="M2.5 1.5h2.5v9H2.5zM7 1.5h2.5v9H7z" fill="currentColor" />
  </svg>
);

export const StepIcon = () => (
  <svg {...common}>
    <path d="M1.5 1.5v9l6-4.5z" fill="currentColor" />
    <path d="M8.5 1.5h2v9h-2z" fill="currentColor" />
  </svg>
);

export const ResetIcon = () => (
  <svg {...common}>
    <path
      d="M6 2a4 4 0 1 1-3.7 2.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
    />
    <path d="M0.8 1.8l2 3.2 2.6-2.6z" fill="currentColor" />
  </svg>
);
