import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const shots = 'e2e/.screenshots';
mkdirSync(shots, { recursive: true });

test('the start page draws the example workflow from the core', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const canvas = page.getByRole('region', { name: 'Workflow canvas' });
  await expect(canvas).toBeVisible();
  // Plan -> [Programmer, Custom] -> ScEnsemble -> Verify ? Revise : done -> Format: 7 operators.
  await expect(canvas.locator('.react-flow__node-operator')).toHaveCount(7);
  await expect(canvas.getByText('on fail → fix')).toBeVisible();
  await expect(page.getByTestId('r-div')).toHaveText('1.0');
  await page.screenshot({ path: `${shots}/start.png` });
  expect(errors).toEqual([]);
});

test('typing DSL redraws the canvas, and a parse error names its position', async ({ page }) => {
  await page.goto('/');
  const text = page.getByLabel('Workflow text (DSL)');
  await text.fill('Plan -> (Programmer -> Test) * 3 -> Format');
  const canvas = page.getByRole('region', { name: 'Workflow canvas' });
  await expect(canvas.locator('.react-flow__node-operator')).toHaveCount(4);
  await expect(canvas.getByText('×3')).toBeVisible();
  await text.fill('Plan -> -> Format');
  await expect(page.getByRole('alert')).toContainText('column');
  // The last valid workflow stays on the canvas while the text is invalid.
  await expect(canvas.locator('.react-flow__node-operator')).toHaveCount(4);
  await page.screenshot({ path: `${shots}/dsl-error.png` });
});

test('the palette appends through applyAction and shows a refusal with its reason', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Workflow text (DSL)').fill('Custom');
  const palette = page.getByRole('navigation', { name: 'Operator palette' });
  await palette.getByRole('button', { name: 'Add Verify' }).click();
  await expect(page.getByLabel('Workflow text (DSL)')).toHaveValue('Custom -> Verify');
  await palette.getByLabel('Search operators').fill('format');
  await expect(palette.getByRole('button', { name: 'Add Format' })).toBeVisible();
  await expect(palette.getByRole('button', { name: 'Add Plan' })).toHaveCount(0);
  // A full canvas refuses the edit with its stable code and reason, and the workflow is unchanged.
  const full = Array.from({ length: 12 }, () => 'Custom').join(' -> ');
  await page.getByLabel('Workflow text (DSL)').fill(full);
  await palette.getByRole('button', { name: 'Add Format' }).click();
  await expect(page.getByRole('alert')).toContainText('E_CANVAS_FULL');
  await expect(page.getByLabel('Workflow text (DSL)')).toHaveValue(full);
  await page.screenshot({ path: `${shots}/refused.png` });
});
