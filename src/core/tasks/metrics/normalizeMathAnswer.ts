import { readGroup } from './latexToMathjs.ts';

/** The content of the last `\boxed{…}` (or `\fbox{…}`), nested braces included; null when there is none. */
export function lastBoxed(text: string): string | null {
  const at = Math.max(text.lastIndexOf('\\boxed'), text.lastIndexOf('\\fbox'));
  if (at < 0) return null;
  const open = text.indexOf('{', at);
  if (open < 0) return null;
  return readGroup(text, open)?.body ?? null;
}

// Words that follow a number as a unit or a noun ("575 students") but never carry mathematical meaning.
const MATH_WORDS = new Set([
  'pi',
  'sqrt',
  'sin',
  'cos',
  'tan',
  'log',
  'ln',
  'exp',
  'infty',
  'cdot',
  'times',
  'frac',
  'i',
  'e',
]);

/** Drops trailing unit or noun words after a number: `18 dollars`, `5 cm^2`, `575 students`. */
function stripUnits(text: string): string {
  const m = /^(.*?[\d)}])\s*((?:[a-zA-Z]{2,}\.?(?:\^\{?[23]\}?)?\s*)+)$/.exec(text);
  if (!m?.[1] || !m[2]) return text;
  const words = m[2].toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some((w) => MATH_WORDS.has(w)) ? text : m[1].trim();
}

/**
 * Canonical text of a math answer: inside `\boxed{}` or after `####`, matrices as tuples, without `$`, `\left`/`\right`, spacing
 * commands, `\text{}` wrappers, degrees, percent signs, currency, trailing unit words, thousands separators,
 * a trailing period or `.0`, a leading `x =`, or parentheses around a single option letter.
 */
export function normalizeMathAnswer(raw: string): string {
  let s = raw.trim();
  s = lastBoxed(s) ?? s;
  const hashes = s.lastIndexOf('####');
  if (hashes >= 0) s = s.slice(hashes + 4);
  s = s.replace(/\\begin\{[pbvB]?matrix\}([\s\S]*?)\\end\{[pbvB]?matrix\}/g, (_, body: string) => {
    const cells = body
      .split(/\\\\|&/)
      .map((c) => c.trim())
      .filter((c) => c !== '');
    return `(${cells.join(', ')})`;
  });
  s = s
    .replace(/\\(?:text|textbf|textit|mathrm|mathbf|mbox|operatorname)\s*\{([^{}]*)\}/g, '$1')
    .replace(/\\(?:left|right|displaystyle|big|Big)(?![a-zA-Z])/g, '')
    .replace(/\\!|(?<=\d)\\,(?=\d)/g, '')
    .replace(/\\[,;:]|\\ |~/g, ' ')
    .replace(/\{,\}/g, ',')
    .replace(/\^\s*\{?\\circ\}?|°|\\circ|\\degree/g, '')
    .replace(/\\%|%/g, '')
    .replace(/\\\$|\$/g, '')
    .replace(/\b(?:USD|dollars?|degrees?)\b/gi, '')
    .replace(/\\[dt]frac/g, '\\frac')
    .trim()
    .replace(/[.。]$/, '')
    .trim();
  s = stripUnits(s);
  s = s.replace(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/g, (n) => n.replace(/,/g, ''));
  s = s.replace(/(\d+\.\d*?)0+(?!\d)/g, '$1').replace(/(\d+)\.(?!\d)/g, '$1');
  s = s.replace(/^[a-zA-Z]\s*=\s*(?=[^=]+$)/, '');
  s = s.replace(/^\(([A-Za-z])\)$/, '$1');
  return s.replace(/\s+/g, ' ').trim();
}
