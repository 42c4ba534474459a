/** Reads a balanced `{…}` group starting at `open`; returns its content and the index after it. */
export function readGroup(text: string, open: number): { body: string; end: number } | null {
  if (text[open] !== '{') return null;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return { body: text.slice(open + 1, i), end: i + 1 };
  }
  return null;
}

/** One argument of a LaTeX command: a braced group or a single character (`\frac12`, `\sqrt3`). */
function readArg(text: string, from: number): { body: string; end: number } | null {
  let i = from;
  while (text[i] === ' ') i++;
  if (text[i] === '{') return readGroup(text, i);
  const ch = text[i];
  if (ch === undefined || ch === '\\') return null;
  return { body: ch, end: i + 1 };
}

const FUNCTIONS: Record<string, string> = {
  sin: 'sin',
  cos: 'cos',
  tan: 'tan',
  cot: 'cot',
  sec: 'sec',
  csc: 'csc',
  ln: 'log',
  log: 'log',
  exp: 'exp',
  arcsin: 'asin',
  arccos: 'acos',
  arctan: 'atan',
};
const SYMBOLS: Record<string, string> = {
  pi: 'pi',
  infty: 'Infinity',
  infinity: 'Infinity',
  cdot: '*',
  times: '*',
  div: '/',
  theta: 'theta',
  alpha: 'alpha',
  beta: 'beta',
  gamma: 'gamma',
};

/** Names mathjs knows, which must not be split into single-letter variables. */
export const KNOWN_NAMES = new Set([
  ...Object.values(FUNCTIONS),
  ...Object.values(SYMBOLS),
  'sqrt',
  'nthRoot',
  'abs',
  'pi',
  'e',
  'i',
  'Infinity',
]);

/** Replaces `\frac`, `\sqrt` and friends, innermost arguments converted first. */
function convertCommands(text: string): string | null {
  let out = '';
  for (let i = 0; i < text.length;) {
    if (text[i] !== '\\') {
      out += text[i];
      i++;
      continue;
    }
    const name = /^\\([a-zA-Z]+)/.exec(text.slice(i))?.[1];
    if (name === undefined) return null;
    let j = i + 1 + name.length;
    if (name === 'frac') {
      const a = readArg(text, j);
      const b = a && readArg(text, a.end);
      if (!a || !b) return null;
      const [na, nb] = [convertCommands(a.body), convertCommands(b.body)];
      if (na === null || nb === null) return null;
      out += `((${na})/(${nb}))`;
      i = b.end;
    } else if (name === 'sqrt') {
      let index: string | null = null;
      if (text[j] === '[') {
        const close = text.indexOf(']', j);
        if (close < 0) return null;
        index = convertCommands(text.slice(j + 1, close));
        j = close + 1;
      }
      const a = readArg(text, j);
      const na = a && convertCommands(a.body);
      if (!a || na === null) return null;
      out += index === null ? `sqrt(${na})` : `nthRoot(${na}, ${index})`;
      i = a.end;
    } else if (FUNCTIONS[name] !== undefined) {
      // `\tan x` and `\sin 2x` have no parentheses; mathjs needs them.
      const rest = text.slice(j);
      const bare = /^\s*([a-zA-Z0-9.]+)/.exec(rest);
      if (bare && !/^\s*[({]/.test(rest)) {
        out += `${FUNCTIONS[name]}(${bare[1] ?? ''})`;
        i = j + bare[0].length;
      } else {
        out += FUNCTIONS[name];
        i = j;
      }
    } else if (SYMBOLS[name] !== undefined) {
      out += ` ${SYMBOLS[name]} `;
      i = j;
    } else {
      return null;
    }
  }
  return out;
}

/**
 * Converts simple LaTeX (fractions, roots, powers, π, ∞, trig and log names, mixed numbers such as
 * `137 \frac{1}{2}`) to mathjs syntax; multi-letter variable runs become products (`xy` → `x y`). Returns null
 * for anything it cannot read, so the caller falls back to comparing text.
 */
export function latexToMathjs(latex: string): string | null {
  const mixed = latex.replace(/(^|[^\d.\w^])(\d+)\s*\\frac\s*\{(\d+)\}\s*\{(\d+)\}/g, '$1($2+$3/$4)');
  const converted = convertCommands(mixed.replace(/\\[dt]frac/g, '\\frac'));
  if (converted === null) return null;
  const text = converted
    .replace(/\{/g, '(')
    .replace(/\}/g, ')')
    .replace(/\*\*/g, '^')
    .replace(/[a-zA-Z]+/g, (word) => (KNOWN_NAMES.has(word) ? word : word.split('').join(' ')))
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : text;
}
