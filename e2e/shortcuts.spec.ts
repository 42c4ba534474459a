import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const shots = 'e2e/.screenshots';
mkdirSync(shots, { recursive: true });

const dsl = (page: Page) => page.getByLabel('Workflow text (DSL)');
const canvas = (page: Page) => page.getByRole('region', { name: 'Workflow canvas' });
const status = (page: Page) => page.getByRole('status', { name: 'Command status' });
const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const opNode = (page: Page, name: string) =>
  canvas(page).locator('.react-flow__node-operator', {
    has: page.locator('.op-name', { hasText: new RegExp(`^${name}$`) }),
  });
const focusCanvas = (page: Page) =>
  canvas(page)
    .locator('.react-flow__pane')
    .click({ position: { x: 20, y: 20 } });

async function start(page: Page, text: string): Promise<void> {
  await page.goto('/');
  await dsl(page).fill(text);
  await expect(dsl(page)).toHaveValue(text);
}

test('Ctrl+S saves at once, says "Saved", keeps the browser dialog away and survives a reload', async ({
  page,
}) => {
  await start(page, 'Plan -> Custom#custom-direct -> Format');
  await focusCanvas(page);
  // Listening after the app's own handler: it sees whether the app prevented the browser's "Save page".
  await page.evaluate(`addEventListener('keydown', (e) => {
    if (e.key === 's') document.body.dataset.savePrevented = String(e.defaultPrevented);
  })`);
  await page.keyboard.press('Control+s');
  await expect(status(page)).toHaveText('Saved');
  await expect(page.locator('body')).toHaveAttribute('data-save-prevented', 'true');
  await page.screenshot({ path: `${shots}/shortcuts-saved.png` });
  await page.reload();
  await expect(dsl(page)).toHaveValue('Plan -> Custom#custom-direct -> Format');
  await expect(status(page)).toHaveText('');
});

test('Ctrl+C and Ctrl+V copy a node with its prompt and paste it after the selection; Ctrl+Z undoes it', async ({
  page,
}) => {
  await start(page, 'Plan -> Custom#custom-expert -> Format');
  await opNode(page, 'Custom').click();
  await page.keyboard.press('Control+c');
  await expect(status(page)).toHaveText('Copied Custom#custom-expert');
  await opNode(page, 'Plan').click();
  // No clipboard permission here: paste comes from the in-app clipboard.
  await page.keyboard.press('Control+v');
  await expect(dsl(page)).toHaveValue('Plan -> Custom#custom-expert -> Custom#custom-expert -> Format');
  await expect(opNode(page, 'Custom')).toHaveCount(2);
  await page.screenshot({ path: `${shots}/shortcuts-pasted.png` });
  await page.keyboard.press('Control+z');
  await expect(dsl(page)).toHaveValue('Plan -> Custom#custom-expert -> Format');
  await opNode(page, 'Format').click();
  await page.keyboard.press('Control+d');
  await expect(dsl(page)).toHaveValue('Plan -> Custom#custom-expert -> Format -> Format');
  await page.keyboard.press('Control+z');
  await expect(dsl(page)).toHaveValue('Plan -> Custom#custom-expert -> Format');
});

test('with clipboard permission, copy writes DSL text to the system clipboard and paste reads it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await start(page, 'Plan -> Format');
  await opNode(page, 'Plan').click();
  await page.keyboard.press('Control+c');
  await expect(status(page)).toHaveText('Copied Plan');
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe('Plan');
  // Text copied elsewhere (another tab, an editor) pastes too when it is one workflow node.
  await page.evaluate(`navigator.clipboard.writeText('Review#review-sanity')`);
  await page.keyboard.press('Control+v');
  await expect(dsl(page)).toHaveValue('Plan -> Review#review-sanity -> Format');
});

test('Ctrl+K opens the command palette: filter, arrows, Enter runs a command, Escape closes', async ({
  page,
}) => {
  await start(page, 'Plan -> Custom');
  await focusCanvas(page);
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeVisible();
  await expect(palette(page).getByRole('combobox', { name: 'Search commands' })).toBeFocused();
  await expect(palette(page).getByRole('option', { name: /Open Settings/ })).toHaveCount(1);
  await page.keyboard.type('add operator rev');
  await expect(palette(page).getByRole('option')).toHaveText([/Add operator Review/, /Add operator Revise/]);
  await page.keyboard.press('ArrowDown');
  await expect(palette(page).getByRole('option', { name: /Add operator Revise/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.screenshot({ path: `${shots}/shortcuts-palette.png` });
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toHaveCount(0);
  await expect(dsl(page)).toHaveValue('Plan -> Custom -> Review');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('undo');
  await page.keyboard.press('Enter');
  await expect(dsl(page)).toHaveValue('Plan -> Custom');
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toHaveCount(0);
  await expect(dsl(page)).toHaveValue('Plan -> Custom');
  // "?" shows every shortcut; the header buttons name theirs in their titles.
  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Ctrl+D');
  await page.screenshot({ path: `${shots}/shortcuts-help.png` });
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Commands' })).toHaveAttribute('title', /Ctrl\+K/);
});

test('shortcuts never fire while typing: Ctrl+Z, Ctrl+K and Ctrl+S in the DSL field leave the canvas alone', async ({
  page,
}) => {
  await start(page, 'Plan');
  await page
    .getByRole('navigation', { name: 'Operator palette' })
    .getByRole('button', { name: 'Add Verify' })
    .click();
  await expect(dsl(page)).toHaveValue('Plan -> Verify');
  await dsl(page).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Control+s');
  await expect(dsl(page)).toHaveValue('Plan -> Verify');
  await expect(opNode(page, 'Verify')).toHaveCount(1);
  await expect(palette(page)).toHaveCount(0);
  await expect(status(page)).toHaveText('');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await page.screenshot({ path: `${shots}/shortcuts-typing.png` });
});
