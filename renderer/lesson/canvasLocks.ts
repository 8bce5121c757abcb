/**
 * Locked nodes on the canvas: not draggable, not deletable by React Flow, marked with a padlock
 * (CSS class). Each locked flow node is derived once per flow object, so a drag elsewhere does
 * not give them new objects (React Flow re-processes a node only when its object changes).
 */
import type { Node } from '@xyflow/react';

export function createLockedNodeMapper() {
  const cache = new WeakMap<Node, Node>();
  return function lockNodes<N extends Node>(nodes: N[], locked: ReadonlySet<string>): N[] {
    if (locked.size === 0) return nodes;
    return nodes.map((node) => {
      if (!locked.has(node.id)) return node;
      let lockedNode = cache.get(node) as N | undefined;
      if (lockedNode === undefined) {
        lockedNode = {
          ...node,
          draggable: false,
          deletable: false,
          className: 'lesson-locked-node',
        };
        cache.set(node, lockedNode);
      }
      return lockedNode;
    });
  };
}
