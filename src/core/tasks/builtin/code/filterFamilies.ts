import type { CodeFamily } from './codeFamilyTypes.ts';
import { casesOf, defineFamily, grid, py, randInts, span } from './codeFamilyTypes.ts';

/** Clamps every value into [lo, hi]. */
const clamp = defineFamily({
  id: 'clamp-values',
  topic: 'lists',
  params: span(0, 5).flatMap((lo) => span(3, 8).map((w) => ({ lo: lo * 2 - 4, hi: lo * 2 - 4 + w }))),
  build: ({ lo, hi }, rng) => {
    const ref = (xs: number[]): number[] => xs.map((x) => Math.min(hi, Math.max(lo, x)));
    const body = (expr: string): string => py`
      def clamp_all(nums):
          return [${expr} for x in nums]
    `;
    const list = (): number[] => randInts(rng, 6 + rng.int(3), lo - 6, hi + 6);
    return {
      entryPoint: 'clamp_all',
      signature: 'def clamp_all(nums: list[int]) -> list[int]:',
      description:
        `Return a new list where every value of \`nums\` below ${lo} becomes ${lo}, every value above ${hi} ` +
        `becomes ${hi}, and the others stay as they are.`,
      solution: body(`min(${hi}, max(${lo}, x))`),
      buggy: [body(`min(${hi}, x)`), body(`max(${hi}, min(${lo}, x))`), body(`max(${lo}, x)`)],
      publicCases: casesOf(ref, [[list()], [span(lo, hi)]]),
      hiddenCases: casesOf(ref, [
        [[]],
        [[lo - 1, hi + 1]],
        [[lo, hi]],
        [[lo - 100, hi + 100, lo + 1]],
        [list()],
      ]),
      difficulty: 0.1,
    };
  },
});

/** Counts values inside a range with given inclusivity. */
const countInRange = defineFamily({
  id: 'count-in-range',
  topic: 'lists',
  params: grid({ lo: span(-2, 3), width: span(3, 8) }),
  build: ({ lo, width }, rng) => {
    const hi = lo + width;
    const ref = (xs: number[]): number => xs.filter((x) => x >= lo && x < hi).length;
    const body = (cond: string): string => py`
      def count_in_range(nums):
          return sum(1 for x in nums if ${cond})
    `;
    const list = (): number[] => randInts(rng, 7 + rng.int(4), lo - 4, hi + 4);
    return {
      entryPoint: 'count_in_range',
      signature: 'def count_in_range(nums: list[int]) -> int:',
      description:
        `Return how many values of \`nums\` lie in the half-open range [${lo}, ${hi}): at least ${lo} and ` +
        `strictly less than ${hi}.`,
      solution: body(`${lo} <= x < ${hi}`),
      buggy: [body(`${lo} <= x <= ${hi}`), body(`${lo} < x < ${hi}`), body(`${lo} <= x or x < ${hi}`)],
      publicCases: casesOf(ref, [[list()], [list()]]),
      hiddenCases: casesOf(ref, [
        [[]],
        [[lo, hi]],
        [[hi - 1, lo - 1, hi]],
        [[lo, lo, lo]],
        [list()],
        [[lo - 50, hi + 50]],
      ]),
      difficulty: 0.15,
    };
  },
});

