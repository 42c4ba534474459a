import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const shots = 'e2e/.screenshots';
mkdirSync(shots, { recursive: true });

// The real GSM8K sample in ../shared (tests read the datasets from there; they are never copied into the app).
const GSM8K = fileURLToPath(new URL('../../shared/datasets/gsm8k/test.jsonl', import.meta.url));
const status = (page: Page) => page.getByRole('status', { name: 'Run status' });
const suite = (page: Page) => page.getByRole('combobox', { name: 'Suite' }).first();

test('imports a GSM8K file, runs a workflow on its first task, keeps it across a reload, refuses a bad file and removes it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const text = readFileSync(GSM8K, 'utf8');
  const firstQuestion = (JSON.parse(text.split('\n')[0] ?? '{}') as { question: string }).question;

  await page.getByRole('combobox', { name: 'Dataset format' }).selectOption('gsm8k');
  await page.getByLabel('Dataset file to import').setInputFiles({
    name: 'test.jsonl',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(
    page.getByRole('status').filter({ hasText: /^Imported \d+ GSM8K tasks from “test\.jsonl”\.$/ }),
  ).toBeVisible();
  await expect(suite(page)).toHaveValue('dataset:gsm8k:1');
  await expect(page.getByTestId('task-question')).toHaveText(firstQuestion);

  await page.getByRole('button', { name: 'Run workflow' }).click();
  await expect(status(page)).toHaveText(/Finished/, { timeout: 45_000 });
  await expect(page.getByTestId('run-score')).toHaveText(/^[01]\.\d\d$/);
  await page.screenshot({ path: `${shots}/datasets-imported-run.png` });

  // The Evaluation view offers the imported set beside the built-in suites.
  const label = /^gsm8k · test\.jsonl \(\d+\)$/;
  await page.getByRole('button', { name: 'Evaluation', exact: true }).click();
  await page.getByRole('checkbox', { name: 'builtin:math', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: label }).check();
  await page.getByLabel(/^Tasks from gsm8k/).fill('4');
  for (const name of [
    'Current workflow',
    'Paper: plan, ensemble, verify',
    'Chain of thought',
    'Heuristic policy',
  ])
    await page.getByRole('checkbox', { name }).uncheck();
  await page.getByRole('checkbox', { name: 'Direct answer' }).check();
  await expect(page.getByTestId('evaluation-size')).toHaveText('4 runs (contenders × tasks)');
  await page.getByRole('button', { name: 'Run evaluation' }).click();
  const evaluation = page.getByRole('status', { name: 'Evaluation status' });
  await expect(evaluation).toContainText('Finished: 1 contenders, 4 / 4 runs', { timeout: 60_000 });
  const results = page.getByRole('table', { name: 'Evaluation results' });
  await expect(results.getByRole('columnheader', { name: /gsm8k/ })).toBeVisible();
  await page.screenshot({ path: `${shots}/datasets-evaluation.png` });
  await page.getByRole('button', { name: 'Studio', exact: true }).click();

  // The set and the pick survive a reload (IndexedDB).
  await page.reload();
  await expect(suite(page)).toHaveValue('dataset:gsm8k:1');
  await expect(page.getByTestId('task-question')).toHaveText(firstQuestion);

  // A file of the wrong shape: a clear message, and the imported set stays picked.
  await page.getByRole('combobox', { name: 'Dataset format' }).selectOption('squad_v2');
  await page.getByLabel('Dataset file to import').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not a dataset'),
  });
  await expect(
    page.getByRole('alert').filter({ hasText: /^“notes\.txt” was not imported: squad_v2: / }),
  ).toBeVisible();
  await expect(suite(page)).toHaveValue('dataset:gsm8k:1');
  await page.screenshot({ path: `${shots}/datasets-import-error.png` });

  await page.getByRole('button', { name: 'Remove imported set' }).click();
  await expect(suite(page)).toHaveValue('builtin:math');
  await expect(suite(page).locator('option')).toHaveCount(3);
  expect(errors).toEqual([]);
});
