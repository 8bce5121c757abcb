/**
 * `npm run bench:sim`: the live simulation in Chromium, measured as a user meets it.
 *
 * 1. Slider → redrawn trace in instant mode, for the seed circuits: one τmem slider step per
 *    animation frame through the inspector's real slider; the time from the input event to the
 *    end of the scope's draw of that document (p50, p95, max), for 'auto' and each CPU backend.
 * 2. 32 probed traces streaming at real time in four panes (window 1000 ms): frames drawn per
 *    second per pane on screen and the UI thread's busy fraction (the CPU time of the page's main
 *    thread, Chrome's ThreadTime, over wall time) — in a window that shows one of the four panes
 *    (the dock scrolls) and in one tall enough to show all four; the CPU time of the renderer and
 *    GPU processes with all their threads (the simulation and strip workers, compositing); and the
 *    strip worker's frames painted per second and its painting time.
 *
 * `--only=slider` or `--only=stream` runs one part; `--trace=DIR` builds the renderer unminified
 * and writes V8 CPU profiles into DIR: of the slider steps of lif-versus-li on the reference
 * backend, and of the all-panes streaming case (after printing the DOM mutations of one second);
 * `--chrome-trace` Chrome traces beside them. Builds the renderer,
 * serves it, drives it with Playwright. Speed is measured here, never asserted in tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { cpuDescription, withBuiltRenderer } from './benchBrowser.ts';

const root = path.resolve(import.meta.dirname, '..');
const SLIDER_STEPS = 150;
const STREAM_SECONDS = 6;

const example = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(root, 'assets/examples', `${name}.spikeboard`), 'utf8'));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Opens a complete format-2 circuit as a file would (the worker validates it again). */
async function open(page: Page, circuit: unknown): Promise<void> {
  await page.evaluate((c) => window.__spikeboard!.editor!.replaceDocument(c as never), circuit);
  await page.evaluate(async () => {
    const hook = window.__spikeboard!;
    await hook.sim!.idle();
    await hook.whenDrawn(hook.sim!.state().documentSeq);
  });
}

/** Slider steps through the inspector's τmem slider, one per frame; latencies in ms. */
async function sliderLatencies(page: Page): Promise<number[]> {
  return page.evaluate(async (steps) => {
    const hook = window.__spikeboard!;
    const slider = document.querySelector<HTMLInputElement>('[data-testid="slider-tauMemMs"]');
    if (slider === null) throw new Error('no τmem slider: select a population first');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const min = Number(slider.min);
    const step = Number(slider.step) || 1;
    const out: number[] = [];
    for (let k = 0; k < steps; k++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const started = performance.now();
      setValue.call(slider, String(min + step * (1 + (k % 40)) * 2));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const seq = hook.sim!.state().documentSeq;
      const drawn = await hook.whenDrawn(seq);
      out.push(drawn - started);
    }
    return out;
  }, SLIDER_STEPS);
}

async function chooseBackend(page: Page, choice: string): Promise<boolean> {
  const select = page.getByTestId('sim-backend');
  const options = await select
    .locator('option')
    .evaluateAll((list) =>
      (list as HTMLOptionElement[]).filter((o) => !o.disabled).map((o) => o.value),
    );
  if (!options.includes(choice)) return false;
  await select.selectOption(choice);
  await page.evaluate(() => window.__spikeboard!.sim!.idle());
  return true;
}

function row(label: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`.padStart(9);
  const within = values.filter((ms) => ms <= 1000 / 60).length;
  return `${label.padEnd(40)} ${fmt(percentile(sorted, 50))} ${fmt(percentile(sorted, 95))} ${fmt(sorted.at(-1) ?? NaN)} ${String(Math.round((100 * within) / values.length)).padStart(6)} %`;
}

async function benchSlider(page: Page): Promise<void> {
  console.log('\nInstant mode: τmem slider step → redrawn trace (one step per frame)');
  console.log(
    `${'circuit · backend'.padEnd(40)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)} ≤16.7 ms  UI CPU/step`,
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // CPU time of the page's main thread: unlike latency, it does not grow when other processes
  // take the cores.
  const threadTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')
      ?.value ?? NaN;
  for (const [name, nodeId] of [
    ['lif-versus-li', 'lif'],
    ['li-two-spikes', 'li'],
  ] as const) {
    await open(page, example(name));
    await page.locator(`.react-flow__node[data-id="${nodeId}"] .cnode__head`).click();
    for (const backend of ['auto', 'reference', 'wasm-simd']) {
      if (!(await chooseBackend(page, backend))) continue;
      await sliderLatencies(page); // warm-up
      const active = (await page.evaluate(() => window.__spikeboard!.sim!.state().backend)) ?? '?';
      const label = `${name} · ${backend === 'auto' ? `auto (${active})` : backend}`;
      const traceDir =
        name === 'lif-versus-li' && backend === 'reference' ? option('trace') : undefined;
      if (traceDir !== undefined) await startProfiling(page, cdp, traceDir, 'slider');
      const before = await threadTime();
      const latencies = await sliderLatencies(page);
      const cpuMs = ((await threadTime()) - before) * 1000;
      if (traceDir !== undefined) await stopProfiling(page, cdp, traceDir, 'slider');
      console.log(`${row(label, latencies)} ${(cpuMs / SLIDER_STEPS).toFixed(1).padStart(8)} ms`);
    }
    await chooseBackend(page, 'auto');
  }
}

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** What the page changes in its DOM in one second (each change costs a style and paint pass). */
function countMutations(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const counts: Record<string, number> = {};
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const at = (
          r.target.nodeType === Node.TEXT_NODE ? r.target.parentElement : r.target
        ) as Element;
        const key = `${r.type} ${r.attributeName ?? ''} ${at.nodeName}.${String(at.className).slice(0, 40)}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    observer.disconnect();
    return counts;
  });
}

