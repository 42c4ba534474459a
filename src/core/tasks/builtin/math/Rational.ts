const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** An exact fraction of bigints, so generated answers are computed without float error. */
export class Rational {
  readonly n: bigint;
  readonly d: bigint;

  constructor(n: bigint, d = 1n) {
    if (d === 0n) throw new RangeError('division by zero');
    const sign = d < 0n ? -1n : 1n;
    const g = gcd(n, d) || 1n;
    this.n = (sign * n) / g;
    this.d = (sign * d) / g;
  }

  /** Parses an integer or a decimal literal such as `12`, `-3.25`. */
  static parse(text: string): Rational {
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
    if (!m) throw new SyntaxError(`not a number: ${text}`);
    const frac = m[3] ?? '';
    const n = BigInt((m[2] ?? '0') + frac) * (m[1] === '-' ? -1n : 1n);
    return new Rational(n, 10n ** BigInt(frac.length));
  }

  static of(value: number): Rational {
    return Rational.parse(String(value));
  }

  add(o: Rational): Rational {
    return new Rational(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Rational): Rational {
    return new Rational(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Rational): Rational {
    return new Rational(this.n * o.n, this.d * o.d);
  }
  div(o: Rational): Rational {
    return new Rational(this.n * o.d, this.d * o.n);
  }
  /** Rounds toward −∞, like Python's `math.floor` and `//`. */
  floor(): Rational {
    const q = this.n / this.d;
    return new Rational(this.n < 0n && q * this.d !== this.n ? q - 1n : q);
  }
  ceil(): Rational {
    return this.neg().floor().neg();
  }
  /** Rounds toward zero, like Python's `int()`. */
  trunc(): Rational {
    return new Rational(this.n / this.d);
  }
  neg(): Rational {
    return new Rational(-this.n, this.d);
  }
  pow(exponent: Rational): Rational {
    if (!exponent.isInteger()) throw new RangeError('only integer exponents are exact');
    const e = exponent.n < 0n ? -exponent.n : exponent.n;
    const r = new Rational(this.n ** e, this.d ** e);
    return exponent.n < 0n ? new Rational(1n).div(r) : r;
  }
  isInteger(): boolean {
    return this.d === 1n;
  }
  compare(o: Rational): number {
    const diff = this.sub(o).n;
    return diff === 0n ? 0 : diff < 0n ? -1 : 1;
  }
  toNumber(): number {
    return Number(this.n) / Number(this.d);
  }

  /** The decimal expansion when the denominator has only factors 2 and 5, else null. */
  toDecimal(): string | null {
    let d = this.d;
    let digits = 0;
    let twos = 0;
    let fives = 0;
    while (d % 2n === 0n) [d, twos] = [d / 2n, twos + 1];
    while (d % 5n === 0n) [d, fives] = [d / 5n, fives + 1];
    if (d !== 1n) return null;
    digits = Math.max(twos, fives);
    const scaled = (this.n * 10n ** BigInt(digits)) / this.d;
    const neg = scaled < 0n;
    const abs = (neg ? -scaled : scaled).toString().padStart(digits + 1, '0');
    const text = digits === 0 ? abs : `${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
    return neg ? `-${text}` : text;
  }

  /** An answer string: an integer, a short decimal (at most 4 places), else `a/b`; `a/b` whenever asked. */
  format(style: 'decimal' | 'fraction' = 'decimal'): string {
    if (style === 'fraction') return this.isInteger() ? String(this.n) : `${this.n}/${this.d}`;
    const dec = this.toDecimal();
    if (dec !== null && (dec.split('.')[1]?.length ?? 0) <= 4) return dec;
    return `${this.n}/${this.d}`;
  }
}
