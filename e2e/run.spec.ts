import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const shots = 'e2e/.screenshots';
mkdirSync(shots, { recursive: true });

const canvas = (page: Page) => page.getByRole('region', { name: 'Workflow canvas' });
const status = (page: Page) => page.getByRole('status', { name: 'Run status' });

test('runs the example workflow on a math task with Python in the worker: per-node status and a score', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) external.push(r.url());
  });
  await page.goto('/');
  await page.getByLabel('Task index').fill('2');
  await expect(page.getByTestId('task-question')).not.toBeEmpty();
  await page.getByRole('button', { name: 'Run workflow' }).click();
  await expect(canvas(page).locator('.status-running').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/run-running.png` });
  await expect(status(page)).toHaveText(/Finished/, { timeout: 45_000 });
  await expect(page.getByTestId('run-score')).toHaveText(/^[01]\.\d\d$/);
  await expect(canvas(page).locator('.op-node.status-succeeded').first()).toBeVisible();
  await expect(canvas(page).locator('.status-running')).toHaveCount(0);
  const log = page.getByRole('log', { name: 'Run events' });
  await expect(log).toContainText('ran Python');
  await expect(log).toContainText('Run succeeded');
  // The node's outcome is one click away in the inspector.
  await canvas(page).locator('.react-flow__node-operator', { hasText: 'Programmer' }).click();
  await expect(page.getByTestId('node-status')).toHaveText('Last run: succeeded');
  await page.screenshot({ path: `${shots}/run-finished.png` });
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
});

test('a code task runs its tests and is scored on hidden tests in the Python worker', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Suite').selectOption('builtin:code');
  await page
    .getByLabel('Workflow text (DSL)')
    .fill('Plan -> Programmer -> (Test) * 2 -> Review ? Revise : done -> Format');
  await page.getByRole('button', { name: 'Run workflow' }).click();
  await expect(status(page)).toHaveText(/Finished/, { timeout: 45_000 });
  await expect(page.getByRole('log', { name: 'Run events' })).toContainText('public tests pass');
  await expect(page.getByTestId('run-score')).toHaveText(/^[01]\.00$/);
  await expect(canvas(page).locator('.loop-group.status-succeeded')).toHaveCount(1);
  await page.screenshot({ path: `${shots}/run-code.png` });
});

test('Stop and Escape abort a run; Ctrl+Enter starts one', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Workflow text (DSL)').fill('(Custom -> Review) * 5 -> Format');
  await page.getByRole('button', { name: 'Run workflow' }).click();
  await expect(status(page)).toHaveText('Running…');
  await expect(canvas(page).locator('.status-running').first()).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(status(page)).toHaveText('Stopped');
  await expect(canvas(page).locator('.status-running')).toHaveCount(0);
  await expect(canvas(page).locator('.status-failed')).toHaveCount(0);
  await expect(page.getByTestId('run-score')).toHaveText('—');
  await canvas(page)
    .locator('.react-flow__pane')
    .click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+Enter');
  await expect(status(page)).toHaveText('Running…');
  await page.keyboard.press('Escape');
  await expect(status(page)).toHaveText('Stopped');
  await page.screenshot({ path: `${shots}/run-stopped.png` });
});