/**
 * `--trace=DIR`: a V8 CPU profile of the measured streaming seconds (`stream-…`) and of the
 * slider steps of lif-versus-li on the reference backend (`slider-…`), and with `--chrome-trace`
 * a Chrome trace too (tracing slows the page: its figures are then too high).
 */
async function startProfiling(
  page: Page,
  cdp: CDPSession,
  dir: string,
  name: 'stream' | 'slider',
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  if (process.argv.includes('--chrome-trace'))
    await page
      .context()
      .browser()!
      .startTracing(page, { path: path.join(dir, `${name}-trace.json`), screenshots: false });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

async function stopProfiling(
  page: Page,
  cdp: CDPSession,
  dir: string,
  name: 'stream' | 'slider',
): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(path.join(dir, `${name}-profile.cpuprofile`), JSON.stringify(profile));
  if (process.argv.includes('--chrome-trace')) await page.context().browser()!.stopTracing();
  console.log(`  profile written to ${dir}`);
}

/** 32 LIF neurons driven by Poisson input, probed 8 per probe, one pane per probe. */
function streamingCircuit(): unknown {
  const at = { x: 0, y: 0 };
  const probes = [0, 1, 2, 3].map((k) => ({
    id: `p${k}`,
    label: `v · LIF ${8 * k}–${8 * k + 7}`,
    position: at,
    kind: 'probe',
    variable: 'v',
    neurons: Array.from({ length: 8 }, (_, j) => 8 * k + j),
  }));
  return {
    formatVersion: 2,
    name: 'Streaming benchmark: 32 probed traces',
    simulation: { dtMs: 1, durationMs: 60_000, inputOrder: 'norse-1.1', seed: 1 },
    nodes: [
      { id: 'noise', label: 'noise', position: at, kind: 'poisson', size: 32, rateHz: 80, seed: 3 },
      {
        id: 'lif',
        label: 'LIF',
        position: at,
        kind: 'lif',
        size: 32,
        params: { tauMemMs: 20, tauSynMs: 5, vLeak: 0, vTh: 1, vReset: 0 },
      },
      ...probes,
    ],
    edges: [
      {
        kind: 'projection',
        id: 'drive',
        source: 'noise',
        target: 'lif',
        rule: { type: 'oneToOne', weight: 0.6 },
        delaySteps: 0,
        seed: 0,
      },
      ...probes.map((p) => ({ kind: 'probe', id: `a-${p.id}`, source: 'lif', target: p.id })),
    ],
    scopes: probes.map((p) => ({
      id: `pane-${p.id}`,
      title: p.label,
      probes: [p.id],
      heightPx: 170,
    })),
    view: { x: 0, y: 0, zoom: 1 },
  };
}

const STREAM_PANES = ['pane-p0', 'pane-p1', 'pane-p2', 'pane-p3'];

/** Which of the four panes show on screen (the dock scrolls: hidden panes redraw rarely). */
function visiblePanes(page: Page): Promise<boolean[]> {
  return page.evaluate(
    (ids) =>
      ids.map((id) => {
        const pane = document.querySelector(`[data-pane="${id}"] .pane__body`);
        const dock = document.querySelector('[data-testid="scope-dock"]')?.parentElement;
        if (pane === null || dock === null || dock === undefined) return false;
        const a = pane.getBoundingClientRect();
        const b = dock.getBoundingClientRect();
        return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
      }),
    STREAM_PANES,
  );
}

