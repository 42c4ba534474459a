import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';

const shots = 'e2e/.screenshots';
mkdirSync(shots, { recursive: true });

const status = (page: Page) => page.getByRole('status', { name: 'Evaluation status' });
const table = (page: Page) => page.getByRole('table', { name: 'Evaluation results' });
const INTERVAL = /^\d\.\d\d \(\d\.\d\d–\d\.\d\d\)/;

async function openEvaluation(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Evaluation' }).click();
  await expect(page.getByRole('form', { name: 'Evaluation setup' })).toBeVisible();
}

/** The longest the main thread was busy between two timers, sampled for a while (ms). */
async function worstMainThreadLag(page: Page, samples = 20): Promise<number> {
  return page.evaluate(async (n) => {
    let worst = 0;
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await new Promise((r) => setTimeout(r, 20));
      worst = Math.max(worst, performance.now() - t - 20);
    }
    return worst;
  }, samples);
}

test('evaluates the canvas workflow and baselines on math: progress, then a table with intervals', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openEvaluation(page);
  await expect(page.getByRole('checkbox', { name: 'builtin:math', exact: true })).toBeChecked();
  await page.getByLabel('Tasks from builtin:math').fill('6');
  // Current workflow, direct, chain of thought and the heuristic policy: four contenders.
  await page.getByRole('checkbox', { name: 'Paper: plan, ensemble, verify' }).uncheck();
  for (const name of ['Current workflow', 'Direct answer', 'Chain of thought', 'Heuristic policy'])
    await expect(page.getByRole('checkbox', { name })).toBeChecked();
  await expect(page.getByTestId('evaluation-size')).toHaveText('24 runs (contenders × tasks)');
  await page.screenshot({ path: `${shots}/evaluation-setup.png` });

  // Every text the status shows, recorded in the page: on a fast machine 24 runs finish within seconds, so the
  // progress is checked from the record rather than by catching it on screen.
  await page.evaluate(() => {
    const w = globalThis as unknown as { statusTexts: string[] };
    w.statusTexts = [];
    const el = document.querySelector('[aria-label="Evaluation status"]');
    if (!el) throw new Error('no evaluation status');
    new MutationObserver(() => w.statusTexts.push(el.textContent ?? '')).observe(el, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await page.getByRole('button', { name: 'Run evaluation' }).click();
  // The evaluation runs in a worker: the page keeps answering.
  expect(await worstMainThreadLag(page)).toBeLessThan(250);

  await expect(status(page)).toContainText('Finished: 4 contenders, 24 / 24 runs', { timeout: 120_000 });
  const seen = await page.evaluate(() => (globalThis as unknown as { statusTexts: string[] }).statusTexts);
  expect(seen.some((t) => /^Evaluating .* · [1-9]\d* \/ 24 runs/.test(t))).toBe(true);
  const rows = table(page).locator('tbody tr[data-contender]');
  await expect(rows).toHaveCount(4);
  await expect(table(page).getByRole('rowheader', { name: 'Yours' })).toBeVisible();
  await expect(table(page).getByRole('rowheader', { name: 'Baselines' })).toBeVisible();
  for (let i = 0; i < 4; i++) {
    const cells = rows.nth(i).locator('td');
    await expect(cells.nth(0)).toHaveText(INTERVAL);
    await expect(cells.nth(1)).toHaveText(INTERVAL);
  }
  await expect(table(page).locator('td.evaluation-best').first()).toBeVisible();
  await expect(rows.filter({ hasText: 'Heuristic policy' }).locator('td').nth(3)).toHaveText(/^\d+\.\d$/);
  await expect(rows.filter({ hasText: 'Direct answer' }).locator('td').nth(3)).toHaveText('–');

  // Sorting by the overall score orders each group best first.
  await table(page).getByRole('button', { name: 'Overall' }).click();
  await expect(table(page).getByRole('columnheader', { name: /Overall/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const baselines = table(page).locator(
    'tbody.evaluation-group-baseline tr[data-contender] td:nth-of-type(2)',
  );
  const means = (await baselines.allTextContents()).map((t) => Number(t.slice(0, 4)));
  expect(means).toEqual([...means].sort((a, b) => b - a));
  await page.screenshot({ path: `${shots}/evaluation-results.png`, fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = readFileSync((await download.path()) as string, 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toMatch(/^contender,group,kind,detail,builtin:math mean,/);
  expect(csv).toHaveLength(5);
  expect(errors).toEqual([]);
});

test('Cancel evaluation stops a long run and keeps the page responsive', async ({ page }) => {
  test.setTimeout(120_000);
  await openEvaluation(page);
  for (const suite of ['builtin:qa', 'builtin:code'])
    await page.getByRole('checkbox', { name: suite, exact: true }).check();
  await page.getByRole('checkbox', { name: 'Random policy' }).check();
  await page.getByRole('checkbox', { name: 'Untrained policy' }).check();
  await page.getByRole('button', { name: 'Run evaluation' }).click();
  await expect(status(page)).toContainText(/^Evaluating .* · [1-9]\d* \/ \d+ runs/, { timeout: 60_000 });
  expect(await worstMainThreadLag(page)).toBeLessThan(250);
  // The form answers while the worker runs.
  await page.getByLabel('Seed').fill('7');
  await expect(page.getByLabel('Seed')).toHaveValue('7');
  await page.screenshot({ path: `${shots}/evaluation-running.png` });
  await page.getByRole('button', { name: 'Cancel evaluation' }).click();
  await expect(status(page)).toContainText('Cancelled after');
  const text = await status(page).textContent();
  await page.waitForTimeout(1000);
  await expect(status(page)).toHaveText(text ?? '');
  await expect(page.getByRole('button', { name: 'Run evaluation' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Cancel evaluation' })).toBeDisabled();
  await page.screenshot({ path: `${shots}/evaluation-cancelled.png` });
});
