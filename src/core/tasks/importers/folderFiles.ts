/** A folder layout with paths normalised to `a/b/c` (forward slashes, no leading `./` or `/`). */
export function normalizeFolder(files: Readonly<Record<string, string>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, text] of Object.entries(files)) {
    out.set(path.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, ''), text);
  }
  return out;
}

/** The folder part of a path, with its trailing slash (`''` at the top). */
export function dirOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut < 0 ? '' : path.slice(0, cut + 1);
}

/** Numeric-aware path order, so `problems/2.tex` comes before `problems/10.tex`. */
export function comparePaths(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
