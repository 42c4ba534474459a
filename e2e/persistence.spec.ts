import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';

const shots = 'e2e/.screenshots';
mkdirSync(shots, { recursive: true });

const dsl = (page: Page) => page.getByLabel('Workflow text (DSL)');
const importFile = (page: Page, name: string, text: string) =>
  page.getByLabel('Workflow file to import').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });

test('a reload keeps the workflow and the chosen task (IndexedDB autosave)', async ({ page }) => {
  await page.goto('/');
  await dsl(page).fill('Plan -> (Programmer -> Test) * 2 -> Format');
  await page.getByLabel('Task index').fill('7');
  await page.waitForTimeout(600);
  await page.reload();
  await expect(dsl(page)).toHaveValue('Plan -> (Programmer -> Test) * 2 -> Format');
  await expect(page.getByLabel('Task index')).toHaveValue('7');
  await expect(page.getByRole('region', { name: 'Workflow canvas' }).getByText('×2')).toBeVisible();
});

test('a malformed import is refused with a clear message and the open work is untouched', async ({
  page,
}) => {
  await page.goto('/');
  await dsl(page).fill('Plan -> Custom -> Format');
  await importFile(page, 'broken.json', '{"format": "flowsteer-workflow", "version": 1, "workflow": ');
  await expect(page.getByRole('alert')).toContainText('Import refused');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expect(dsl(page)).toHaveValue('Plan -> Custom -> Format');
  const unknownOperator = {
    format: 'flowsteer-workflow',
    version: 1,
    workflow: {
      nodes: [
        { kind: 'operator', id: 'n1', operator: 'Teleport', prompt: { kind: 'text', text: 'go there' } },
      ],
      nextId: 2,
    },
  };
  await importFile(page, 'unknown.json', JSON.stringify(unknownOperator));
  await expect(page.getByRole('alert')).toContainText('E_UNKNOWN_OPERATOR');
  await expect(dsl(page)).toHaveValue('Plan -> Custom -> Format');
  await page.screenshot({ path: `${shots}/import-refused.png` });
});

test('export writes a workflow file that imports back', async ({ page }) => {
  await page.goto('/');
  await dsl(page).fill('Plan -> [Programmer, Custom] -> ScEnsemble');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workflow' }).click();
  const path = await (await download).path();
  const text = readFileSync(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'flowsteer-workflow', version: 1 });
  // Ctrl+Shift+S exports the same file from the keyboard.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  const again = page.waitForEvent('download');
  await page.keyboard.press('Control+Shift+S');
  expect(readFileSync(await (await again).path(), 'utf8')).toBe(text);
  await dsl(page).fill('Custom');
  await importFile(page, 'workflow.flowsteer.json', text);
  await expect(dsl(page)).toHaveValue('Plan -> [Programmer, Custom] -> ScEnsemble');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(dsl(page)).toHaveValue('Custom');
});
