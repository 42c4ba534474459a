/**
 * Training throughput benchmark (`npx tsx bench/trainingWorker.ts`): does a CWRPO run in the browser's trainer
 * worker reach 1,000 simulated episodes per minute?
 *
 * Builds the app into .tmp/dist-trainbench, serves it with `vite preview` on port 4192 and opens it in Debian's
 * Chromium (headless). On the Training view it starts a CWRPO run on all built-in suites (train splits, simulated
 * backend, B = 8 × G = 8, wasm backend, no checkpoints), waits for the first iteration (tfjs and Pyodide loading
 * are not counted), then reads the episode count the trainer's events put on the page for BENCH_SECONDS. The
 * baseline, side by side in the same process: the same trainer and config in Node (wasm tfjs, Node Pyodide, as
 * `npm run cli -- train` runs it) for the same wall time, also measured from its first finished iteration.
 *
 * Reported: episodes/min by wall clock (after the first iteration) and by the trainer's own iteration seconds.
 * The last stdout line is one JSON object. Environment: BENCH_SECONDS [60]; BENCH_SKIP_BUILD=1 reuses the build.
 */
import type { Page } from '@playwright/test';
import { createTfPolicy } from '../src/core/policy/createTfPolicy.ts';
import { getSuite, SUITE_NAMES } from '../src/core/tasks/suites.ts';
import { createTrainer } from '../src/core/training/createTrainer.ts';
import type { TrainerConfig } from '../src/core/training/trainerConfig.ts';
import { createTrainingRuntime, loadTfStack } from '../src/cli/commands/trainingRuntime.ts';
import { buildApp, launchChromium, startPreview } from './benchServer.ts';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 60);
const OUT_DIR = '.tmp/dist-trainbench';
const PORT = 4192;
const TARGET = 1000;
const CONFIG = {
  algo: 'cwrpo',
  iterations: 10_000,
  batchTasks: 8,
  groupSize: 8,
  seed: 1,
  checkpointEvery: 0,
} as const;

/** A throughput measurement: episodes after the first iteration over wall time, and by trainer seconds. */
interface Measure {
  episodes: number;
  seconds: number;
  wallPerMinute: number;
  trainerPerMinute: number;
}

const perMinute = (episodes: number, seconds: number): number =>
  seconds > 0 ? (episodes * 60) / seconds : 0;

async function episodesOnPage(page: Page): Promise<number> {
  const text = (await page.getByTestId('training-episodes').textContent()) ?? '';
  return Number(/(\d+)/.exec(text)?.[1] ?? 0);
}

async function browserRun(): Promise<Measure> {
  if (process.env['BENCH_SKIP_BUILD'] !== '1') await buildApp(OUT_DIR);
  const server = await startPreview(OUT_DIR, PORT);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.text().startsWith('[trainbench]')) process.stderr.write(`${m.text()}\n`);
    });
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Training' }).click();
    await page.getByLabel('Training suite').selectOption('all');
    await page.getByLabel('Group size (G)').fill(String(CONFIG.groupSize));
    await page.getByLabel('Batch (B tasks)').fill(String(CONFIG.batchTasks));
    await page.getByLabel('Iterations').fill(String(CONFIG.iterations));
    await page.getByLabel('Checkpoint every').fill('0');
    await page.getByLabel('tfjs backend').selectOption('wasm');
    await page.getByRole('button', { name: 'Start training' }).click();
    await page.waitForFunction(
      () => {
        const doc = (
          globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }
        ).document;
        return /^[1-9]/.test(doc.querySelector('[data-testid="training-episodes"]')?.textContent ?? '');
      },
      undefined,
      { timeout: 180_000, polling: 100 },
    );
    const e0 = await episodesOnPage(page);
    const t0 = performance.now();
    await page.waitForTimeout(SECONDS * 1000);
    const e1 = await episodesOnPage(page);
    const seconds = (performance.now() - t0) / 1000;
    const rate = (await page.getByTestId('training-rate').textContent()) ?? '';
    const backend = (await page.getByTestId('training-backend').textContent()) ?? '';
    process.stderr.write(`browser: ${backend}; trainer says ${rate}\n`);
    await page.getByRole('button', { name: 'Stop training' }).click();
    return {
      episodes: e1 - e0,
      seconds,
      wallPerMinute: perMinute(e1 - e0, seconds),
      trainerPerMinute: Number(/(\d+)/.exec(rate)?.[1] ?? 0),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function nodeRun(): Promise<Measure> {
  const tf = await loadTfStack();
  const runtime = createTrainingRuntime({ seed: CONFIG.seed });
  const suites = SUITE_NAMES.map((name) => getSuite(name));
  const policy = createTfPolicy({ registry: runtime.registry, seed: CONFIG.seed, name: 'cwrpo' });
  const config: Partial<TrainerConfig> = { ...CONFIG };
  const trainer = createTrainer({
    config,
    policy,
    tasks: suites.flatMap((s) => s.train),
    createEnv: runtime.createEnv,
    registry: runtime.registry,
    clock: runtime.clock,
  });
  let t0 = 0;
  let e0 = 0;
  let last = { episodes: 0, at: 0, trainerEpisodes: 0, trainerSeconds: 0 };
  try {
    for await (const event of trainer.run()) {
      if (event.type !== 'iterationFinished') continue;
      const now = performance.now();
      if (t0 === 0) {
        t0 = now;
        e0 = event.totalEpisodes;
        continue;
      }
      last = {
        episodes: event.totalEpisodes - e0,
        at: now,
        trainerEpisodes: last.trainerEpisodes + event.episodes,
        trainerSeconds: last.trainerSeconds + event.seconds,
      };
      if (now - t0 >= SECONDS * 1000) trainer.stop();
    }
  } finally {
    policy.dispose();
    runtime.dispose();
  }
  const seconds = (last.at - t0) / 1000;
  process.stderr.write(`node: tfjs ${tf.backend}\n`);
  return {
    episodes: last.episodes,
    seconds,
    wallPerMinute: perMinute(last.episodes, seconds),
    trainerPerMinute: perMinute(last.trainerEpisodes, last.trainerSeconds),
  };
}

const browser = await browserRun();
const node = await nodeRun();
const row = (name: string, m: Measure) =>
  `${name.padEnd(16)} ${String(m.episodes).padStart(8)} ${m.seconds.toFixed(1).padStart(8)} ` +
  `${m.wallPerMinute.toFixed(0).padStart(12)} ${m.trainerPerMinute.toFixed(0).padStart(14)}`;
console.log(`CWRPO, all built-in suites, B=${CONFIG.batchTasks} G=${CONFIG.groupSize}, ~${SECONDS} s each`);
console.log(
  `${'run'.padEnd(16)} ${'episodes'.padStart(8)} ${'seconds'.padStart(8)} ${'episodes/min'.padStart(12)} ${'(trainer time)'.padStart(14)}`,
);
console.log(row('browser worker', browser));
console.log(row('node (baseline)', node));
console.log(
  JSON.stringify({
    target: TARGET,
    browserWorker: Math.round(browser.wallPerMinute),
    node: Math.round(node.wallPerMinute),
    browserTrainerTime: Math.round(browser.trainerPerMinute),
    nodeTrainerTime: Math.round(node.trainerPerMinute),
    seconds: SECONDS,
    meetsTarget: browser.wallPerMinute >= TARGET,
  }),
);
