import type { CodeFamily } from './codeFamilyTypes.ts';
import { casesOf, defineFamily, grid, py, randInts, span } from './codeFamilyTypes.ts';

const MULTIPLE_PAIRS = span(2, 9).flatMap((a) =>
  span(a + 1, 9)
    .filter((b) => b % a !== 0)
    .map((b) => [a, b] as const),
);

/** Sum of the numbers below (or up to) n that are multiples of a or b. */
const multiplesSum = defineFamily({
  id: 'sum-of-multiples',
  topic: 'number theory',
  params: grid({ pair: span(0, MULTIPLE_PAIRS.length - 1), bound: ['below', 'up to'] }),
  build: ({ pair, bound }, rng) => {
    const [a, b] = MULTIPLE_PAIRS[pair] ?? [3, 5];
    const ref = (n: number): number =>
      span(1, bound === 'below' ? n - 1 : n)
        .filter((i) => i % a === 0 || i % b === 0)
        .reduce((s, i) => s + i, 0);
    const stop = bound === 'below' ? 'n' : 'n + 1';
    const body = (expr: string, end = stop): string => py`
      def sum_of_multiples(n):
          return ${expr.replace('END', end)}
    `;
    const good = `sum(i for i in range(1, END) if i % ${a} == 0 or i % ${b} == 0)`;
    return {
      entryPoint: 'sum_of_multiples',
      signature: 'def sum_of_multiples(n: int) -> int:',
      description:
        `Return the sum of all positive integers ${bound === 'below' ? 'less than' : 'less than or equal to'} n ` +
        `that are multiples of ${a} or of ${b} (numbers that are multiples of both count once).`,
      solution: body(good),
      buggy: [
        body(good, bound === 'below' ? 'n + 1' : 'n'),
        body(`sum(range(${a}, END, ${a})) + sum(range(${b}, END, ${b}))`),
        body(good.replace(' or ', ' and ')),
      ],
      publicCases: casesOf(ref, [[Math.max(a, b) + 1 + rng.int(3)], [10 + rng.int(10)]]),
      hiddenCases: casesOf(ref, [
        [0],
        [1],
        [a * b],
        [a * b + 1],
        [100],
        [b],
        [...randInts(rng, 1, 20, 60)] as [number],
      ]),
      difficulty: 0.25,
    };
  },
});

/** Rounds to a multiple of m: nearest (ties up), always up, or always down. */
const roundMultiple = defineFamily({
  id: 'round-to-multiple',
  topic: 'number theory',
  // Integers have exact ties only for even m, so "nearest, ties up" uses even m (and not 2, where it is "up").
  params: [
    ...grid({ m: span(2, 10), how: ['up', 'down'] }),
    ...[4, 6, 8, 10].map((m) => ({ m, how: 'nearest' })),
  ],
  build: ({ m, how }, rng) => {
    const floorDiv = (x: number): number => Math.floor(x / m);
    const ref = (n: number): number =>
      how === 'down'
        ? floorDiv(n) * m
        : how === 'up'
          ? -floorDiv(-n) * m
          : floorDiv(n + Math.floor(m / 2)) * m;
    const good =
      {
        down: `n // ${m} * ${m}`,
        up: `-(-n // ${m}) * ${m}`,
        nearest: `(n + ${Math.floor(m / 2)}) // ${m} * ${m}`,
      }[how] ?? '';
    const wrong1 =
      { down: `int(n / ${m}) * ${m}`, up: `(n // ${m} + 1) * ${m}`, nearest: `round(n / ${m}) * ${m}` }[
        how
      ] ?? '';
    const wrong2 =
      {
        down: `n - n % ${m} + ${m}`,
        up: `int(n / ${m} + 1) * ${m}`,
        nearest: `(n + ${Math.floor(m / 2) - 1}) // ${m} * ${m}`,
      }[how] ?? '';
    const body = (expr: string): string => py`
      def round_to_multiple(n):
          return ${expr}
    `;
    const rule = {
      nearest: `the nearest multiple of ${m}; when n is exactly halfway between two multiples, take the larger one`,
      up: `the smallest multiple of ${m} that is >= n`,
      down: `the largest multiple of ${m} that is <= n`,
    }[how];
    const halfway = m % 2 === 0 ? m / 2 : m + 1;
    return {
      entryPoint: 'round_to_multiple',
      signature: 'def round_to_multiple(n: int) -> int:',
      description: `Return ${rule ?? ''}. n may be negative or zero.`,
      solution: body(good),
      buggy: [body(wrong1), body(wrong2)],
      publicCases: casesOf(
        ref,
        randInts(rng, 2, m + 1, 60).map((n): [number] => [n]),
      ),
      hiddenCases: casesOf(ref, [
        [0],
        [m],
        [-(m + 1)],
        [halfway],
        [3 * m + halfway],
        [-halfway],
        [m * 7 - 1],
        [2 * m + 1],
      ]),
      difficulty: 0.3 + (how === 'nearest' ? 0.05 : 0),
    };
  },
});

/** Greatest common divisor or least common multiple of a list. */
const gcdLcm = defineFamily({
  id: 'gcd-lcm-list',
  topic: 'number theory',
  params: [{ what: 'gcd' }, { what: 'lcm' }],
  build: ({ what }, rng) => {
    const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
    const ref = (xs: number[]): number =>
      what === 'gcd' ? xs.reduce((g, x) => gcd(g, x), 0) : xs.reduce((l, x) => (l * x) / gcd(l, x), 1);
    const body = (init: string, step: string): string => py`
      def gcd2(a, b):
          while b:
              a, b = b, a % b
          return a

      def combine_all(nums):
          acc = ${init}
          for x in nums:
              acc = ${step}
          return acc
    `;
    const good = what === 'gcd' ? 'gcd2(acc, x)' : 'acc * x // gcd2(acc, x)';
    return {
      entryPoint: 'combine_all',
      signature: 'def combine_all(nums: list[int]) -> int:',
      description:
        what === 'gcd'
          ? 'Return the greatest common divisor of the positive integers in `nums` (0 for an empty list).'
          : 'Return the least common multiple of the positive integers in `nums` (1 for an empty list).',
      solution: body(what === 'gcd' ? '0' : '1', good),
      buggy:
        what === 'gcd'
          ? [
              body('1', good),
              body('0', 'min(acc, x) if acc else x'),
              body('nums[0] if nums else 0', 'gcd2(acc, x) if x % acc == 0 else 1'),
            ]
          : [
              body('1', 'acc * x'),
              body('0', good.replace('acc * x //', 'max(acc, x) //')),
              body('1', 'max(acc, x)'),
            ],
      publicCases: casesOf(ref, [[randInts(rng, 3, 1, 6).map((x) => x * 4)], [randInts(rng, 2, 2, 9)]]),
      hiddenCases: casesOf(ref, [
        [[]],
        [[7]],
        [[4, 6]],
        [[12, 18, 30]],
        [[5, 7, 11]],
        [[8, 8]],
        [[9, 6, 15]],
      ]),
      difficulty: 0.3,
    };
  },
});

/** More number-theory families: multiples, rounding, gcd and lcm. */
export const NUMBER_FAMILIES_2: readonly CodeFamily[] = [multiplesSum, roundMultiple, gcdLcm];
