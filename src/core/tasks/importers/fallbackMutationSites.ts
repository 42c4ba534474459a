import { PY_KEYWORDS, tokenizePython, type PyToken } from './pythonTokens.ts';

/** One edit of the source: replace `[start, end)` with `replacement`. */
export interface MutationSite {
  start: number;
  end: number;
  replacement: string;
}

/** A short one-line string literal, which a mutation may swap for another. */
export const SHORT_STRING = /^(['"])[^'"\\\n]{1,30}\1$/;

/** The index of the token closing the bracket opened at `open`, or -1. */
export function matchingClose(tokens: PyToken[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const text = tokens[i]?.text;
    if (text === '(' || text === '[' || text === '{') depth += 1;
    else if (text === ')' || text === ']' || text === '}') depth -= 1;
    if (depth === 0) return i;
  }
  return -1;
}

/**
 * Last-resort bugs for code with few mutable operators: the final `return x` or top-level `name = x` yields None,
 * the last top-level statement or a call's last argument is dropped, a short string is emptied.
 */
export function fallbackSites(code: string): MutationSite[] {
  const sites: MutationSite[] = [];
  const returns = [...code.matchAll(/^([ \t]*return)[ \t]+(?!None\b)([^\n#]*\S)/gm)];
  const assigns = [...code.matchAll(/^([A-Za-z_]\w*[ \t]*=)(?!=)[ \t]*(?!None\b)([^\n#]*\S)/gm)];
  for (const match of [returns.at(-1), assigns.at(-1)]) {
    if (match?.index === undefined || match[1] === undefined) continue;
    const start = match.index + match[1].length;
    sites.push({ start, end: match.index + match[0].length, replacement: ' None' });
  }
  // Dropping the last top-level statement (a forgotten call) when there is more than one.
  const statements = [...code.matchAll(/^[A-Za-z_][^\n]*$/gm)];
  const last = statements.at(-1);
  if (statements.length >= 2 && last?.index !== undefined && !/[([{,\\:]\s*$/.test(last[0])) {
    sites.push({ start: last.index, end: last.index + last[0].length, replacement: 'pass' });
  }
  const tokens = tokenizePython(code).filter((t) => t.kind !== 'comment');
  const dropped = droppedArgument(tokens);
  if (dropped) sites.push(dropped);
  // A short string emptied, or an empty one given a space (`''.join` → `' '.join`).
  const str = tokens.find(
    (t) => t.kind === 'string' && (SHORT_STRING.test(t.text) || /^(['"])\1$/.test(t.text)),
  );
  if (str !== undefined) {
    const q = str.text[0] ?? "'";
    sites.push({
      start: str.start,
      end: str.end,
      replacement: str.text.length === 2 ? `${q} ${q}` : `${q}${q}`,
    });
  }
  return sites;
}

/** The last argument of the first call with two or more arguments, removed (a forgotten argument). */
function droppedArgument(tokens: PyToken[]): MutationSite | null {
  for (let i = 1; i < tokens.length; i++) {
    const callee = tokens[i - 1];
    if (tokens[i]?.text !== '(' || callee?.kind !== 'name' || PY_KEYWORDS.has(callee.text)) continue;
    if (tokens[i - 2]?.text === 'def' || tokens[i - 2]?.text === 'class') continue;
    const close = matchingClose(tokens, i);
    let depth = 0;
    let lastComma = -1;
    for (let j = i + 1; j < close; j++) {
      const text = tokens[j]?.text ?? '';
      if ('([{'.includes(text)) depth += 1;
      else if (')]}'.includes(text)) depth -= 1;
      else if (depth === 0 && text === ',') lastComma = j;
    }
    const comma = tokens[lastComma];
    const closer = tokens[close];
    if (comma !== undefined && closer !== undefined && lastComma < close - 1) {
      return { start: comma.start, end: closer.start, replacement: '' };
    }
  }
  return null;
}
