import { Rational } from './Rational.ts';

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][\w.]*)|(\*\*|\/\/|[-+*/%(),]))/y;

const FUNCTIONS: Record<string, (args: Rational[]) => Rational> = {
  'math.ceil': ([x]) => req(x).ceil(),
  'math.floor': ([x]) => req(x).floor(),
  int: ([x]) => req(x).trunc(),
  abs: ([x]) => (req(x).n < 0n ? req(x).neg() : req(x)),
  min: (xs) => xs.reduce((a, b) => (b.compare(a) < 0 ? b : a)),
  max: (xs) => xs.reduce((a, b) => (b.compare(a) > 0 ? b : a)),
  Fraction: ([a, b]) => req(a).div(b ?? new Rational(1n)),
};

function req(x: Rational | undefined): Rational {
  if (x === undefined) throw new SyntaxError('missing argument');
  return x;
}

function tokenize(expr: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expr.length) {
    if (/^\s*$/.test(expr.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(expr);
    if (!m) throw new SyntaxError(`cannot read "${expr.slice(TOKEN.lastIndex)}"`);
    tokens.push(m[1] ?? m[2] ?? m[3] ?? '');
  }
  return tokens;
}

/**
 * Evaluates the small Python expression subset the math templates use (numbers, names, + - * / // % **, calls
 * such as `math.ceil`), exactly and with Python's semantics, so a template's answer and its program agree.
 */
export function evalPyExpr(expr: string, scope: ReadonlyMap<string, Rational>): Rational {
  const tokens = tokenize(expr);
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const take = (want?: string): string => {
    const t = tokens[pos++];
    if (t === undefined || (want !== undefined && t !== want)) {
      throw new SyntaxError(`expected ${want ?? 'a token'} in "${expr}"`);
    }
    return t;
  };
  const sum = (): Rational => {
    let v = product();
    while (peek() === '+' || peek() === '-') v = take() === '+' ? v.add(product()) : v.sub(product());
    return v;
  };
  const product = (): Rational => {
    let v = unary();
    for (let op = peek(); op === '*' || op === '/' || op === '//' || op === '%'; op = peek()) {
      take();
      const r = unary();
      if (op === '*') v = v.mul(r);
      else if (op === '/') v = v.div(r);
      else if (op === '//') v = v.div(r).floor();
      else v = v.sub(r.mul(v.div(r).floor()));
    }
    return v;
  };
  const unary = (): Rational => {
    if (peek() === '-') {
      take();
      return unary().neg();
    }
    const base = atom();
    if (peek() === '**') {
      take();
      return base.pow(unary());
    }
    return base;
  };
  const atom = (): Rational => {
    const t = take();
    if (t === '(') {
      const v = sum();
      take(')');
      return v;
    }
    if (/^\d/.test(t)) return Rational.parse(t);
    if (peek() === '(') {
      take('(');
      const args: Rational[] = [];
      while (peek() !== ')') {
        args.push(sum());
        if (peek() === ',') take(',');
      }
      take(')');
      const fn = FUNCTIONS[t];
      if (!fn) throw new SyntaxError(`unknown function ${t}`);
      return fn(args);
    }
    const v = scope.get(t);
    if (v === undefined) throw new ReferenceError(`unknown name ${t} in "${expr}"`);
    return v;
  };
  const value = sum();
  if (pos !== tokens.length) throw new SyntaxError(`unexpected "${tokens[pos] ?? ''}" in "${expr}"`);
  return value;
}
