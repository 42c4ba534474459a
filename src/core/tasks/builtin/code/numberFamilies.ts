import type { CodeFamily } from './codeFamilyTypes.ts';
import { casesOf, defineFamily, grid, py, randInts, span } from './codeFamilyTypes.ts';

/** Sum or product of the p-th powers of the digits. */
const digitPower = defineFamily({
  id: 'digit-powers',
  topic: 'number theory',
  params: grid({ p: span(1, 5), agg: ['sum', 'product'] }),
  build: ({ p, agg }, rng) => {
    const ref = (n: number): number => {
      const ds = [...String(Math.abs(n))].map((c) => Number(c) ** p);
      return agg === 'sum' ? ds.reduce((a, b) => a + b, 0) : ds.reduce((a, b) => a * b, 1);
    };
    const op = agg === 'sum' ? '+=' : '*=';
    const start = agg === 'sum' ? '0' : '1';
    const body = (init: string, digits: string): string => py`
      def digit_powers(n):
          total = ${init}
          for ch in ${digits}:
              total ${op} int(ch) ** ${p}
          return total
    `;
    return {
      entryPoint: 'digit_powers',
      signature: 'def digit_powers(n: int) -> int:',
      description:
        `Return the ${agg} of the ${p === 1 ? '' : `${p}th powers of the `}digits of \`n\` ` +
        '(use the digits of abs(n) for negative numbers; 0 has the single digit 0).',
      solution: body(start, 'str(abs(n))'),
      buggy: [
        body(start, 'str(n)'),
        body(start, 'str(abs(n))[1:]'),
        body(agg === 'sum' ? '1' : '0', 'str(abs(n))'),
      ],
      publicCases: casesOf(
        ref,
        randInts(rng, 2, 10, 9999).map((n): [number] => [n]),
      ),
      hiddenCases: casesOf(ref, [
        [0],
        [7],
        [-345],
        [1000],
        [98765],
        [10],
        [...randInts(rng, 1, 100, 99999)] as [number],
      ]),
      difficulty: 0.25 + p * 0.01,
    };
  },
});

/** Counting, summing or finding primes up to n. */
const primes = defineFamily({
  id: 'primes-up-to',
  topic: 'number theory',
  params: [{ task: 'count' }, { task: 'sum' }, { task: 'largest' }, { task: 'count-below' }],
  build: ({ task }, rng) => {
    const isPrime = (n: number): boolean => {
      if (n < 2) return false;
      for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
      return true;
    };
    const upto = task === 'count-below' ? (n: number) => span(2, n - 1) : (n: number) => span(2, n);
    const ref = (n: number): number | null => {
      const ps = n < 2 ? [] : upto(n).filter(isPrime);
      if (task === 'largest') return ps.at(-1) ?? null;
      return task === 'sum' ? ps.reduce((a, b) => a + b, 0) : ps.length;
    };
    const end = task === 'count-below' ? 'n' : 'n + 1';
    const finish =
      task === 'largest'
        ? 'return ps[-1] if ps else None'
        : task === 'sum'
          ? 'return sum(ps)'
          : 'return len(ps)';
    const body = (check: string, lo = '2', stop = end): string => py`
      def is_prime(k):
          if k < ${lo}:
              return False
          for d in range(2, ${check}):
              if k % d == 0:
                  return False
          return True

      def primes_up_to(n):
          ps = [k for k in range(1, ${stop}) if is_prime(k)]
          ${finish}
    `;
    const what = {
      count: 'the number of primes p with p <= n',
      sum: 'the sum of all primes p with p <= n',
      largest: 'the largest prime p with p <= n, or None if there is none',
      'count-below': 'the number of primes p with p < n',
    }[task];
    return {
      entryPoint: 'primes_up_to',
      signature: `def primes_up_to(n: int) -> int${task === 'largest' ? ' | None' : ''}:`,
      description: `Return ${what ?? ''}. 1 is not a prime; n can be any integer (for n < 2 there are no primes).`,
      solution: body('int(k ** 0.5) + 1'),
      buggy: [
        body('int(k ** 0.5)'),
        body('int(k ** 0.5) + 1', '1'),
        body('int(k ** 0.5) + 1', '2', task === 'count-below' ? 'n + 1' : 'n'),
      ],
      publicCases: casesOf(ref, [[10 + rng.int(10)], [20 + rng.int(20)]]),
      hiddenCases: casesOf(ref, [[1], [2], [9], [25], [0], [49], [97], [-5]]),
      difficulty: 0.35,
    };
  },
});

const PAIRS: ReadonlyArray<[number, number]> = [
  [2, 3],
  [2, 5],
  [2, 7],
  [3, 4],
  [3, 5],
  [3, 7],
  [4, 5],
  [4, 7],
  [5, 6],
  [5, 7],
  [6, 7],
];
const WORDS: ReadonlyArray<[string, string]> = [
  ['Fizz', 'Buzz'],
  ['Ping', 'Pong'],
  ['Foo', 'Bar'],
  ['Tick', 'Tock'],
];

