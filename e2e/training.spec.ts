import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const shots = 'e2e/.screenshots';
mkdirSync(shots, { recursive: true });

const status = (page: Page) => page.getByRole('status', { name: 'Training status' });
const progress = (page: Page) => page.getByRole('progressbar', { name: 'Training progress bar' });
const rewardChart = (page: Page) => page.getByRole('figure', { name: 'Reward and correctness chart' });
const iterationText = async (page: Page): Promise<number> =>
  Number(/Iteration (\d+)/.exec((await page.getByTestId('training-iteration').textContent()) ?? '')?.[1]);

async function openTraining(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Training' }).click();
  await expect(page.getByRole('region', { name: 'Training settings' })).toBeVisible();
}

test('a short training run: live charts and progress, pause and resume, reload and resume, export', async ({
  page,
}) => {
  test.setTimeout(420_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openTraining(page);
  await page.getByLabel('Training suite').selectOption('builtin:math');
  await page.getByLabel('Group size (G)').fill('4');
  await page.getByLabel('Batch (B tasks)').fill('2');
  // Far more iterations than the test waits for (well under 1 s each on a quiet machine), so the run is still
  // going whenever the test pauses, reloads or stops it, however fast the machine is.
  await page.getByLabel('Iterations').fill('400');
  await page.getByLabel('Checkpoint every').fill('2');
  await page.getByLabel('tfjs backend').selectOption('wasm');
  // Input delay of every pointer press, measured in the page: how long the main thread kept the click waiting.
  await page.evaluate(() => {
    const w = globalThis as unknown as {
      clickDelays: number[];
      document: {
        addEventListener(type: string, f: (e: { timeStamp: number }) => void, capture: boolean): void;
      };
    };
    w.clickDelays = [];
    w.document.addEventListener(
      'pointerdown',
      (e) => w.clickDelays.push(performance.now() - e.timeStamp),
      true,
    );
  });
  await page.getByRole('button', { name: 'Start training' }).click();
  await expect(page.getByTestId('training-backend')).toContainText('wasm', { timeout: 60_000 });
  await expect(status(page)).toHaveText('Training…', { timeout: 60_000 });
  await expect(rewardChart(page)).not.toHaveAttribute('data-points', '0', { timeout: 60_000 });
  await expect(progress(page)).not.toHaveAttribute('aria-valuenow', '0');
  await expect(page.locator('.training-chart canvas').first()).toBeVisible();

  // The page stays responsive while the worker trains: clicks are handled within 200 ms.
  for (let i = 0; i < 5; i++) {
    await page.getByRole('heading', { name: 'Recent episodes' }).click();
    await page.waitForTimeout(150);
  }
  const delays = await page.evaluate(() => (globalThis as unknown as { clickDelays: number[] }).clickDelays);
  expect(delays.length).toBeGreaterThanOrEqual(5);
  expect(Math.max(...delays)).toBeLessThan(200);
  await page.screenshot({ path: `${shots}/training-running.png` });

  await page.getByRole('button', { name: 'Pause training' }).click();
  await expect(status(page)).toHaveText('Paused', { timeout: 30_000 });
  const pausedAt = await iterationText(page);
  await page.waitForTimeout(1500);
  expect(await iterationText(page)).toBe(pausedAt);
  await page.screenshot({ path: `${shots}/training-paused.png` });
  await page.getByRole('button', { name: 'Resume training' }).click();
  await expect(status(page)).toHaveText(/Training…|Finished/);
  await expect.poll(() => iterationText(page), { timeout: 30_000 }).toBeGreaterThan(pausedAt);
  await expect(page.getByTestId('training-checkpoint')).toHaveText(/Saved iter-00\d\d/, { timeout: 30_000 });
  // Pause so the reload below interrupts an unfinished run.
  await page.getByRole('button', { name: 'Pause training' }).click();
  await expect(status(page)).toHaveText('Paused', { timeout: 30_000 });
  const beforeReload = await iterationText(page);
  expect(beforeReload).toBeLessThan(400);

  // A reload ends the run in the worker; the last checkpoint is offered and resumes where it was saved.
  await page.reload();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Training' }).click();
  const resume = page.getByRole('button', { name: /Resume from checkpoint iter-00\d\d/ });
  await expect(resume).toBeVisible();
  const saved = Number(/iter-(\d+)/.exec((await resume.textContent()) ?? '')?.[1]);
  expect(saved).toBeGreaterThanOrEqual(2);
  expect(saved).toBeLessThanOrEqual(beforeReload);
  await page.screenshot({ path: `${shots}/training-resume-offered.png` });
  await resume.click();
  await expect(status(page)).toHaveText(/Training…|Finished/, { timeout: 60_000 });
  await expect(page.getByTestId('training-iteration')).toHaveText(/Iteration \d+ \/ 400/);
  expect(await iterationText(page)).toBeGreaterThanOrEqual(saved);
  // The resumed run goes on past its checkpoint; then the user stops it.
  await expect.poll(() => iterationText(page), { timeout: 60_000 }).toBeGreaterThan(saved + 2);
  await page.getByRole('button', { name: 'Stop training' }).click();
  await expect(status(page)).toHaveText(/^Stopped after \d+ of 400 iterations$/, { timeout: 60_000 });
  const stoppedAt = await iterationText(page);
  await page.waitForTimeout(1000);
  expect(await iterationText(page)).toBe(stoppedAt);
  await page.screenshot({ path: `${shots}/training-finished.png` });

  // Export in tfjs's browser-download layout: model JSON and its weights file.
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const exportButton = page
    .getByRole('region', { name: 'Checkpoints' })
    .getByRole('button', { name: /^Export iter-\d+$/ })
    .last();
  const name = ((await exportButton.getAttribute('aria-label')) ?? '').replace('Export ', '').trim();
  expect(Number(/iter-(\d+)/.exec(name)?.[1])).toBeGreaterThan(saved);
  await exportButton.click();
  await expect.poll(() => downloads.length).toBe(2);
  expect(downloads.sort()).toEqual([`flowsteer-policy-${name}.json`, `flowsteer-policy-${name}.weights.bin`]);

  // A sampled episode from the strip replays into the episode player.
  await page.getByRole('region', { name: 'Recent episodes' }).getByRole('button').first().click();
  await expect(
    page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Studio' }),
  ).toHaveAttribute('aria-pressed', 'true', { timeout: 30_000 });
  await page.screenshot({ path: `${shots}/training-episode-opened.png` });
  expect(errors).toEqual([]);
});
