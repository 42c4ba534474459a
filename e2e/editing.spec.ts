import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const shots = 'e2e/.screenshots';
mkdirSync(shots, { recursive: true });

const dsl = (page: Page) => page.getByLabel('Workflow text (DSL)');
const canvas = (page: Page) => page.getByRole('region', { name: 'Workflow canvas' });
const opNode = (page: Page, name: string) =>
  canvas(page).locator('.react-flow__node-operator', {
    has: page.locator('.op-name', { hasText: new RegExp(`^${name}$`) }),
  });

async function start(page: Page, text: string): Promise<void> {
  await page.goto('/');
  await dsl(page).fill(text);
  await expect(dsl(page)).toHaveValue(text);
}

test('edits undo and redo from the buttons and from Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z', async ({ page }) => {
  await start(page, 'Custom');
  const palette = page.getByRole('navigation', { name: 'Operator palette' });
  await palette.getByRole('button', { name: 'Add Verify' }).click();
  await expect(dsl(page)).toHaveValue('Custom -> Verify');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(dsl(page)).toHaveValue('Custom');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(dsl(page)).toHaveValue('Custom -> Verify');
  await canvas(page)
    .locator('.react-flow__pane')
    .click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+z');
  await expect(dsl(page)).toHaveValue('Custom');
  await page.keyboard.press('Control+y');
  await expect(dsl(page)).toHaveValue('Custom -> Verify');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(dsl(page)).toHaveValue('Custom -> Verify');
  await page.screenshot({ path: `${shots}/undo-redo.png` });
});

test('Delete and Backspace delete the selected node, never while typing in a field', async ({ page }) => {
  await start(page, 'Plan -> Custom -> Format');
  await opNode(page, 'Custom').click();
  await page.keyboard.press('Delete');
  await expect(dsl(page)).toHaveValue('Plan -> Format');
  await opNode(page, 'Format').click();
  const search = page.getByLabel('Search operators', { exact: true });
  await search.fill('ab');
  await search.press('Backspace');
  await expect(search).toHaveValue('a');
  await expect(dsl(page)).toHaveValue('Plan -> Format');
  await opNode(page, 'Format').click();
  await page.keyboard.press('Backspace');
  await expect(dsl(page)).toHaveValue('Plan');
});

test('the inspector changes the operator and shows a refusal with its reason', async ({ page }) => {
  await start(page, 'Plan -> Custom -> Verify ? Revise : done');
  await opNode(page, 'Custom').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const operator = inspector.getByLabel('Operator', { exact: true });
  // Only legal operators are offered: a checker slot takes checkers, so Plan is not offered for Verify.
  await operator.selectOption('AnswerGenerate');
  await expect(dsl(page)).toHaveValue('Plan -> AnswerGenerate -> Verify ? Revise : done');
  await opNode(page, 'Verify').click();
  await expect(operator.locator('option', { hasText: /^Plan$/ })).toHaveCount(0);
  await inspector.getByLabel('Prompt text').fill('abc');
  await inspector.getByRole('button', { name: 'Apply prompt' }).click();
  await expect(inspector.getByRole('alert')).toContainText('E_PROMPT_TOO_SHORT');
  await expect(dsl(page)).toHaveValue('Plan -> AnswerGenerate -> Verify ? Revise : done');
  await page.screenshot({ path: `${shots}/inspector-refusal.png` });
});

test('drag from the palette inserts where dropped; Tab and double-click open the searchable palette', async ({
  page,
}) => {
  await start(page, 'Custom -> Format');
  const palette = page.getByRole('navigation', { name: 'Operator palette' });
  const task = canvas(page).locator('.react-flow__node-terminal').first();
  const box = await task.boundingBox();
  if (!box) throw new Error('no task node');
  await palette
    .getByRole('button', { name: 'Add Plan' })
    .dragTo(canvas(page), { targetPosition: await toCanvas(page, box.x + box.width + 12, box.y + 10) });
  await expect(dsl(page)).toHaveValue('Plan -> Custom -> Format');
  await canvas(page)
    .locator('.react-flow__pane')
    .click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Tab');
  const quick = page.getByRole('dialog', { name: 'Quick add operator' });
  await expect(quick).toBeVisible();
  await page.keyboard.type('review');
  await page.keyboard.press('Enter');
  await expect(dsl(page)).toHaveValue('Plan -> Custom -> Format -> Review');
  await canvas(page)
    .locator('.react-flow__pane')
    .dblclick({ position: { x: 20, y: 20 } });
  await expect(quick).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(quick).toHaveCount(0);
  await palette.getByText('Loop', { exact: true }).click();
  await palette.getByRole('button', { name: 'Add loop' }).click();
  await expect(canvas(page).getByText('×2')).toBeVisible();
  await page.screenshot({ path: `${shots}/palette-drop.png` });
});

async function toCanvas(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('no canvas');
  return { x: x - box.x, y: y - box.y };
}
