/** A Python literal read from the start of a text: where it ends and its canonical spelling. */
export interface PythonLiteral {
  end: number;
  text: string;
  /** True for `(x)`: parentheses around one value, which Python reads as the value, not a tuple. */
  grouping?: boolean;
}

const CONSTANTS: Readonly<Record<string, string>> = {
  True: 'True',
  False: 'False',
  None: 'None',
  true: 'True',
  false: 'False',
  null: 'None',
};
const NUMBER = /^[+-]?(?:\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/;
const CLOSE: Readonly<Record<string, string>> = { '[': ']', '(': ')', '{': '}' };

function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && /[ \t]/.test(text[j] ?? '')) j += 1;
  return j;
}

function readString(text: string, i: number): PythonLiteral | null {
  const quote = text[i];
  if (quote !== '"' && quote !== "'") return null;
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j += 1;
    else if (text[j] === '\n') return null;
    else if (text[j] === quote) return { end: j + 1, text: text.slice(i, j + 1) };
  }
  return null;
}

function readCollection(text: string, i: number): PythonLiteral | null {
  const open = text[i] ?? '';
  const close = CLOSE[open];
  if (close === undefined) return null;
  const parts: string[] = [];
  let j = skipSpace(text, i + 1);
  let trailingComma = false;
  while (text[j] !== close) {
    const item = readValue(text, j);
    if (item === null) return null;
    let piece = item.text;
    j = skipSpace(text, item.end);
    if (open === '{' && text[j] === ':') {
      const value = readValue(text, skipSpace(text, j + 1));
      if (value === null) return null;
      piece = `${piece}: ${value.text}`;
      j = skipSpace(text, value.end);
    }
    parts.push(piece);
    trailingComma = text[j] === ',';
    if (trailingComma) j = skipSpace(text, j + 1);
    else if (text[j] !== close) return null;
  }
  // `(x,)` is a one-element tuple and `(x)` is just x: keep the comma that makes the difference.
  const single = open === '(' && parts.length === 1;
  const out = `${open}${parts.join(', ')}${single && trailingComma ? ',' : ''}${close}`;
  return single && !trailingComma ? { end: j + 1, text: out, grouping: true } : { end: j + 1, text: out };
}

function readValue(text: string, start: number): PythonLiteral | null {
  const i = skipSpace(text, start);
  const ch = text[i] ?? '';
  if (ch === '"' || ch === "'") {
    // Adjacent string literals concatenate in Python, so `'a' 'b'` is one literal.
    let str = readString(text, i);
    let parts = str === null ? [] : [str.text];
    while (str !== null) {
      const next = readString(text, skipSpace(text, str.end));
      if (next === null) break;
      parts = [...parts, next.text];
      str = { end: next.end, text: parts.join(' ') };
    }
    return str;
  }
  if (CLOSE[ch] !== undefined) return readCollection(text, i);
  const word = /^[A-Za-z_]\w*/.exec(text.slice(i));
  if (word) {
    const constant = CONSTANTS[word[0]];
    return constant === undefined ? null : { end: i + word[0].length, text: constant };
  }
  const num = NUMBER.exec(text.slice(i));
  if (num && /\d/.test(num[0])) return { end: i + num[0].length, text: num[0].replace(/^\+/, '') };
  return null;
}

/**
 * Reads one Python literal (numbers, strings, True/False/None — also JSON's true/false/null —, lists, tuples,
 * dicts, sets) from `start`; null when the text there is not a literal.
 */
export function readPythonLiteral(text: string, start = 0): PythonLiteral | null {
  return readValue(text, start);
}
