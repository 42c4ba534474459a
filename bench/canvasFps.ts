/**
 * Canvas frame-rate benchmark (`npx tsx bench/canvasFps.ts`): is the canvas smooth on a large workflow while edits
 * stream in?
 *
 * Builds the app into .tmp/dist-bench, serves it with `vite preview` on port 4191 and opens `/?bench` in Debian's
 * Chromium (headless). A generated 300-operator workflow is imported through the toolbar's Import input, then two
 * scenarios are measured with requestAnimationFrame in the page, back to back in the same page: the idle canvas
 * (the baseline), and the canvas while hand edits stream at 20 per second through `window.__flowsteer.edit`, i.e.
 * `store.edit` → applyAction, the path every canvas, palette and inspector edit takes (the hook exists only on
 * `?bench` URLs: src/app/commands/installBenchHook.ts). Edits are setPrompt and modifyOperator spread over the whole
 * graph (the action rules cap adds at 12 top-level nodes, so a 300-node graph can only be edited in place).
 *
 * Reported per scenario: median fps, p5 fps (the 5th-percentile frame rate, i.e. the 95th-percentile frame time),
 * long frames (> 50 ms), the longest frame and the edits applied. Target: median ≥ 50 fps while edits stream. The
 * last stdout line is one JSON object. Environment: BENCH_SECONDS [10] per scenario; BENCH_SKIP_BUILD=1 reuses the
 * last build; BENCH_DIST=<folder> measures another build (e.g. of an older commit) instead of building.
 */
import { DEFAULT_ACTION_RULES, type ActionContext, type CanvasAction } from '../src/core/actions/types.ts';
import { applyAction } from '../src/core/actions/applyAction.ts';
import { parseWorkflow } from '../src/core/graph/parseWorkflow.ts';
import { printWorkflow } from '../src/core/graph/printWorkflow.ts';
import type { Workflow } from '../src/core/graph/types.ts';
import { toWorkflowFile } from '../src/core/graph/workflowFile.ts';
import { placedOperators } from '../src/core/graph/workflowQueries.ts';
import { createBuiltinRegistry } from '../operators/index.ts';
import { buildApp, launchChromium, startPreview } from './benchServer.ts';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const EDITS_PER_SECOND = 20;
const OPERATORS = 300;
const TARGET_FPS = 50;
const LONG_FRAME_MS = 50;

const registry = createBuiltinRegistry();
const ctx: ActionContext = {
  taskType: 'math',
  hasTests: false,
  lastAnswerLong: null,
  rules: DEFAULT_ACTION_RULES,
};

/** A valid workflow of exactly `operators` operators mixing every structure, as the DSL would write it. */
function benchWorkflow(operators = OPERATORS): Workflow {
  const stages: Array<[string, number]> = [
    ['Plan', 1],
    ['[Programmer, Custom]', 2],
    ['Verify ? Revise : Custom', 3],
    ['(Programmer -> Test) * 2', 2],
    ['AnswerGenerate#answer-extract', 1],
  ];
  const text: string[] = [];
  let count = 0;
  for (let i = 0; count < operators; i++) {
    const [stage, size] = stages[i % stages.length] ?? ['Custom', 1];
    const [dsl, n] = count + size <= operators ? [stage, size] : ['Custom', 1];
    text.push(dsl);
    count += n;
  }
  const parsed = parseWorkflow(text.join(' -> '), registry);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.workflow;
}

/** Legal in-place edits spread over the graph: prompt template changes, and operator swaps on plain steps. */
function benchEdits(start: Workflow, count: number): CanvasAction[] {
  const actions: CanvasAction[] = [];
  let w = start;
  for (let i = 0; actions.length < count; i++) {
    const placed = placedOperators(w);
    const at = placed[(i * 37) % placed.length];
    if (!at) throw new Error('empty workflow');
    const { node, slot } = at;
    const swap = { Custom: 'AnswerGenerate', AnswerGenerate: 'Custom' } as Record<string, string>;
    const next = swap[node.operator];
    let action: CanvasAction;
    if (i % 4 === 3 && slot === 'top' && next) {
      action = { type: 'modifyOperator', target: node.id, operator: next };
    } else {
      const templates = registry.get(node.operator)?.templates ?? [];
      const current = templates.findIndex((t) => node.prompt.kind === 'template' && t.id === node.prompt.id);
      const template = templates[(current + 1) % templates.length];
      if (!template) continue;
      action = { type: 'setPrompt', target: node.id, prompt: { kind: 'template', id: template.id } };
    }
    const result = applyAction(w, action, ctx, registry);
    if (!result.outcome.ok) throw new Error(`bench edit refused: ${result.outcome.message}`);
    w = result.workflow;
    actions.push(action);
  }
  return actions;
}

