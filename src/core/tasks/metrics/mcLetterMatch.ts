const PATTERNS: readonly RegExp[] = [
  /answer\s*(?:is|:|=)?\s*[*_]*\s*(?:option\s*)?\(?\s*([a-z])\s*\)?(?![a-z])/gi,
  /\(\s*([a-z])\s*\)/gi,
  /(?:^|[\s*])([a-z])\s*\)/gi,
  /\boption\s+([a-z])\b/gi,
];

/**
 * The option letter a multiple-choice answer names ("(B)", "answer: b", "B)", "Option C", a bare "d."), lower
 * case; only letters within the first `count` options are accepted. Null when none is found.
 */
export function extractMcLetter(text: string, count = 5): string | null {
  const valid = (letter: string | undefined): letter is string =>
    letter !== undefined && letter.length === 1 && letter.toLowerCase().charCodeAt(0) - 97 < count;
  const bare = /^\s*[*_(]*\s*([a-z])\s*[).:]?[*_]*\s*$/i.exec(text)?.[1];
  if (valid(bare)) return bare.toLowerCase();
  for (const pattern of PATTERNS) {
    const letters = [...text.matchAll(pattern)].map((m) => m[1]).filter(valid);
    const last = letters.at(-1);
    if (last !== undefined) return last.toLowerCase();
  }
  return null;
}

/** Multiple-choice correctness: the option letters named by the prediction and the gold are the same. */
export function mcLetterMatch(pred: string, gold: string, count = 26): boolean {
  const p = extractMcLetter(pred, count);
  return p !== null && p === extractMcLetter(gold, count);
}
