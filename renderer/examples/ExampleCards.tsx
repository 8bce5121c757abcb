/**
 * The examples as a grid of cards — thumbnail, name, one line — each a button: Tab reaches the
 * grid once, the arrow keys (and Home, End) move between cards, Enter or Space opens one.
 */
import { useRef, useState } from 'react';
import { GALLERY, type GalleryEntry } from './gallery';
import { columnsOf, nextIndex } from './gridKeys';
import { openEntry } from './openEntry';
import './examples.css';

export interface ExampleCardsProps {
  /** Smaller cards, for the start screen inside the canvas. */
  compact?: boolean;
  /** The cards to show: the examples unless told (the lessons). */
  entries?: readonly GalleryEntry[];
  /** The grid's accessible name. */
  label?: string;
  onOpen?: (entry: GalleryEntry) => void;
}

export function ExampleCards({
  compact = false,
  entries = GALLERY,
  label = 'Examples',
  onOpen,
}: ExampleCardsProps) {
  const cards = useRef<(HTMLButtonElement | null)[]>([]);
  const [active, setActive] = useState(0);
  const open = onOpen ?? ((entry: GalleryEntry) => void openEntry(entry));

  const onKeyDown = (event: React.KeyboardEvent, index: number) => {
    const elements = cards.current.filter((c): c is HTMLButtonElement => c !== null);
    const next = nextIndex(event.key, index, entries.length, columnsOf(elements));
    if (next < 0) return;
    event.preventDefault();
    event.stopPropagation();
    setActive(next);
    cards.current[next]?.focus();
  };

  return (
    <ul
      className={compact ? 'example-cards example-cards--compact' : 'example-cards'}
      aria-label={label}
      data-testid={entries === GALLERY ? 'example-cards' : `${label.toLowerCase()}-cards`}
    >
      {entries.map((entry, index) => (
        <li key={entry.name}>
          <button
            type="button"
            ref={(element) => {
              cards.current[index] = element;
            }}
            className="example-card"
            // The card shows three lines of the description; hovering shows all of it.
            title={entry.description}
            data-testid={entry.testId}
            tabIndex={index === active ? 0 : -1}
            aria-describedby={`${entry.testId}-line`}
            onFocus={() => setActive(index)}
            onKeyDown={(event) => onKeyDown(event, index)}
            onClick={() => open(entry)}
          >
            <img
              className="example-card__thumbnail"
              src={entry.thumbnailUrl}
              alt=""
              width={240}
              height={150}
              draggable={false}
            />
            <span className="example-card__title">{entry.title}</span>
            <span className="example-card__line" id={`${entry.testId}-line`}>
              {entry.description}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
