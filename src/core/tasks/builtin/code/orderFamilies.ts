import type { CodeFamily } from './codeFamilyTypes.ts';
import { casesOf, defineFamily, grid, py, randInts, span } from './codeFamilyTypes.ts';

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

/** Order families: rotation, limited copies, pair counts. */
export const ORDER_FAMILIES: readonly CodeFamily[] = [rotate, limitCopies, pairCount];
