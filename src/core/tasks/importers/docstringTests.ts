import { tokenizePython } from './pythonTokens.ts';
import { readPythonLiteral } from './readPythonLiteral.ts';

const SEPARATOR = /^(?:#\s*)?(?:==>|=>|➞|->|→|==|=|should return|returns|return)\s*/;
const FLOAT = /^-?(?:\d+\.\d*|\.\d+|\d+(?:\.\d*)?[eE][+-]?\d+)$/;

function withoutComment(line: string): string {
  const comment = tokenizePython(line).find((t) => t.kind === 'comment');
  return (comment === undefined ? line : line.slice(0, comment.start)).trim();
}

function balanced(expr: string): boolean {
  let depth = 0;
  for (const token of tokenizePython(expr)) {
    if (token.kind === 'string' && !/['"]$/.test(token.text)) return false;
    if ('([{'.includes(token.text) && token.kind === 'op') depth += 1;
    if (')]}'.includes(token.text) && token.kind === 'op') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A whole expected value: a literal followed by nothing, a comment, a parenthesised remark or a full stop. A
 * parenthesised single value `("x")` is refused: its author meant a one-element tuple, Python reads a string.
 */
function expectedValue(text: string): string | null {
  const literal = readPythonLiteral(text);
  if (literal === null || literal.grouping === true) return null;
  const rest = text.slice(literal.end).trim();
  return rest === '' || rest === '.' || rest.startsWith('#') || rest.startsWith('(') ? literal.text : null;
}

function assertion(call: string, expected: string): string {
  return FLOAT.test(expected) ? `assert abs(${call} - ${expected}) < 1e-6` : `assert ${call} == ${expected}`;
}

/** `>>> expr` followed by the expected output on the next line (doctest style). */
function doctestExample(lines: string[], i: number, entryPoint: string): string | null {
  const expr = withoutComment((lines[i] ?? '').trim().slice(3));
  const next = (lines[i + 1] ?? '').trim();
  if (!expr.includes(`${entryPoint}(`) || next === '' || next.startsWith('>>>') || !balanced(expr))
    return null;
  const expected = expectedValue(next);
  return expected === null ? null : assertion(expr, expected);
}

/** `entry(args) ==> value` and its variants (`=>`, `➞`, `->`, `==`, `=`, `returns`, `should return`). */
function inlineExample(line: string, entryPoint: string): string | null {
  const text = line.trim().replace(/^(?:[*-]\s+|for\s+)/, '');
  if (!text.startsWith(`${entryPoint}(`)) return null;
  const args = readPythonLiteral(text, entryPoint.length);
  if (args === null || !args.text.startsWith('(')) return null;
  const rest = text.slice(args.end).trim();
  const sep = SEPARATOR.exec(rest);
  if (sep === null) return null;
  const expected = expectedValue(rest.slice(sep[0].length));
  if (expected === null) return null;
  // `readPythonLiteral` returns `(x)` for a single argument, which is also the right call syntax.
  const call = `${entryPoint}${args.text.endsWith(',)') ? `${args.text.slice(0, -2)})` : args.text}`;
  return assertion(call, expected);
}

/**
 * Public tests of a HumanEval task: the examples of its docstring turned into `assert` lines, where they can be
 * parsed (doctest `>>> f(x)` + expected line, or inline `f(x) ==> y` forms with literal arguments). Examples
 * whose arguments or result are not Python literals, or carry arithmetic, are left out; none may be found.
 */
export function docstringTests(prompt: string, entryPoint: string): string[] {
  const lines = prompt.split('\n');
  const tests = lines.map((line, i) =>
    line.trim().startsWith('>>>') ? doctestExample(lines, i, entryPoint) : inlineExample(line, entryPoint),
  );
  return [...new Set(tests.filter((t): t is string => t !== null))];
}