async function benchStreaming(page: Page, allOnScreen: boolean): Promise<void> {
  if (allOnScreen) {
    // The dock takes the canvas's rows too (a style for this measurement only), in a window
    // tall enough (1400×1300) for all four panes to be on screen.
    await page.setViewportSize({ width: 1400, height: 1300 });
    await page.addStyleTag({
      content: '.app { grid-template-rows: auto 0 minmax(0, 1fr) auto !important; }',
    });
  }
  await open(page, streamingCircuit());
  await page.getByTestId('sim-reset').click();
  await page.getByTestId('window-length').selectOption('1000');
  await page.getByLabel('speed').selectOption('1');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const browserCdp = await page.context().browser()!.newBrowserCDPSession();
  /** CPU seconds of the renderer and GPU processes, all their threads (workers, compositor…). */
  const processCpu = async () => {
    const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; cpuTime: number }[];
    };
    const of = (type: string) =>
      processInfo.filter((p) => p.type === type).reduce((sum, p) => sum + p.cpuTime, 0);
    return { renderer: of('renderer'), gpu: of('GPU') };
  };
  const sample = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    // CPU time of the page's main thread (not wall time: other processes may share the cores).
    const task = metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
    const draws = await page.evaluate(
      (ids) => ids.map((id) => window.__spikeboard!.scopeData(id)?.draws ?? 0),
      STREAM_PANES,
    );
    const strips = await page.evaluate(
      () => window.__spikeboard!.stripWorkerStats?.() ?? Promise.resolve(null),
    );
    return { task, draws, strips, processes: await processCpu(), wall: Date.now() / 1000 };
  };
  const visible = await visiblePanes(page);
  const measure = async (seconds: number) => {
    const a = await sample();
    await page.waitForTimeout(seconds * 1000);
    const b = await sample();
    const wall = b.wall - a.wall;
    const fps = b.draws.map((d, k) => (d - a.draws[k]!) / wall);
    const shown = fps.filter((_, k) => visible[k]);
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / Math.max(1, xs.length);
    const painted = (b.strips?.framesPainted ?? 0) - (a.strips?.framesPainted ?? 0);
    const paintMs = (b.strips?.paintMs ?? 0) - (a.strips?.paintMs ?? 0);
    return {
      busy: (b.task - a.task) / wall,
      renderer: (b.processes.renderer - a.processes.renderer) / wall,
      gpu: (b.processes.gpu - a.processes.gpu) / wall,
      fps: mean(shown),
      hiddenFps: mean(fps.filter((_, k) => !visible[k])),
      stripWorker:
        b.strips === null ? null : { painted: painted / wall, busy: paintMs / 1000 / wall },
    };
  };
  const idle = await measure(2);
  await page.getByTestId('sim-run').click();
  await page.waitForTimeout(1000);
  const traceDir = allOnScreen ? option('trace') : undefined;
  if (traceDir !== undefined) {
    console.log('  DOM mutations in one second of streaming:', await countMutations(page));
    await startProfiling(page, cdp, traceDir, 'stream');
  }
  const streaming = await measure(STREAM_SECONDS);
  if (traceDir !== undefined) await stopProfiling(page, cdp, traceDir, 'stream');
  const step = await page.evaluate(() => window.__spikeboard!.sim!.state().currentStep);
  await page.getByTestId('sim-pause').click();
  const shownCount = visible.filter(Boolean).length;
  console.log(
    `\nLive mode: 32 probed traces (4 panes × 8), speed ×1, window 1000 ms, ${shownCount} of 4 panes on screen${allOnScreen ? ' (dock enlarged, window 1400×1300)' : ''}`,
  );
  console.log(`  frames drawn per shown pane per s  ${streaming.fps.toFixed(1)}`);
  if (shownCount < 4) {
    console.log(`  frames drawn per hidden pane per s ${streaming.hiddenFps.toFixed(1)}`);
  }
  console.log(
    `  UI thread busy while streaming      ${(100 * streaming.busy).toFixed(1)} % of one core`,
  );
  console.log(
    `  UI thread busy, idle window         ${(100 * idle.busy).toFixed(1)} % of one core`,
  );
  console.log(
    `  all threads: renderer process ${(100 * streaming.renderer).toFixed(1)} %, GPU process (compositing) ${(100 * streaming.gpu).toFixed(1)} % of one core`,
  );
  const worker = streaming.stripWorker;
  console.log(
    worker === null
      ? '  strip worker                        none (strips painted on the page)'
      : `  strip worker: frames painted per s  ${worker.painted.toFixed(1)} (all shown panes), painting ${(100 * worker.busy).toFixed(1)} % of a core`,
  );
  console.log(`  simulated after ${STREAM_SECONDS + 1} s of wall time    ${step} ms`);
}

async function main(): Promise<void> {
  await withBuiltRenderer(
    {
      name: 'sim',
      port: 5398,
      minify: option('trace') === undefined,
      viewport: { width: 1400, height: 1000 },
      chromiumArgs: ['--headless', '--no-sandbox', '--disable-gpu', '--enable-unsafe-webgpu'],
    },
    async (page, browser) => {
      // A window opens on the start screen (the dock hidden): wait for the editor's test hook.
      await page.waitForFunction(() => window.__spikeboard?.editor !== undefined);
      console.log(
        `Chromium ${browser.version()} headless, software rendering, ${cpuDescription()}`,
      );
      const only = option('only');
      if (only !== 'stream') await benchSlider(page);
      if (only === 'slider') return;
      // The dock is 28 % of the window: it shows one of the four panes; then all four.
      await benchStreaming(page, false);
      await benchStreaming(page, true);
    },
  );
}

await main();
