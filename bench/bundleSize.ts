/**
 * Start-up bundle audit (`npx tsx bench/bundleSize.ts`): how much JavaScript must load before the canvas shows?
 *
 * Builds the app into .tmp/dist-bench with `build.manifest` and hidden source maps, then follows
 * `.vite/manifest.json` from the entry (index.html) through its static `imports` only: lazy chunks (dynamic
 * imports) and workers are not needed before the canvas shows and are left out. Prints each start-up chunk with its
 * raw and gzip size (zlib's default level, as Vite reports it; 1 kB = 1000 bytes) and the packages inside it (from
 * the source maps), then the total against the 300 kB gzip target. The heavy packages (tfjs, Pyodide, mathjs) must
 * be lazy: any of them in a start-up chunk fails the audit, and so does a total over the target (exit 1).
 * index.html's script and modulepreload links are cross-checked against the manifest. The last stdout line is one
 * JSON object. Environment: BENCH_SKIP_BUILD=1 audits the last build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_OUT_DIR, buildApp } from './benchServer.ts';

const TARGET_GZIP_BYTES = 300_000;
/** Packages that must never load before the canvas shows. */
const MUST_BE_LAZY = ['@tensorflow/', 'pyodide', 'mathjs'];

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

interface ChunkRow {
  file: string;
  bytes: number;
  gzipBytes: number;
  packages: string[];
}

/** The entry and every chunk it reaches through static imports, entry first. */
function startupChunks(manifest: Manifest): ManifestChunk[] {
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry && k.endsWith('index.html'));
  if (entryKey === undefined) throw new Error('the manifest has no index.html entry');
  const seen = new Set<string>();
  const out: ManifestChunk[] = [];
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (seen.has(key) || !chunk) return;
    seen.add(key);
    out.push(chunk);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(entryKey);
  return out;
}

/** The npm packages a chunk's source map names (`@scope/name` or `name`), or "app" for the project's own code. */
function packagesOf(mapPath: string): string[] {
  if (!existsSync(mapPath)) return [];
  const { sources } = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources?: string[] };
  const names = new Set<string>();
  for (const source of sources ?? []) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    names.add(match?.[1] ?? 'app');
  }
  return [...names].sort();
}

/** Script and modulepreload URLs of the built index.html, as paths relative to the build folder. */
function htmlPreloads(html: string): string[] {
  const urls = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  return urls.filter((u) => u !== '');
}

const kB = (bytes: number): string => (bytes / 1000).toFixed(1);

async function main(): Promise<void> {
  const dist =
    process.env['BENCH_SKIP_BUILD'] === '1'
      ? resolve(BENCH_OUT_DIR)
      : await buildApp(BENCH_OUT_DIR, { sourcemaps: true });
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const chunks = startupChunks(manifest);
  const rows: ChunkRow[] = chunks.map((chunk) => {
    const code = readFileSync(join(dist, chunk.file));
    return {
      file: chunk.file,
      bytes: code.length,
      gzipBytes: gzipSync(code).length,
      packages: packagesOf(join(dist, `${chunk.file}.map`)),
    };
  });
  const total = rows.reduce((sum, r) => sum + r.gzipBytes, 0);
  const rawTotal = rows.reduce((sum, r) => sum + r.bytes, 0);
  const eager = rows.flatMap((r) =>
    r.packages.filter((p) => MUST_BE_LAZY.some((lazy) => p.startsWith(lazy))),
  );
  const startupFiles = new Set(rows.map((r) => r.file));
  const lazyFiles = [...new Set(Object.values(manifest).map((c) => c.file))].filter(
    (f) => f.endsWith('.js') && !startupFiles.has(f),
  );
  const lazyGzip = lazyFiles.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
  const html = htmlPreloads(readFileSync(join(dist, 'index.html'), 'utf8'));
  const notPreloaded = [...startupFiles].filter((f) => !html.includes(f));
  const notInManifest = html.filter((f) => !startupFiles.has(f));

  console.log(
    'JavaScript loaded before the canvas shows (entry + static imports; lazy chunks and workers excluded)',
  );
  console.log(`${'chunk'.padEnd(44)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)}  packages`);
  for (const r of rows) {
    console.log(
      `${r.file.padEnd(44)} ${kB(r.bytes).padStart(8)} ${kB(r.gzipBytes).padStart(8)}  ${r.packages.join(', ')}`,
    );
  }
  console.log(`${'total'.padEnd(44)} ${kB(rawTotal).padStart(8)} ${kB(total).padStart(8)}`);
  console.log(
    `target: ≤ ${kB(TARGET_GZIP_BYTES)} kB gzip → ${total <= TARGET_GZIP_BYTES ? 'met' : 'MISSED'}`,
  );
  console.log(
    `lazy: ${lazyFiles.length} chunks, ${kB(lazyGzip)} kB gzip (loaded on demand; workers load their own)`,
  );
  console.log(
    `must be lazy (${MUST_BE_LAZY.join(', ')}): ${eager.length === 0 ? 'none at start-up' : `AT START-UP: ${eager.join(', ')}`}`,
  );
  if (notPreloaded.length > 0 || notInManifest.length > 0) {
    console.log(
      `index.html differs from the manifest: missing ${notPreloaded.join(', ') || '-'}, extra ${notInManifest.join(', ') || '-'}`,
    );
  }
  const pass = total <= TARGET_GZIP_BYTES && eager.length === 0;
  console.log(
    JSON.stringify({
      chunks: rows.map(({ file, bytes, gzipBytes }) => ({ file, bytes, gzipBytes })),
      totalGzipBytes: total,
      totalBytes: rawTotal,
      targetGzipBytes: TARGET_GZIP_BYTES,
      eagerHeavyPackages: eager,
      lazyChunks: lazyFiles.length,
      lazyGzipBytes: lazyGzip,
      pass,
    }),
  );
  if (!pass) process.exitCode = 1;
}

await main();
