/**
 * The contents of the last `\boxed{…}` (or `\fbox{…}`) in a MATH solution, with nested braces kept whole, e.g.
 * `\boxed{\frac{1}{10}}` → `\frac{1}{10}`; also the brace-less `\boxed 5` form. Null when there is none.
 */
export function lastBoxed(solution: string): string | null {
  const boxed = solution.lastIndexOf('\\boxed');
  const at = Math.max(boxed, solution.lastIndexOf('\\fbox'));
  if (at < 0) return null;
  const i = at + (at === boxed ? '\\boxed'.length : '\\fbox'.length);
  if (solution[i] === ' ') {
    const plain = /^ ([^\s$]+)/.exec(solution.slice(i));
    return plain?.[1] ?? null;
  }
  if (solution[i] !== '{') return null;
  let depth = 0;
  for (let j = i; j < solution.length; j++) {
    const ch = solution[j];
    if (ch === '\\') {
      j += 1;
      continue;
    }
    if (ch === '{') depth += 1;
    if (ch === '}') depth -= 1;
    if (depth === 0) return solution.slice(i + 1, j).trim();
  }
  return null;
}
