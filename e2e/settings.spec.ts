import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';

const shots = 'e2e/.screenshots';
mkdirSync(shots, { recursive: true });

const LLM_PORT = process.env['E2E_LLM_PORT'] ?? '5174';
const BASE_URL = `http://127.0.0.1:${LLM_PORT}/v1`;
const KEY = 'sk-e2e-test';
const WRONG_KEY = 'sk-wrong-e2e-7731';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Settings' });
const badge = (page: Page) => page.getByTestId('backend-badge');
const result = (page: Page) => page.getByRole('status', { name: 'Connection test result', exact: true });
const runStatus = (page: Page) => page.getByRole('status', { name: 'Run status' });
/** Everything in the page's local storage, as one text (evaluated in the page, hence a string). */
const storedText = (page: Page) => page.evaluate<string>('JSON.stringify({ ...localStorage })');

/** Everything the page writes to the console, and every URL it shows, to check that no key is among them. */
function watchForLeaks(page: Page): { console: string[]; urls: string[]; errors: string[] } {
  const seen = { console: [] as string[], urls: [] as string[], errors: [] as string[] };
  page.on('console', (m) => seen.console.push(m.text()));
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('framenavigated', (f) => seen.urls.push(f.url()));
  return seen;
}

async function openEndpointSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('radio', { name: 'OpenAI-compatible endpoint' }).check();
}

async function fillEndpoint(page: Page, baseUrl: string, key: string): Promise<void> {
  const d = dialog(page);
  await d.getByLabel('Base URL', { exact: true }).fill(baseUrl);
  await d.getByLabel('Model', { exact: true }).fill('test-model');
  await d.getByLabel('API key', { exact: true }).fill(key);
}

test('configures the local endpoint: coded test results, a real run, and the key never leaks', async ({
  page,
}) => {
  const seen = watchForLeaks(page);
  const llmRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(`http://127.0.0.1:${LLM_PORT}`)) llmRequests.push(r.url());
  });
  await page.goto('/');
  await expect(badge(page)).toHaveText('Backend: simulated (offline)');
  await openEndpointSettings(page);
  const d = dialog(page);

  // A malformed URL is refused inline, before any request.
  await fillEndpoint(page, `127.0.0.1:${LLM_PORT}/v1`, KEY);
  await d.getByRole('button', { name: 'Test connection' }).click();
  await expect(d.getByText(/This is not a URL/)).toBeVisible();
  await expect(d.getByLabel('Base URL', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(llmRequests).toEqual([]);

  // The key is masked until "Show key" is pressed.
  await fillEndpoint(page, BASE_URL, KEY);
  const keyInput = d.getByLabel('API key', { exact: true });
  await expect(keyInput).toHaveAttribute('type', 'password');
  await d.getByRole('button', { name: 'Show key' }).click();
  await expect(keyInput).toHaveAttribute('type', 'text');
  await d.getByRole('button', { name: 'Show key' }).click();
  await expect(keyInput).toHaveAttribute('type', 'password');

  await d.getByRole('button', { name: 'Test connection' }).click();
  await expect(result(page)).toContainText('Connected');
  await expect(result(page)).toContainText('test-model-large');
  await expect(result(page)).toContainText('The model “test-model” answered.');
  await page.screenshot({ path: `${shots}/settings-connected.png` });

  await keyInput.fill(WRONG_KEY);
  await d.getByRole('button', { name: 'Test connection' }).click();
  await expect(result(page)).toContainText('HTTP 401 · Wrong API key');
  await expect(result(page)).toContainText('E_ENDPOINT_AUTH');
  await expect(result(page)).not.toContainText(WRONG_KEY);
  await page.screenshot({ path: `${shots}/settings-wrong-key.png` });

  await d.getByLabel('Base URL', { exact: true }).fill('http://127.0.0.1:9/v1');
  await d.getByRole('button', { name: 'Test connection' }).click();
  await expect(result(page)).toContainText('Network failure', { timeout: 20_000 });
  for (const advice of ['OLLAMA_ORIGINS', 'Enable CORS', '--allowed-origins', 'proxy']) {
    await expect(result(page)).toContainText(advice);
  }
  await page.screenshot({ path: `${shots}/settings-network.png` });

  await fillEndpoint(page, BASE_URL, KEY);
  await d.getByRole('button', { name: 'Save' }).click();
  await expect(d).toBeHidden();
  await expect(badge(page)).toHaveText(`Backend: test-model at 127.0.0.1:${LLM_PORT}`);

  // A run now goes to the test server (it answers "echo: …") and finishes.
  const before = llmRequests.length;
  await page.getByLabel('Workflow text (DSL)').fill('Custom -> Format');
  await page.getByRole('button', { name: 'Run workflow' }).click();
  await expect(runStatus(page)).toHaveText(/Finished/, { timeout: 30_000 });
  await expect(page.getByRole('log', { name: 'Run events' })).toContainText('echo:');
  expect(llmRequests.slice(before).some((u) => u.endsWith('/v1/chat/completions'))).toBe(true);
  await page.screenshot({ path: `${shots}/settings-real-run.png` });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export workflow' }).click(),
  ]);
  const exported = readFileSync((await download.path()) ?? '', 'utf8');
  expect(exported).toContain('"format"');

  const stored = await storedText(page);
  for (const secret of [KEY, WRONG_KEY]) {
    expect(exported).not.toContain(secret);
    expect(stored).not.toContain(secret);
    expect(seen.console.join('\n')).not.toContain(secret);
    expect([...seen.urls, page.url(), ...llmRequests].join('\n')).not.toContain(secret);
  }
  expect(seen.errors).toEqual([]);

  // Not remembered: a reload forgets the endpoint and the key.
  await page.reload();
  await expect(badge(page)).toHaveText('Backend: simulated (offline)');
  await openEndpointSettings(page);
  await expect(dialog(page).getByLabel('API key', { exact: true })).toHaveValue('');
});

