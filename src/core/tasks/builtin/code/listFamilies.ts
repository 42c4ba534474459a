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

/** Rotates a list by a fixed number of places. */
const rotate = defineFamily({
  id: 'rotate-list',
  topic: 'lists',
  params: grid({ k: span(3, 8), dir: ['left', 'right'] }),
  build: ({ k, dir }, rng) => {
    const ref = (xs: number[]): number[] => {
      if (xs.length === 0) return [];
      const s = k % xs.length;
      const t = dir === 'left' ? s : (xs.length - s) % xs.length;
      return [...xs.slice(t), ...xs.slice(0, t)];
    };
    const rot = dir === 'left' ? 'items[s:] + items[:s]' : 'items[len(items) - s:] + items[:len(items) - s]';
    const wrong =
      dir === 'left' ? 'items[len(items) - s:] + items[:len(items) - s]' : 'items[s:] + items[:s]';
    const body = (guard: string, shift: string, expr = rot): string => py`
      def rotate(items):
          ${guard}
          s = ${shift}
          return ${expr}
    `;
    const guard = 'if not items:\n    return []';
    const list = (n: number): number[] => randInts(rng, n, 0, 99);
    return {
      entryPoint: 'rotate',
      signature: 'def rotate(items: list[int]) -> list[int]:',
      description:
        `Return a new list with \`items\` rotated ${k} place${k > 1 ? 's' : ''} to the ${dir} ` +
        `(${dir === 'left' ? 'the first element moves to the end' : 'the last element moves to the front'} at ` +
        'each step). Lists shorter than the shift wrap around; an empty list stays empty.',
      solution: body(guard, `${k} % len(items)`),
      buggy: [
        // A right rotation without the modulo happens to wrap through negative indices, so its slip is different.
        body(guard, dir === 'left' ? `${k}` : `${k - 1} % len(items)`),
        body('pass', `${k} % len(items)`),
        body(guard, `${k} % len(items)`, wrong),
      ],
      publicCases: casesOf(ref, [[list(k + 3)], [list(k + 5)]]),
      hiddenCases: casesOf(ref, [
        [[]],
        [list(1)],
        [span(1, k - 1)],
        [list(k + 4)],
        [[1, 2, 3, 4, 5, 6, 7, 8, 9]],
        [[7, 1]],
      ]),
      difficulty: 0.25,
    };
  },
});

/** Keeps at most m copies of each value, earliest first. */
const limitCopies = defineFamily({
  id: 'limit-copies',
  topic: 'lists',
  params: span(1, 4).map((m) => ({ m })),
  build: ({ m }, rng) => {
    const ref = (xs: number[]): number[] => {
      const seen = new Map<number, number>();
      return xs.filter((x) => {
        const n = (seen.get(x) ?? 0) + 1;
        seen.set(x, n);
        return n <= m;
      });
    };
    const body = (cond: string): string => py`
      def limit_copies(items):
          seen = {}
          result = []
          for x in items:
              seen[x] = seen.get(x, 0) + 1
              if ${cond}:
                  result.append(x)
          return result
    `;
    const list = (): number[] => randInts(rng, 8 + rng.int(5), 1, 5);
    return {
      entryPoint: 'limit_copies',
      signature: 'def limit_copies(items: list[int]) -> list[int]:',
      description:
        `Return \`items\` with each value kept at most ${m === 1 ? 'once' : `${m} times`}: keep the earliest ` +
        'occurrences, drop later ones, and preserve the original order.',
      solution: body(`seen[x] <= ${m}`),
      buggy: [body(`seen[x] < ${m}`), body(`items.count(x) <= ${m}`), body(`seen[x] <= ${m + 1}`)],
      publicCases: casesOf(ref, [[list()], [list()]]),
      hiddenCases: casesOf(ref, [
        [[]],
        [[3, 3, 3, 3, 3, 3]],
        [[1, 2, 3]],
        [[2, 1, 2, 1, 2, 1, 2, 1, 2, 1]],
        [list()],
        [[5, 5, 4, 5, 4, 5, 4, 4, 4]],
      ]),
      difficulty: 0.3,
    };
  },
});

/** Counts index pairs whose sum or difference hits a target. */
const pairCount = defineFamily({
  id: 'pair-count',
  topic: 'lists',
  params: [
    ...span(4, 24).map((t) => ({ t, rel: 'sum' })),
    ...span(1, 12).map((t) => ({ t, rel: 'difference' })),
  ],
  build: ({ t, rel }, rng) => {
    const hit = (a: number, b: number): boolean => (rel === 'sum' ? a + b === t : Math.abs(a - b) === t);
    const ref = (xs: number[]): number => {
      let n = 0;
      for (let i = 0; i < xs.length; i++)
        for (let j = i + 1; j < xs.length; j++) if (hit(xs[i] ?? 0, xs[j] ?? 0)) n++;
      return n;
    };
    const cond = rel === 'sum' ? `nums[i] + nums[j] == ${t}` : `abs(nums[i] - nums[j]) == ${t}`;
    const body = (inner: string, c = cond): string => py`
      def count_pairs(nums):
          count = 0
          for i in range(len(nums)):
              for j in range(${inner}):
                  if ${c}:
                      count += 1
          return count
    `;
    const list = (): number[] => randInts(rng, 6 + rng.int(4), 0, t + 2);
    const half = rel === 'sum' && t % 2 === 0 ? t / 2 : t + 1;
    return {
      entryPoint: 'count_pairs',
      signature: 'def count_pairs(nums: list[int]) -> int:',
      description:
        `Return how many index pairs (i, j) with i < j satisfy ${rel === 'sum' ? `nums[i] + nums[j] == ${t}` : `abs(nums[i] - nums[j]) == ${t}`}. ` +
        'Equal values at different positions form separate pairs.',
      solution: body('i + 1, len(nums)'),
      buggy: [
        body('len(nums)'),
        body('i + 1, len(nums) - 1'),
        rel === 'difference'
          ? body('i + 1, len(nums)', `nums[i] - nums[j] == ${t}`)
          : t % 2 === 0
            ? body('i, len(nums)')
            : body('i + 1, len(nums)', `nums[i] + nums[j] >= ${t}`),
      ],
      publicCases: casesOf(ref, [[list()], [list()]]),
      hiddenCases: casesOf(ref, [
        [[]],
        [[half, half, half]],
        [[0, t]],
        [[t, 0, t, 0]],
        [list()],
        [[1]],
        [[t, t]],
      ]),
      difficulty: 0.3 + (rel === 'difference' ? 0.05 : 0),
    };
  },
});

/** List families: order statistics, windows, chunks, rotation, copies, pairs. */
export const LIST_FAMILIES: readonly CodeFamily[] = [
  kthDistinct,
  windowSum,
  chunk,
  rotate,
  limitCopies,
  pairCount,
];
