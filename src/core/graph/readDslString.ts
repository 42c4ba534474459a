const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * Reads a double-quoted string with JSON escapes starting at `open` (the quote), so `JSON.stringify` output
 * always reads back, lone surrogates included. Returns the value and the offset after the closing quote, or the
 * offset and wording of the problem.
 */
export function readDslString(
  text: string,
  open: number,
): { value: string; end: number } | { offset: number; detail: string } {
  let pos = open + 1;
  let value = '';
  for (;;) {
    if (pos >= text.length)
      return { offset: open, detail: 'unterminated prompt text: a closing " is missing' };
    const ch = text[pos] ?? '';
    if (ch === '"') return { value, end: pos + 1 };
    if (ch !== '\\') {
      value += ch;
      pos++;
      continue;
    }
    const esc = text[pos + 1] ?? '';
    const hex = text.slice(pos + 2, pos + 6);
    if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
      value += String.fromCharCode(parseInt(hex, 16));
      pos += 6;
    } else if (Object.hasOwn(ESCAPES, esc)) {
      value += ESCAPES[esc] ?? '';
      pos += 2;
    } else {
      return { offset: pos, detail: 'unknown escape in prompt text (use \\" \\\\ \\n \\t or \\uXXXX)' };
    }
  }
}