test('"Remember on this device" keeps the settings, key included, across a reload; unticking erases them', async ({
  page,
}) => {
  await page.goto('/');
  await openEndpointSettings(page);
  await fillEndpoint(page, BASE_URL, KEY);
  const remember = dialog(page).getByRole('checkbox', { name: 'Remember on this device' });
  await expect(dialog(page).getByText(/a reload forgets them/)).toBeVisible();
  await remember.check();
  await expect(dialog(page).getByText(/API keys included/)).toBeVisible();
  await page.screenshot({ path: `${shots}/settings-remember.png` });
  await dialog(page).getByRole('button', { name: 'Save' }).click();
  expect(await storedText(page)).toContain(KEY);

  await page.reload();
  await expect(badge(page)).toHaveText(`Backend: test-model at 127.0.0.1:${LLM_PORT}`);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(dialog(page).getByLabel('API key', { exact: true })).toHaveValue(KEY);
  await dialog(page).getByRole('checkbox', { name: 'Remember on this device' }).uncheck();
  await dialog(page).getByRole('button', { name: 'Save' }).click();
  expect(await storedText(page)).not.toContain(KEY);

  await page.reload();
  await expect(badge(page)).toHaveText('Backend: simulated (offline)');
});

test('the dialog is keyboard-safe: focus stays inside, Escape closes it and gives focus back', async ({
  page,
}) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Settings', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page)).toHaveAttribute('aria-modal', 'true');
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
    await expect(dialog(page).locator(':focus')).toHaveCount(1);
  }
  await page.screenshot({ path: `${shots}/settings-dialog.png` });
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
  // Cancelled edits are dropped.
  await expect(badge(page)).toHaveText('Backend: simulated (offline)');
});

test('a per-operator override sends Verify to its own model, borrowing the key on the same base URL', async ({
  page,
}) => {
  await page.goto('/');
  await openEndpointSettings(page);
  await fillEndpoint(page, BASE_URL, KEY);
  const d = dialog(page);
  await d.getByText('Per-operator overrides (none)').click();
  await d.getByLabel('Endpoint for Verify').selectOption('own');
  await expect(d.getByLabel('Verify base URL')).toHaveValue(BASE_URL);
  await d.getByLabel('Verify model').fill('test-model-large');
  await expect(d.getByLabel('Verify API key')).toHaveAttribute('type', 'password');
  await d.getByRole('button', { name: 'Test Verify connection' }).click();
  const verifyResult = page.getByRole('status', { name: 'Verify connection test result' });
  await expect(verifyResult).toContainText('The model “test-model-large” answered.');
  await d.getByLabel('Verify model').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/settings-override.png` });
  await d.getByRole('button', { name: 'Save' }).click();
  await expect(badge(page)).toHaveText(`Backend: test-model at 127.0.0.1:${LLM_PORT} + 1 override`);
});
