import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const shots = 'e2e/.screenshots';
mkdirSync(shots, { recursive: true });

const canvas = (page: Page) => page.getByRole('region', { name: 'Workflow canvas' });
const operators = (page: Page) => canvas(page).locator('.react-flow__node-operator');
const steps = (page: Page) => page.getByRole('list', { name: 'Episode steps' }).locator(':scope > li');
const status = (page: Page) => page.getByRole('status', { name: 'Watch status' });
const narration = (page: Page) => page.getByRole('status', { name: 'Narration' });
const overlay = (page: Page) => page.getByRole('region', { name: 'Top actions before the next step' });

/** Waits until no step is in flight, then returns how many steps the list shows. */
async function settledSteps(page: Page): Promise<number> {
  await expect(status(page)).not.toContainText('running the edit', { timeout: 30_000 });
  return steps(page).count();
}

test('watching the heuristic: edits appear step by step, Pause holds, Step takes one action, the user’s workflow returns', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) external.push(r.url());
  });
  await page.goto('/');
  const dsl = page.getByLabel('Workflow text (DSL)');
  const original = await dsl.inputValue();
  await expect(operators(page)).toHaveCount(7);

  await page.getByRole('tab', { name: 'Watch' }).click();
  await page.getByLabel('Policy').selectOption('heuristic');
  await page.getByLabel('Speed').selectOption('2');
  await page.getByRole('button', { name: 'Watch policy' }).click();

  // The episode starts from an empty canvas and the policy's edits appear one by one.
  await expect(overlay(page)).toContainText('Turn 1');
  await expect(overlay(page)).toContainText('100%');
  await expect(narration(page)).toContainText(/Turn 1: add /, { timeout: 30_000 });
  await expect(operators(page).first()).toBeVisible();
  await expect(steps(page)).toHaveCount(2, { timeout: 30_000 });
  await expect(narration(page)).toContainText(/Turn 2: /);
  await page.screenshot({ path: `${shots}/watch-playing.png` });
  // The canvas is the policy's while it plays: a hand edit is refused with the reason.
  await dsl.fill('Custom');
  await expect(page.getByText('A policy is editing the canvas')).toBeVisible();
  expect(await dsl.inputValue()).not.toBe('Custom');

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(status(page)).toContainText('Paused');
  const paused = await settledSteps(page);
  const shapes = await operators(page).count();
  await page.waitForTimeout(2_500);
  expect(await steps(page).count()).toBe(paused);
  expect(await operators(page).count()).toBe(shapes);

  await expect(overlay(page)).toContainText(`Turn ${paused + 1}`);
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(steps(page)).toHaveCount(paused + 1, { timeout: 30_000 });
  expect(await settledSteps(page)).toBe(paused + 1);
  await page.waitForTimeout(1_500);
  expect(await steps(page).count()).toBe(paused + 1);
  await expect(narration(page)).toContainText(`Turn ${paused + 1}: `);
  await expect(status(page)).toContainText('Paused');

  await page.getByLabel('Speed').selectOption('instant');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(status(page)).toContainText('Episode over', { timeout: 60_000 });
  const reward = page.getByTestId('watch-reward');
  await expect(reward).toContainText('R_div');
  await expect(reward).toContainText('released');
  await expect(reward).toContainText(/reward R\s*-?\d\.\d\d/);
  await expect(narration(page)).toContainText(/correctness \d\.\d\d, reward -?\d\.\d\d\.$/);
  await expect(overlay(page)).toHaveCount(0);
  await page.screenshot({ path: `${shots}/watch-done.png` });
  const policyDsl = await dsl.inputValue();
  expect(policyDsl).not.toBe(original);

  await page.getByRole('button', { name: 'Back to my workflow' }).click();
  await expect(dsl).toHaveValue(original);
  await expect(operators(page)).toHaveCount(7);
  await page.screenshot({ path: `${shots}/watch-restored.png` });
  expect(errors).toEqual([]);
  expect(external).toEqual([]);
});

test('the untrained tfjs policy loads in the page and shows its top five actions with probabilities', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const dsl = page.getByLabel('Workflow text (DSL)');
  const original = await dsl.inputValue();
  await page.getByRole('tab', { name: 'Watch' }).click();
  await page.getByLabel('Policy').selectOption('untrained');
  await page.getByLabel('Seed').fill('3');
  await page.getByLabel('Speed').selectOption('0.5');
  await page.getByRole('button', { name: 'Watch policy' }).click();
  const probabilities = overlay(page).getByTestId('top-action-probability');
  await expect(probabilities).toHaveCount(5, { timeout: 45_000 });
  // tfjs runs on its wasm backend, its files served by Vite (cpu is only the fallback).
  await expect(narration(page)).toContainText('Watching untrained (tfjs on wasm)');
  await page.getByRole('button', { name: 'Pause' }).click();
  const values = (await probabilities.allTextContents()).map((t) => Number(t.replace('%', '')));
  expect(values.every((v) => v > 0 && v <= 100)).toBe(true);
  expect([...values].sort((a, b) => b - a)).toEqual(values);
  expect(values.reduce((s, v) => s + v, 0)).toBeLessThanOrEqual(100.5);
  await page.screenshot({ path: `${shots}/watch-untrained-overlay.png` });

  // Random reports no probabilities, and says so.
  await page.getByLabel('Policy').selectOption('random');
  await page.getByRole('button', { name: 'Restart' }).click();
  await expect(overlay(page)).toContainText('This policy does not report probabilities.');
  await page.getByRole('button', { name: 'Back to my workflow' }).click();
  await expect(dsl).toHaveValue(original);
  expect(errors).toEqual([]);
});
