import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';

const shots = 'e2e/.screenshots';
mkdirSync(shots, { recursive: true });

const dsl = (page: Page) => page.getByLabel('Workflow text (DSL)');
const palette = (page: Page) => page.getByRole('navigation', { name: 'Operator palette' });
const panel = (page: Page) => page.getByRole('region', { name: 'Episodes' });
const library = (page: Page) => page.getByRole('list', { name: 'Episode library' });
const slider = (page: Page) => page.getByRole('slider', { name: 'Episode step' });
const shownStep = (page: Page) => page.getByRole('status', { name: 'Shown step' });

/** Records a three-edit hand episode starting from `Custom` and opens the Episode tab. */
async function recordByHand(page: Page): Promise<void> {
  await page.goto('/');
  await dsl(page).fill('Custom');
  await expect(dsl(page)).toHaveValue('Custom');
  await page.getByRole('tab', { name: 'Episode' }).click();
  await panel(page).getByRole('button', { name: 'Record' }).click();
  await expect(panel(page).getByRole('button', { name: /Recording/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('status', { name: 'Session status' })).toHaveText('Recording: edit the canvas');
  await palette(page).getByRole('button', { name: 'Add Plan' }).click();
  await palette(page).getByRole('button', { name: 'Add Review' }).click();
  await palette(page).getByRole('button', { name: 'Add Format' }).click();
  await expect(page.getByTestId('session-steps')).toHaveText('3 new steps', { timeout: 30_000 });
  await expect(page.getByRole('status', { name: 'Session status' })).toHaveText('Recording: edit the canvas');
  await expect(dsl(page)).toHaveValue('Custom -> Plan -> Review -> Format');
  await page.screenshot({ path: `${shots}/episodes-recording.png` });
  await panel(page).getByRole('button', { name: 'Stop recording' }).click();
  await expect(library(page).getByRole('button', { name: /Open episode: by hand/ })).toHaveCount(1);
}

test('records by hand, scrubs with the slider and the keyboard, forks and lets the heuristic finish', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await recordByHand(page);
  await library(page)
    .getByRole('button', { name: /Open episode: by hand/ })
    .click();
  await expect(shownStep(page)).toHaveText('Step 0 / 3');
  await expect(dsl(page)).toHaveValue('Custom');
  // Scrub with the slider.
  await slider(page).fill('2');
  await expect(shownStep(page)).toHaveText('Step 2 / 3');
  await expect(dsl(page)).toHaveValue('Custom -> Plan -> Review');
  await expect(page.getByTestId('episode-action')).toHaveText('Add Review');
  // The canvas is read-only while replaying.
  await palette(page).getByRole('button', { name: 'Add Verify' }).click();
  await expect(dsl(page)).toHaveValue('Custom -> Plan -> Review');
  // Keyboard: arrows on the slider, comma and period, Home and End.
  await slider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(shownStep(page)).toHaveText('Step 1 / 3');
  await page.keyboard.press('.');
  await page.keyboard.press('.');
  await expect(shownStep(page)).toHaveText('Step 3 / 3');
  await page.keyboard.press('Home');
  await expect(shownStep(page)).toHaveText('Step 0 / 3');
  await page.getByRole('button', { name: 'Forward' }).focus();
  await page.keyboard.press('End');
  await expect(shownStep(page)).toHaveText('Step 3 / 3');
  await page.keyboard.press(',');
  await expect(shownStep(page)).toHaveText('Step 2 / 3');
  await expect(dsl(page)).toHaveValue('Custom -> Plan -> Review');
  // Play at 4× from the start runs to the end.
  await page.getByLabel('Playback speed').selectOption('4');
  await slider(page).fill('0');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(shownStep(page)).toHaveText('Step 3 / 3', { timeout: 5_000 });
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.screenshot({ path: `${shots}/episodes-player.png` });

  // Fork after step 1 and let the heuristic policy play the rest.
  await slider(page).fill('1');
  await page.getByRole('button', { name: 'Fork here' }).click();
  await expect(page.getByRole('region', { name: 'Fork' })).toBeVisible();
  await expect(dsl(page)).toHaveValue('Custom -> Plan');
  await expect(page.getByLabel('Policy')).toHaveValue('heuristic');
  await page.getByLabel('Seed').fill('3');
  await page.getByRole('button', { name: 'Resume with policy' }).click();
  await expect(page.getByRole('status', { name: 'Session status' })).toHaveText('Episode finished', {
    timeout: 45_000,
  });
  const compare = page.getByRole('table', { name: 'Original and fork' });
  await expect(compare).toBeVisible();
  await expect(page.getByTestId('original-steps')).toHaveText('3');
  await expect(page.getByTestId('original-reward')).toHaveText('not finished');
  await expect(page.getByTestId('fork-reward')).toHaveText(/^-?\d\.\d\d \(R_div/);
  await expect(page.getByTestId('fork-correctness')).toHaveText(/^[01]\.\d\d$/);
  await expect(page.getByTestId('fork-actor')).toHaveText('heuristic (from step 1)');
  await expect(page.getByTestId('live-calls')).toHaveText(/Live calls: \d+/);
  await expect(library(page).getByRole('button', { name: /Open episode: .*fork at step 1/ })).toHaveCount(1);
  await page.screenshot({ path: `${shots}/episodes-fork.png` });

  // Closing the fork gives the user's own workflow back.
  await page.getByRole('button', { name: 'Close fork' }).click();
  await expect(dsl(page)).toHaveValue('Custom -> Plan -> Review -> Format');
  await palette(page).getByRole('button', { name: 'Add Verify' }).click();
  await expect(dsl(page)).toHaveValue('Custom -> Plan -> Review -> Format -> Verify');
  expect(errors).toEqual([]);
});

test('exports and re-imports an episode and a bundle; a malformed file is refused and the work is intact', async ({
  page,
}) => {
  await recordByHand(page);
  await library(page)
    .getByRole('button', { name: /Open episode: by hand/ })
    .click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export episode' }).click(),
  ]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  const file = JSON.parse(text) as { format: string; version: number; steps: unknown[] };
  expect(file.format).toBe('flowsteer-episode');
  expect(file.version).toBe(1);
  expect(file.steps).toHaveLength(3);
  expect(text).not.toMatch(/apiKey|authorization/i);

  const [bundleDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export bundle' }).click(),
  ]);
  const bundleText = readFileSync(await bundleDownload.path(), 'utf8');
  expect(JSON.parse(bundleText)).toMatchObject({
    format: 'flowsteer-bundle',
    workflow: { format: 'flowsteer-workflow' },
  });

  // Remove it from the library, then import the file back.
  await page.getByRole('button', { name: 'Close player' }).click();
  await expect(dsl(page)).toHaveValue('Custom -> Plan -> Review -> Format');
  await library(page)
    .getByRole('button', { name: /Remove episode/ })
    .click();
  await expect(library(page)).toHaveCount(0);
  const input = page.getByLabel('Episode file to import');
  await input.setInputFiles({
    name: 'hand.flowsteer-episode.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported “hand.flowsteer-episode.json”' }),
  ).toBeVisible();
  await expect(shownStep(page)).toHaveText('Step 0 / 3');
  await slider(page).fill('3');
  await expect(dsl(page)).toHaveValue('Custom -> Plan -> Review -> Format');
  await page.getByRole('button', { name: 'Close player' }).click();

  // A malformed file: a clear message, and neither the library nor the canvas changes.
  await dsl(page).fill('Custom -> Verify');
  const broken = JSON.stringify({ format: 'flowsteer-episode', version: 1, id: 'x', steps: 'many' });
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  });
  const alert = panel(page).getByRole('alert');
  await expect(alert).toContainText('“broken.json” was not imported');
  await expect(alert).toContainText('not a valid episode file');
  await expect(library(page).getByRole('listitem')).toHaveCount(1);
  await expect(dsl(page)).toHaveValue('Custom -> Verify');
  await input.setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text.slice(0, 200)),
  });
  await expect(alert).toContainText('not valid JSON');
  await expect(dsl(page)).toHaveValue('Custom -> Verify');
  await page.screenshot({ path: `${shots}/episodes-import-error.png` });

  // The bundle imports too, with no key.
  await input.setInputFiles({
    name: 'hand.flowsteer-bundle.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bundleText),
  });
  await expect(page.getByRole('status').filter({ hasText: '(bundle)' })).toBeVisible();
  await expect(alert).toHaveCount(0);
  await expect(shownStep(page)).toHaveText('Step 0 / 3');

  // The library survives a reload.
  await page.reload();
  await page.getByRole('tab', { name: 'Episode' }).click();
  await expect(library(page).getByRole('listitem')).toHaveCount(1);
  await expect(dsl(page)).toHaveValue('Custom -> Verify');
});