/** Generalised FizzBuzz. */
const fizz = defineFamily({
  id: 'fizz-buzz',
  topic: 'number theory',
  params: grid({ pair: span(0, PAIRS.length - 1), words: span(0, WORDS.length - 1) }),
  build: ({ pair, words }, rng) => {
    const [a, b] = PAIRS[pair] ?? [3, 5];
    const [wa, wb] = WORDS[words] ?? ['Fizz', 'Buzz'];
    const ref = (n: number): string[] =>
      span(1, n).map((i) => (i % (a * b) === 0 ? wa + wb : i % a === 0 ? wa : i % b === 0 ? wb : String(i)));
    const body = (order: string[], stop = 'n + 1'): string => py`
      def fizz_list(n):
          out = []
          for i in range(1, ${stop}):
              ${order.join('\n')}
              else:
                  out.append(str(i))
          return out
    `;
    const both = `if i % ${a} == 0 and i % ${b} == 0:\n    out.append('${wa}${wb}')`;
    const onlyA = `if i % ${a} == 0:\n    out.append('${wa}')`;
    const onlyB = `if i % ${b} == 0:\n    out.append('${wb}')`;
    const el = (s: string): string => `el${s}`;
    return {
      entryPoint: 'fizz_list',
      signature: 'def fizz_list(n: int) -> list[str]:',
      description:
        `Return a list for the numbers 1 to n inclusive: '${wa}${wb}' for multiples of both ${a} and ${b}, ` +
        `'${wa}' for other multiples of ${a}, '${wb}' for other multiples of ${b}, and the number as a string ` +
        'otherwise. n = 0 gives an empty list.',
      solution: body([both, el(onlyA), el(onlyB)]),
      buggy: [
        body([onlyA, el(onlyB), el(both)]),
        body([both, el(onlyA), el(onlyB)], 'n'),
        body([both.replace(' and ', ' or '), el(onlyA), el(onlyB)]),
      ],
      publicCases: casesOf(ref, [[Math.min(a, b) + 1 + rng.int(2)], [Math.max(a, b)]]),
      hiddenCases: casesOf(ref, [[0], [1], [a * b], [a * b + 1], [2 * a * b], [b]]),
      difficulty: 0.2,
    };
  },
});

/** Writes n in base b. */
const toBase = defineFamily({
  id: 'to-base',
  topic: 'number theory',
  params: span(2, 9).map((b) => ({ b })),
  build: ({ b }, rng) => {
    const ref = (n: number): string => n.toString(b);
    const body = (guard: string, join: string, loop = 'n > 0'): string => py`
      def to_base(n):
          ${guard}
          digits = []
          while ${loop}:
              digits.append(str(n % ${b}))
              n //= ${b}
          return ${join}
    `;
    const guard = "if n == 0:\n    return '0'";
    return {
      entryPoint: 'to_base',
      signature: 'def to_base(n: int) -> str:',
      description: `Return the base-${b} representation of the non-negative integer \`n\` as a string of digits, most significant digit first, with no leading zeros ('0' for zero).`,
      solution: body(guard, "''.join(reversed(digits))"),
      buggy: [
        body('pass', "''.join(reversed(digits))"),
        body(guard, "''.join(digits)"),
        body(guard, "''.join(reversed(digits))", `n > ${b}`),
      ],
      publicCases: casesOf(
        ref,
        randInts(rng, 2, b * b, 500).map((n): [number] => [n]),
      ),
      hiddenCases: casesOf(ref, [[0], [1], [b], [b - 1], [b * b + 1], [1000], [b * 3 + 1]]),
      difficulty: 0.3,
    };
  },
});

/** Terms of a linear recurrence a(n) = a(n-1) + c·a(n-2). */
const recurrence = defineFamily({
  id: 'recurrence-term',
  topic: 'number theory',
  params: grid({ a0: span(0, 3), a1: span(1, 4), c: span(1, 3) }),
  build: ({ a0, a1, c }, rng) => {
    const ref = (n: number): number => {
      let [x, y] = [a0, a1];
      for (let i = 0; i < n; i++) [x, y] = [y, y + c * x];
      return x;
    };
    const body = (loop: string, start = `${a0}, ${a1}`): string => py`
      def term(n):
          a, b = ${start}
          for _ in range(${loop}):
              a, b = b, b + ${c} * a
          return a
    `;
    return {
      entryPoint: 'term',
      signature: 'def term(n: int) -> int:',
      description:
        `A sequence starts a(0) = ${a0}, a(1) = ${a1}, and continues a(n) = a(n-1) + ${c === 1 ? '' : `${c}·`}a(n-2). ` +
        'Return a(n) for n >= 0.',
      solution: body('n'),
      buggy: [body('n + 1'), body('n - 1'), body('n', `${a1}, ${a0 + a1 + 1}`)],
      publicCases: casesOf(ref, [[2 + rng.int(3)], [5 + rng.int(3)]]),
      hiddenCases: casesOf(ref, [[0], [1], [2], [10], [15], [3]]),
      difficulty: 0.3 + c * 0.03,
    };
  },
});

/** Exported for the suite: number-theory families. */
export const NUMBER_FAMILIES: readonly CodeFamily[] = [digitPower, primes, fizz, toBase, recurrence];
