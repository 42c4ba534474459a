import type { CodeFamily } from './codeFamilyTypes.ts';
import { casesOf, defineFamily, grid, py, randInts, span } from './codeFamilyTypes.ts';

const ORDINAL = ['', 'first', 'second', 'third', 'fourth', 'fifth'];

/** The k-th largest or smallest distinct value, or None. */
const kthDistinct = defineFamily({
  id: 'kth-distinct',
  topic: 'lists',
  params: grid({ k: span(2, 5), end: ['largest', 'smallest'] }),
  build: ({ k, end }, rng) => {
    const ref = (xs: number[]): number | null => {
      const vals = [...new Set(xs)].sort((a, b) => (end === 'largest' ? b - a : a - b));
      return vals[k - 1] ?? null;
    };
    const rev = end === 'largest' ? ', reverse=True' : '';
    const body = (
      vals: string,
      pickExpr: string,
      guard = `if len(vals) < ${k}:\n    return None`,
    ): string => py`
      def kth_distinct(nums):
          vals = sorted(${vals}${rev})
          ${guard}
          return ${pickExpr}
    `;
    const list = (): number[] => randInts(rng, 6 + rng.int(4), -20, 40);
    return {
      entryPoint: 'kth_distinct',
      signature: 'def kth_distinct(nums: list[int]) -> int | None:',
      description:
        `Return the ${ORDINAL[k] ?? k} ${end} distinct value in \`nums\` (equal values count once). Return None ` +
        `when \`nums\` has fewer than ${k} distinct values.`,
      solution: body('set(nums)', `vals[${k - 1}]`),
      buggy: [
        body('nums', `vals[${k - 1}]`),
        body('set(nums)', `vals[${k - 1}]`, 'pass'),
        body('set(nums)', `vals[-${k}]`),
      ],
      publicCases: casesOf(ref, [[list()], [list()]]),
      hiddenCases: casesOf(ref, [
        [[9, 9, 9, 5, 5, 1, 1, 7, 7, 3]],
        [[]],
        [span(1, k - 1)],
        [[4, 4, 4, 4]],
        [[-3, -1, -2, -1, -5, -4, -6]],
        [list()],
      ]),
      difficulty: 0.3 + k * 0.02,
    };
  },
});

/** The best sum of k consecutive elements. */
const windowSum = defineFamily({
  id: 'window-sum',
  topic: 'lists',
  params: grid({ k: span(2, 7), best: ['largest', 'smallest'] }),
  build: ({ k, best }, rng) => {
    const fn = best === 'largest' ? 'max' : 'min';
    const ref = (xs: number[]): number | null => {
      if (xs.length < k) return null;
      let out: number | null = null;
      for (let i = 0; i + k <= xs.length; i++) {
        const s = xs.slice(i, i + k).reduce((a, b) => a + b, 0);
        out = out === null ? s : best === 'largest' ? Math.max(out, s) : Math.min(out, s);
      }
      return out;
    };
    const body = (guard: string, init: string, stop: string): string => py`
      def best_window(nums):
          ${guard}
          best = ${init}
          for i in range(${stop}):
              best = ${fn}(best, sum(nums[i:i + ${k}]))
          return best
    `;
    const guard = `if len(nums) < ${k}:\n    return None`;
    const list = (): number[] => randInts(rng, k + 3 + rng.int(4), -9, 9);
    const climbing = span(1, k + 3).map((x) => (best === 'largest' ? x : -x));
    const signFlip = best === 'largest' ? -1 : 1;
    return {
      entryPoint: 'best_window',
      signature: 'def best_window(nums: list[int]) -> int | None:',
      description:
        `Return the ${best} sum of ${k} consecutive elements of \`nums\`. Return None when \`nums\` has fewer ` +
        `than ${k} elements.`,
      solution: body(guard, `sum(nums[:${k}])`, `1, len(nums) - ${k - 1}`),
      buggy: [
        body(guard, `sum(nums[:${k}])`, `1, len(nums) - ${k}`),
        body(guard, '0', `len(nums) - ${k - 1}`),
        body('pass', `sum(nums[:${k}])`, `1, len(nums) - ${k - 1}`),
      ],
      publicCases: casesOf(ref, [[list()], [list()]]),
      hiddenCases: casesOf(ref, [
        [climbing],
        [span(1, k + 2).map((x) => x * signFlip)],
        [span(1, k - 1)],
        [[]],
        [span(1, k).map(() => 0)],
        [list()],
      ]),
      difficulty: 0.35 + k * 0.01,
    };
  },
});

/** Splits a list into chunks of size k, keeping or dropping a short last chunk. */
const chunk = defineFamily({
  id: 'chunk-list',
  topic: 'lists',
  params: grid({ k: span(2, 6), last: ['keep', 'drop'] }),
  build: ({ k, last }, rng) => {
    const ref = (xs: number[]): number[][] => {
      const out: number[][] = [];
      for (let i = 0; i < xs.length; i += k)
        if (last === 'keep' || i + k <= xs.length) out.push(xs.slice(i, i + k));
      return out;
    };
    const body = (stop: string, step = `${k}`): string => py`
      def chunk(items):
          return [items[i:i + ${k}] for i in range(0, ${stop}, ${step})]
    `;
    const keepStop = 'len(items)';
    const dropStop = `len(items) - ${k - 1}`;
    const list = (n: number): number[] => randInts(rng, n, 0, 50);
    return {
      entryPoint: 'chunk',
      signature: 'def chunk(items: list[int]) -> list[list[int]]:',
      description:
        `Split \`items\` into consecutive chunks of ${k} elements, in order. ` +
        (last === 'keep'
          ? `If the length is not a multiple of ${k}, the last chunk is shorter and is kept.`
          : `If the length is not a multiple of ${k}, the leftover elements at the end are dropped.`),
      solution: body(last === 'keep' ? keepStop : dropStop),
      buggy: [
        body(last === 'keep' ? dropStop : keepStop),
        body(last === 'keep' ? keepStop : dropStop, `${k - 1}`),
        body(last === 'keep' ? `len(items) - ${k}` : `len(items) - ${k}`),
      ],
      publicCases: casesOf(ref, [[list(k * 2)], [list(k * 3)]]),
      hiddenCases: casesOf(ref, [
        [[]],
        [list(k + 1)],
        [list(k - 1)],
        [list(k)],
        [list(3 * k + 2)],
        [list(2 * k)],
      ]),
      difficulty: 0.2,
    };
  },
});

/** List families: order statistics, windows, chunks. */
export const LIST_FAMILIES: readonly CodeFamily[] = [kthDistinct, windowSum, chunk];
