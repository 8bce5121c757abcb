import { describe, expect, it } from 'vitest';
import { computeUpdateOrder } from './updateOrder';

const G = -1; // a generator source

describe('update order', () => {
  it('orders a feed-forward chain topologically, whatever the document order', () => {
    // populations 0, 1, 2 with edges 2 → 1 → 0, input into 2
    const r = computeUpdateOrder(3, [
      { source: G, target: 2 },
      { source: 2, target: 1 },
      { source: 1, target: 0 },
    ]);
    expect(r.order).toEqual([2, 1, 0]);
    expect(r.closesLoop).toEqual([false, false, false]);
  });

  it('marks a self-loop as closing a loop', () => {
    const r = computeUpdateOrder(1, [
      { source: G, target: 0 },
      { source: 0, target: 0 },
    ]);
    expect(r.closesLoop).toEqual([false, true]);
    expect(r.loopPaths.get(1)).toEqual([0]);
  });

  it('cuts a 2-cycle at the edge back toward the input', () => {
    // input enters 1; 0 ⇄ 1: 1 is nearer the input, so 0 → 1 closes the loop
    const r = computeUpdateOrder(2, [
      { source: 0, target: 1 },
      { source: 1, target: 0 },
      { source: G, target: 1 },
    ]);
    expect(r.order).toEqual([1, 0]);
    expect(r.closesLoop).toEqual([true, false, false]);
    expect(r.loopPaths.get(0)).toEqual([1, 0]);
  });

  it('breaks distance ties by document order and orders components by first member', () => {
    const r = computeUpdateOrder(4, [
      { source: 3, target: 2 },
      { source: 2, target: 3 },
      { source: 0, target: 1 },
    ]);
    expect(r.order).toEqual([0, 1, 2, 3]);
    expect(r.closesLoop).toEqual([true, false, false]);
  });

  it('places a loop after what feeds it and before what it feeds', () => {
    const r = computeUpdateOrder(4, [
      { source: 2, target: 3 },
      { source: 1, target: 2 },
      { source: 2, target: 1 },
      { source: 0, target: 1 },
    ]);
    expect(r.order).toEqual([0, 1, 2, 3]);
    expect(r.closesLoop).toEqual([false, false, true, false]);
  });

  it('handles an empty circuit', () => {
    expect(computeUpdateOrder(0, [])).toEqual({ order: [], closesLoop: [], loopPaths: new Map() });
  });
});