/** Frame statistics from requestAnimationFrame timestamps. */
interface FrameStats {
  frames: number;
  medianFps: number;
  p5Fps: number;
  longFrames: number;
  maxFrameMs: number;
  editsApplied: number;
  editsRefused: number;
}

/** Median and 5th-percentile frame rates (nearest rank over frame times) and the long frames. */
function frameStats(times: readonly number[], applied = 0, refused = 0): FrameStats {
  const gaps = times
    .slice(1)
    .map((t, i) => t - (times[i] ?? t))
    .sort((a, b) => a - b);
  const at = (q: number): number => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? NaN;
  const round = (x: number): number => Math.round(x * 10) / 10;
  return {
    frames: gaps.length,
    medianFps: round(1000 / at(0.5)),
    p5Fps: round(1000 / at(0.95)),
    longFrames: gaps.filter((g) => g > LONG_FRAME_MS).length,
    maxFrameMs: round(gaps.at(-1) ?? NaN),
    editsApplied: applied,
    editsRefused: refused,
  };
}

// Runs in the page: records every animation frame for `ms` while `actions` are applied at `rate` per second.
const MEASURE = `async ({ ms, actions, rate }) => {
  const hook = window.__flowsteer;
  if (!hook) throw new Error('window.__flowsteer is missing: open the app with ?bench');
  const times = [];
  let applied = 0, refused = 0, i = 0;
  const timer = actions.length === 0 ? undefined : setInterval(() => {
    const action = actions[i++];
    if (action === undefined) return;
    if (hook.edit(action)) applied++; else refused++;
  }, 1000 / rate);
  await new Promise((done) => {
    const start = performance.now();
    const tick = (t) => { times.push(t); if (t - start < ms) requestAnimationFrame(tick); else done(); };
    requestAnimationFrame(tick);
  });
  clearInterval(timer);
  return { times, applied, refused };
}`;

async function main(): Promise<void> {
  const workflow = benchWorkflow();
  const edits = benchEdits(workflow, Math.ceil(SECONDS * EDITS_PER_SECOND) + 20);
  const dsl = printWorkflow(workflow, registry);
  // Operators, loop groups, and the task and answer terminals: what the canvas draws.
  const graphNodes = OPERATORS + workflow.nodes.filter((n) => n.kind === 'loop').length + 2;
  const dist = process.env['BENCH_DIST'];
  if (dist === undefined && process.env['BENCH_SKIP_BUILD'] !== '1') await buildApp();
  const server = await startPreview(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(`${server.url}/?bench`);
    await page.getByLabel('Workflow file to import').setInputFiles({
      name: 'bench-300.flowsteer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(toWorkflowFile(workflow))),
    });
    const text = page.getByLabel('Workflow text (DSL)');
    for (let tries = 0; (await text.inputValue()) !== dsl; tries++) {
      if (tries > 600) throw new Error('the imported workflow never reached the DSL field');
      await page.waitForTimeout(100);
    }
    const inDom = await page.locator('.react-flow__node').count();
    // Let the import's layout, measuring and fit-view animation settle before measuring.
    await page.waitForTimeout(3000);
    const measure = async (actions: CanvasAction[]): Promise<FrameStats> => {
      const args = JSON.stringify({ ms: SECONDS * 1000, actions, rate: EDITS_PER_SECOND });
      const raw = (await page.evaluate(`(${MEASURE})(${args})`)) as {
        times: number[];
        applied: number;
        refused: number;
      };
      return frameStats(raw.times, raw.applied, raw.refused);
    };
    const idle = await measure([]);
    const editing = await measure(edits);
    const rows: Array<[string, FrameStats]> = [
      ['idle canvas (baseline)', idle],
      [`edits streaming ${EDITS_PER_SECOND}/s`, editing],
    ];
    console.log(
      `Canvas frame rate: ${OPERATORS} operators, ${graphNodes} canvas nodes (${inDom} in the DOM at the fitted ` +
        `view), ${SECONDS} s per scenario, Chromium headless, 1400×860`,
    );
    console.log('scenario                  median fps   p5 fps  long frames  max frame ms  edits');
    for (const [name, s] of rows) {
      console.log(
        `${name.padEnd(24)} ${String(s.medianFps).padStart(11)} ${String(s.p5Fps).padStart(8)} ` +
          `${String(s.longFrames).padStart(12)} ${String(s.maxFrameMs).padStart(13)}  ${s.editsApplied}`,
      );
    }
    const pass = editing.medianFps >= TARGET_FPS && editing.editsRefused === 0;
    console.log(`target: median ≥ ${TARGET_FPS} fps while edits stream → ${pass ? 'met' : 'MISSED'}`);
    console.log(
      JSON.stringify({
        operators: OPERATORS,
        graphNodes,
        nodesInDom: inDom,
        seconds: SECONDS,
        idle,
        editing,
        targetFps: TARGET_FPS,
        pass,
      }),
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