/** Counts values that are (or are not) divisible by d. */
const countDivisible = defineFamily({
  id: 'count-divisible',
  topic: 'number theory',
  params: grid({ d: span(2, 9), want: ['divisible', 'not divisible'] }),
  build: ({ d, want }, rng) => {
    const div = (x: number): boolean => ((x % d) + d) % d === 0;
    const ref = (xs: number[]): number => xs.filter((x) => (want === 'divisible' ? div(x) : !div(x))).length;
    const good = want === 'divisible' ? `x % ${d} == 0` : `x % ${d} != 0`;
    const body = (cond: string, items = 'nums'): string => py`
      def count_divisible(nums):
          count = 0
          for x in ${items}:
              if ${cond}:
                  count += 1
          return count
    `;
    const list = (): number[] => randInts(rng, 7 + rng.int(4), -30, 60);
    return {
      entryPoint: 'count_divisible',
      signature: 'def count_divisible(nums: list[int]) -> int:',
      description:
        `Return how many values of \`nums\` are ${want} by ${d}. Zero and negative numbers follow the usual ` +
        `rule (0 is divisible by ${d}, and so is -${d}).`,
      solution: body(good),
      buggy: [
        body(want === 'divisible' ? `x % ${d} == 0 and x != 0` : `x % ${d} != 0 or x == 0`),
        body(good, 'nums[1:]'),
        body(
          want === 'divisible'
            ? `${d} % x == 0 if x else False`
            : d === 2
              ? 'x % 2 != 0 and x > 0'
              : `x % ${d} == 1`,
        ),
      ],
      publicCases: casesOf(ref, [[list().map((x) => Math.abs(x) + 1)], [list().map((x) => Math.abs(x) + 1)]]),
      hiddenCases: casesOf(ref, [
        [[]],
        [[0, d, -d]],
        [[d, 1, 2 * d + 1]],
        [[d * 3, d * 5, d * 7 + 2]],
        [list()],
        [[d + 2, -(d + 3)]],
        [[d + 1, 2 * d]],
      ]),
      difficulty: 0.15,
    };
  },
});

/** The most common value with a tie rule. */
const mode = defineFamily({
  id: 'mode-value',
  topic: 'lists',
  params: [{ tie: 'smallest' }, { tie: 'largest' }, { tie: 'first seen' }],
  build: ({ tie }, rng) => {
    const ref = (xs: number[]): number | null => {
      const counts = new Map<number, number>();
      for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
      let best: number | null = null;
      for (const [x, c] of counts) {
        const bc = best === null ? -1 : (counts.get(best) ?? 0);
        if (
          c > bc ||
          (c === bc && best !== null && ((tie === 'smallest' && x < best) || (tie === 'largest' && x > best)))
        )
          best = x;
      }
      return best;
    };
    const key =
      tie === 'smallest'
        ? '(counts[x], -x)'
        : tie === 'largest'
          ? '(counts[x], x)'
          : '(counts[x], -first[x])';
    const wrongKey =
      tie === 'smallest' ? '(counts[x], x)' : tie === 'largest' ? '(counts[x], -x)' : '(counts[x], first[x])';
    const body = (k: string, guard = 'if not nums:\n    return None'): string => py`
      def mode_value(nums):
          ${guard}
          counts = {}
          first = {}
          for i, x in enumerate(nums):
              counts[x] = counts.get(x, 0) + 1
              first.setdefault(x, i)
          return max(counts, key=lambda x: ${k})
    `;
    const list = (): number[] => randInts(rng, 7 + rng.int(4), 1, 6);
    return {
      entryPoint: 'mode_value',
      signature: 'def mode_value(nums: list[int]) -> int | None:',
      description:
        'Return the value that occurs most often in `nums`. If several values tie, return the ' +
        `${tie === 'first seen' ? 'one that appears first in the list' : `${tie} of them`}. Return None for an empty list.`,
      solution: body(key),
      buggy: [
        body(wrongKey),
        body(key, 'pass'),
        // Plain max keeps the first maximal key in insertion order, which is right for "first seen".
        tie === 'first seen'
          ? body('counts[x]').replace('max(counts,', 'max(sorted(counts),')
          : body('counts[x]'),
      ],
      publicCases: casesOf(ref, [[[4, 1, 4, 2, 4, 3]], [list()]]),
      hiddenCases: casesOf(ref, [
        [[]],
        [[2, 9, 9, 2]],
        [[7]],
        [[5, 3, 5, 3, 8, 8]],
        [[1, 2, 3]],
        [list()],
        [[6, 6, 1, 1]],
      ]),
      difficulty: 0.35,
    };
  },
});

/** Filter families: clamping, range and divisibility counts, modes. */
export const FILTER_FAMILIES: readonly CodeFamily[] = [clamp, countInRange, countDivisible, mode];
