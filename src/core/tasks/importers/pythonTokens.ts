/** A lexical token of Python source, with its character range; strings and comments are single tokens. */
export interface PyToken {
  kind: 'name' | 'number' | 'string' | 'op' | 'comment';
  text: string;
  start: number;
  end: number;
}

const OPERATORS = '**= //= >>= <<= ... -> ** // == != <= >= << >> += -= *= /= %= &= |= ^= := @='.split(' ');
const STRING_START = /^(?:[rRbBuUfF]{1,2})?(?:'''|"""|'|")/;
const NUMBER = /^(?:0[xXoObB][0-9a-fA-F_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?)/;
const NAME = /^[\p{L}_][\p{L}\p{N}_]*/u;

function stringEnd(source: string, start: number, quote: string): number {
  let i = start;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (source.startsWith(quote, i)) return i + quote.length;
    // An unterminated one-line string stops at the line end, so one bad line cannot swallow the file.
    if (ch === '\n' && quote.length === 1) return i;
    i += 1;
  }
  return source.length;
}

/** Splits Python source into tokens (whitespace dropped); never throws, unknown characters become 'op' tokens. */
export function tokenizePython(source: string): PyToken[] {
  const tokens: PyToken[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const rest = source.slice(i, i + 400);
    if (ch === '#') {
      const nl = source.indexOf('\n', i);
      const end = nl === -1 ? source.length : nl;
      tokens.push({ kind: 'comment', text: source.slice(i, end), start: i, end });
      i = end;
      continue;
    }
    const str = STRING_START.exec(rest);
    if (str) {
      const quote = str[0].replace(/^[rRbBuUfF]+/, '');
      const end = stringEnd(source, i + str[0].length, quote);
      tokens.push({ kind: 'string', text: source.slice(i, end), start: i, end });
      i = end;
      continue;
    }
    const num = /\d|\./.test(ch) ? NUMBER.exec(rest) : null;
    if (num && num[0] !== '.') {
      tokens.push({ kind: 'number', text: num[0], start: i, end: i + num[0].length });
      i += num[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', text: name[0], start: i, end: i + name[0].length });
      i += name[0].length;
      continue;
    }
    const op = OPERATORS.find((candidate) => source.startsWith(candidate, i)) ?? ch;
    tokens.push({ kind: 'op', text: op, start: i, end: i + op.length });
    i += op.length;
  }
  return tokens;
}

/** Python keywords after which `+`/`-` is a sign, not a binary operator. */
export const PY_KEYWORDS = new Set(
  (
    'and as assert await break class continue def del elif else except finally for from global if import in is ' +
    'lambda nonlocal not or pass raise return while with yield'
  ).split(' '),
);
