/**
 * `npm run bench:editor`: frame times while dragging on a 200-node, 400-edge circuit, in
 * Chromium. Builds the renderer, serves it, opens the benchmark circuit, and drags — the pointer
 * moving at 60 Hz — one node with the whole circuit in view, one node at zoom 100 %, and all 200
 * nodes at once. Prints the frame times while dragging (p50, p95, frames over 17.7 ms: dropped at
 * 60 Hz) and the time from each pointer move to the end of the frame showing it. Speed is
 * measured here, never asserted in tests.
 */
import type { Page } from '@playwright/test';
import { cpuDescription, withBuiltRenderer } from './benchBrowser.ts';

const FRAMES = 120;

/**
 * The circuit the benchmark drags on: 200 nodes and 400 edges (40 spike generators, 120 LIF and
 * 30 LI populations, 10 probes; 390 projections, 10 probe attachments) on a grid. Deterministic
 * (a fixed linear congruential sequence); the page parses it as it would a file.
 */
const BENCH_NODES = 200;
const BENCH_EDGES = 400;

function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface BenchNode {
  id: string;
  kind: string;
  [key: string]: unknown;
}

function benchCircuit(): Record<string, unknown> {
  const next = sequence(12345);
  const kinds = [
    ...Array.from({ length: 40 }, () => 'spikeTimes'),
    ...Array.from({ length: 120 }, () => 'lif'),
    ...Array.from({ length: 30 }, () => 'li'),
    ...Array.from({ length: 10 }, () => 'probe'),
  ];
  const nodes: BenchNode[] = kinds.map((kind, k) => {
    const base = {
      id: `n${k}`,
      label: `${kind} ${k}`,
      position: { x: (k % 20) * 260, y: Math.floor(k / 20) * 160 },
    };
    switch (kind) {
      case 'spikeTimes':
        return { ...base, kind, size: 1, spikeTimesMs: [[10 + (k % 7) * 5, 60]] };
      case 'lif':
        return {
          ...base,
          kind,
          size: 1,
          params: { tauMemMs: 10 + (k % 30), tauSynMs: 5, vLeak: 0, vTh: 1, vReset: 0 },
        };
      case 'li':
        return { ...base, kind, size: 1, params: { tauMemMs: 20, tauSynMs: 5, vLeak: 0 } };
      default:
        return { ...base, kind, variable: 'v', neurons: 'all' };
    }
  });
  const senders = nodes.filter((n) => n.kind === 'spikeTimes' || n.kind === 'lif');
  const receivers = nodes.filter((n) => n.kind === 'lif' || n.kind === 'li');
  const edges: Record<string, unknown>[] = [];
  const pairs = new Set<string>();
  while (edges.length < BENCH_EDGES - 10) {
    const source = senders[Math.floor(next() * senders.length)]!;
    const target = receivers[Math.floor(next() * receivers.length)]!;
    const pair = `${source.id}>${target.id}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    const weight = Math.round((next() * 2 - 0.6) * 100) / 100;
    edges.push({
      kind: 'projection',
      id: `e${edges.length}`,
      source: source.id,
      target: target.id,
      rule: { type: 'oneToOne', weight },
      delaySteps: 0,
      seed: 0,
    });
  }
  const probes = nodes.filter((n) => n.kind === 'probe');
  probes.forEach((probe, k) => {
    edges.push({ kind: 'probe', id: `p${k}`, source: `n${40 + k * 7}`, target: probe.id });
  });
  return {
    formatVersion: 2,
    name: 'Editor benchmark: 200 nodes, 400 edges',
    simulation: { dtMs: 1, durationMs: 200, inputOrder: 'norse-1.1', seed: 0 },
    nodes,
    edges,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface DragTimes {
  /** Intervals between animation frames while the pointer moved. */
  frames: number[];
  /** Per pointer move: from the event to the end of the frame that shows it. */
  latency: number[];
}

/**
 * Drags from `start` around an ellipse, the pointer moving every 16 ms as a hand at 60 Hz does
 * (a busy page delays the next move, as it would delay the hand's). The page records frame times
 * and, per move, when the frame showing it was done (a message posted from the next animation
 * frame runs after that frame's style, layout and paint).
 */
async function dragFrames(page: Page, start: { x: number; y: number }): Promise<DragTimes> {
  // Let the simulation of the last edit finish (its scopes redraw on the main thread).
  await page.evaluate(() => window.__spikeboard?.sim?.idle());
  await sleep(300);
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const frames: number[] = [];
    const latency: number[] = [];
    w['benchTimes'] = { frames, latency, stop: false };
    const tick = (t: number) => {
      frames.push(t);
      if (!(w['benchTimes'] as { stop: boolean }).stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const onMove = () => {
      const t0 = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => latency.push(performance.now() - t0);
        channel.port2.postMessage(0);
      });
    };
    w['benchOnMove'] = onMove;
    window.addEventListener('pointermove', onMove, { capture: true });
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const t0 = await page.evaluate(() => performance.now());
  for (let k = 1; k <= FRAMES; k++) {
    const began = Date.now();
    const angle = (k / FRAMES) * 2 * Math.PI;
    await page.mouse.move(start.x + 120 * Math.sin(angle), start.y + 60 * (1 - Math.cos(angle)));
    await sleep(Math.max(0, 16 - (Date.now() - began)));
  }
  const t1 = await page.evaluate(() => performance.now());
  await page.mouse.up();
  await sleep(100);
  const times = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const recorded = w['benchTimes'] as { frames: number[]; latency: number[]; stop: boolean };
    recorded.stop = true;
    window.removeEventListener('pointermove', w['benchOnMove'] as () => void, { capture: true });
    return recorded;
  });
  const during = times.frames.filter((t) => t >= t0 && t <= t1);
  return {
    frames: during.slice(1).map((t, k) => t - during[k]!),
    latency: times.latency.slice(1),
  };
}

function stats(values: number[]): string {
  const sorted = [...values].sort((x, y) => x - y);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`.padStart(9);
  return `${fmt(percentile(sorted, 50))} ${fmt(percentile(sorted, 95))}`;
}

function report(name: string, times: DragTimes): string {
  const dropped = times.frames.filter((ms) => ms > 1000 / 60 + 1).length;
  return `${name.padEnd(36)} ${stats(times.frames)} ${`${dropped}/${times.frames.length}`.padStart(9)}   ${stats(times.latency)}`;
}

async function main(): Promise<void> {
  await withBuiltRenderer(
    {
      name: 'editor',
      port: 5399,
      viewport: { width: 1400, height: 900 },
      chromiumArgs: ['--headless', '--no-sandbox', '--disable-gpu'],
    },
    async (page, browser) => {
      // A window opens on the start screen (no nodes): wait for the editor's test hook instead.
      await page.waitForFunction(() => window.__spikeboard?.editor !== undefined);
      const errors = await page.evaluate(
        (circuit) => window.__spikeboard?.editor?.open(circuit) ?? ['no test hook'],
        benchCircuit(),
      );
      if (errors.length > 0)
        throw new Error(`the benchmark circuit is invalid: ${errors.join('; ')}`);
      await page.waitForFunction(
        (n) => window.__spikeboard?.editor?.document().nodes.length === n,
        BENCH_NODES,
      );
      // Fit: the whole circuit in view, so every card is drawn (the canvas mounts only what is
      // in view).
      await page.locator('body').press('f');
      await page.waitForFunction(
        (n) => document.querySelectorAll('.react-flow__node').length === n,
        BENCH_NODES,
      );
      await page.waitForTimeout(800);
      const drawn = await page.locator('.react-flow__edge').count();
      const nodeCentre = async (id: string) => {
        const box = (await page
          .locator(`.react-flow__node[data-id="${id}"] .cnode__head`)
          .boundingBox())!;
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      };
      await dragFrames(page, await nodeCentre('n90')); // warm-up
      const fitOne = await dragFrames(page, await nodeCentre('n90'));
      await page.locator('body').press('Control+a');
      const fitAll = await dragFrames(page, await nodeCentre('n90'));
      await page.locator('body').press('Escape');
      await page.locator('body').press('0'); // zoom 100 %: labels drawn, part of the circuit in view
      await page.waitForTimeout(500);
      const near = page.locator('.react-flow__node').filter({ has: page.locator('.cnode__head') });
      const visible = await near.evaluateAll((nodes) => {
        const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
        const inside = nodes.find((n) => {
          const r = n.getBoundingClientRect();
          return (
            r.left > pane.left + 150 &&
            r.right < pane.right - 150 &&
            r.top > pane.top + 80 &&
            r.bottom < pane.bottom - 120
          );
        });
        return inside?.getAttribute('data-id') ?? null;
      });
      if (visible === null) throw new Error('no node in view at zoom 1');
      const oneAtZoom1 = await dragFrames(page, await nodeCentre(visible));
      const browserVersion = browser.version();
      console.log(
        `\nEditor drag, ${BENCH_NODES} nodes and ${BENCH_EDGES} edges (${drawn} edges drawn), Chromium ${browserVersion} headless, software rendering, ${cpuDescription()}`,
      );
      console.log(
        `${''.padEnd(36)} ${'frame time'.padStart(19)} ${'> 17.7 ms'.padStart(9)}   ${'pointer → frame'.padStart(19)}`,
      );
      console.log(
        `${'drag'.padEnd(36)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${''.padStart(9)}   ${'p50'.padStart(9)} ${'p95'.padStart(9)}`,
      );
      console.log(report('one node, whole circuit in view', fitOne));
      console.log(report('one node, zoom 100 %', oneAtZoom1));
      console.log(report(`all ${BENCH_NODES} nodes, whole circuit`, fitAll));
    },
  );
}

await main();
