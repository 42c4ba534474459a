const LETTERS = 'abcdefghij';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Items of the list-string form `['a ) 2 : 3', 'b ) 4 : 5', …]`, marker stripped. */
function fromListString(options: string): string[] | null {
  const items = [...options.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => (m[1] ?? m[2] ?? '').trim());
  const values: string[] = [];
  for (const [i, item] of items.entries()) {
    const m = new RegExp(`^${LETTERS[i] ?? '?'}\\s*\\)\\s*(.*)$`, 's').exec(item);
    if (m === null) return null;
    values.push((m[1] ?? '').trim());
  }
  return values;
}

/** Items of the plain form `a ) 38 , b ) 27.675 , …`: markers are found in letter order, so values may hold commas. */
function fromPlainString(options: string): string[] | null {
  const starts: { at: number; after: number }[] = [];
  let from = 0;
  for (const letter of LETTERS) {
    const re = new RegExp(`(?:^|\\s,\\s*|,\\s*)${escapeRegExp(letter)}\\s?\\)\\s*`, 'g');
    re.lastIndex = from;
    const m = re.exec(options);
    if (m === null) break;
    starts.push({ at: m.index, after: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  if (starts.length === 0 || starts[0]?.at !== 0) return null;
  return starts.map((s, i) => options.slice(s.after, starts[i + 1]?.at ?? options.length).trim());
}

/**
 * MathQA's `options` string as values in letter order: `"a ) 38 , b ) 27.675 , c ) 30"` → `['38', '27.675', '30']`;
 * also the `"['a ) 12', 'b ) 15']"` form some records use. Null when fewer than two options can be read.
 */
export function parseMathQaOptions(options: string): string[] | null {
  const text = options.trim();
  const values = text.startsWith('[') ? fromListString(text) : fromPlainString(text);
  return values !== null && values.length >= 2 && values.every((v) => v !== '') ? values : null;
}
