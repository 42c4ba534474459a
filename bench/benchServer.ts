/**
 * Shared helpers of the browser benchmarks (bench/canvasFps.ts, bench/bundleSize.ts): build the app with Vite into
 * a folder of its own, serve it with `vite preview` on a fixed port, and launch Debian's Chromium through
 * Playwright. Servers are started by node path so that stopping the child stops the server.
 */
import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** Where the benchmarks build the app (kept apart from dist/ and the e2e builds). */
export const BENCH_OUT_DIR = '.tmp/dist-bench';
/** The port `vite preview` serves the benchmark build on. */
export const BENCH_PORT = 4191;

const ROOT = resolve(import.meta.dirname, '..');
const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');

/** Runs a command to completion, streaming its output to stderr so stdout keeps only the benchmark's report. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout?.pipe(process.stderr);
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/**
 * Builds the app (no type check: the benchmark measures what Vite emits) with `.vite/manifest.json`; with
 * `sourcemaps`, hidden source maps too (no URL comment in the JS, so sizes are unchanged), which name the modules
 * inside every chunk. Resolves to the absolute build folder.
 */
export async function buildApp(
  outDir = BENCH_OUT_DIR,
  options: { sourcemaps?: boolean } = {},
): Promise<string> {
  const maps = options.sourcemaps ? ['--sourcemap', 'hidden'] : [];
  await run(process.execPath, [
    VITE,
    'build',
    '--outDir',
    outDir,
    '--manifest',
    ...maps,
    '--logLevel',
    'warn',
  ]);
  return resolve(ROOT, outDir);
}

/** A running `vite preview` server. */
export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

/** Serves a build with `vite preview` and resolves once it answers; rejects if it exits or stays silent 30 s. */
export async function startPreview(outDir = BENCH_OUT_DIR, port = BENCH_PORT): Promise<PreviewServer> {
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [VITE, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  const stop = (): Promise<void> =>
    new Promise((done) => {
      if (exited !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    if (exited !== null) throw new Error(`vite preview exited with ${exited} (is port ${port} taken?)`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s`);
}

/** Launches Debian's Chromium headless with the flags the e2e suite uses (TECH-NOTES.md). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--disable-quic', '--enable-unsafe-webgpu'],
  });
}
