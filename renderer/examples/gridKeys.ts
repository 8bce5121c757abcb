/**
 * Arrow-key movement in a grid of cards laid out by CSS (wrapping rows): which card gets the
 * focus for a key, given the index of the focused one, the count and the cards per row.
 */
export function nextIndex(key: string, index: number, count: number, columns: number): number {
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
      return Math.min(last, index + 1);
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'ArrowDown':
      return index + columns <= last ? index + columns : index;
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return -1;
  }
}

/** Cards per row: how many share the first card's top edge. */
export function columnsOf(elements: readonly HTMLElement[]): number {
  const top = elements[0]?.offsetTop;
  if (top === undefined) return 1;
  const columns = elements.filter((e) => e.offsetTop === top).length;
  return Math.max(1, columns);
}
