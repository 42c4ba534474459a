import { defineConfig } from '@playwright/test';

// Overridable so several checkouts (or people) can run e2e side by side without sharing a port or a build.
const PORT = Number(process.env['E2E_PORT'] ?? 4173);
const LLM_PORT = Number(process.env['E2E_LLM_PORT'] ?? 5174);
const OUT = process.env['E2E_OUT_DIR'] ?? 'dist';

/** E2E runs against the built app in Debian's Chromium and a local OpenAI-compatible test server; no internet. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: `../test-results/${PORT}`,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1400, height: 860 },
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--disable-quic', '--enable-unsafe-webgpu'],
    },
  },
  webServer: [
    {
      command:
        `npx vite build --logLevel warn --outDir ${OUT} && ` +
        `node node_modules/vite/bin/vite.js preview --outDir ${OUT} --port ${PORT} --strictPort --host 127.0.0.1`,
      cwd: '..',
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 180_000,
    },
    {
      // The OpenAI-compatible test server (key "sk-e2e-test"); specs read its URL from E2E_LLM_URL's default.
      command: `npx tsx e2e/testServer/main.ts --port ${LLM_PORT} --key sk-e2e-test`,
      cwd: '..',
      url: `http://127.0.0.1:${LLM_PORT}/health`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
