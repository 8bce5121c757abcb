/** Moving keyboard focus to parts of the window (a node, the palette, the inspector). */
export function focusFirst(selector: string): void {
  document.querySelector<HTMLElement>(selector)?.focus();
}

/** Focuses a node's element on the canvas once it is drawn. */
export function focusNode(nodeId: string): void {
  requestAnimationFrame(() => focusFirst(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`));
}
