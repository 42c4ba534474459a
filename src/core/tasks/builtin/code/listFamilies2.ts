import type { CodeFamily } from './codeFamilyTypes.ts';
import { casesOf, defineFamily, py, randInts, span } from './codeFamilyTypes.ts';

/** Running sums, products, maxima or minima. */
const running = defineFamily({
  id: 'running-aggregate',
  topic: 'lists',
  params: [{ agg: 'sum' }, { agg: 'product' }, { agg: 'maximum' }, { agg: 'minimum' }],
  build: ({ agg }, rng) => {
    const step = (a: number, x: number): number =>
      agg === 'sum' ? a + x : agg === 'product' ? a * x : agg === 'maximum' ? Math.max(a, x) : Math.min(a, x);
    const ref = (xs: number[]): number[] => {
      const out: number[] = [];
      xs.forEach((x, i) => out.push(i === 0 ? x : step(out[i - 1] ?? 0, x)));
      return out;
    };
    const combine =
      { sum: 'acc + x', product: 'acc * x', maximum: 'max(acc, x)', minimum: 'min(acc, x)' }[agg] ?? '';
    const neutral = { sum: '0', product: '1', maximum: "float('-inf')", minimum: "float('inf')" }[agg] ?? '0';
    const body = (init: string, loop: string): string => py`
      def running(nums):
          result = []
          acc = ${init}
          ${loop}
          return result
    `;
    const update = `for x in nums:\n    acc = ${combine}\n    result.append(acc)`;
    const late = `for x in nums:\n    result.append(acc)\n    acc = ${combine}`;
    const skip = `for x in nums[1:]:\n    acc = ${combine}\n    result.append(acc)`;
    const list = (): number[] =>
      randInts(rng, 5 + rng.int(3), agg === 'product' ? -3 : -9, agg === 'product' ? 4 : 9);
    return {
      entryPoint: 'running',
      signature: 'def running(nums: list[int]) -> list[int]:',
      description:
        `Return a list of the same length as \`nums\` whose i-th element is the ${agg} of nums[0..i] (the ` +
        `running ${agg}, including element i). An empty list gives an empty list.`,
      solution: body(neutral, update),
      buggy: [
        body(agg === 'sum' ? 'nums[0] if nums else 0' : '0', update),
        body(neutral, late),
        body('nums[0] if nums else 0', skip),
      ],
      publicCases: casesOf(ref, [[list()], [list()]]),
      hiddenCases: casesOf(ref, [
        [[]],
        [[5]],
        [[-3, -7, -1, -9]],
        [[2, 3, 4, 1]],
        [list()],
        [[4, -2, 6, -8, 1]],
      ]),
      difficulty: 0.25,
    };
  },
});

/** Every n-th element starting at index s. */
const everyNth = defineFamily({
  id: 'every-nth',
  topic: 'lists',
  params: span(2, 6).flatMap((n) => span(0, n - 1).map((s) => ({ n, s }))),
  build: ({ n, s }, rng) => {
    const ref = (xs: number[]): number[] => xs.filter((_, i) => i >= s && (i - s) % n === 0);
    const body = (slice: string): string => py`
      def every_nth(items):
          return items[${slice}]
    `;
    const list = (len: number): number[] => randInts(rng, len, 0, 99);
    return {
      entryPoint: 'every_nth',
      signature: 'def every_nth(items: list[int]) -> list[int]:',
      description:
        `Return the elements of \`items\` at indices ${s}, ${s + n}, ${s + 2 * n}, … (every ${n}th element, ` +
        `starting at index ${s}), in order.`,
      solution: body(`${s}::${n}`),
      buggy: [body(`${s + 1}::${n}`), body(`${s}::${n + 1}`), body(`${s}:${n}`)],
      publicCases: casesOf(ref, [[list(3 * n + 1)], [list(2 * n + 3)]]),
      hiddenCases: casesOf(ref, [
        [[]],
        [list(s + 1)],
        [span(0, 4 * n)],
        [list(n)],
        [list(5 * n + 2)],
        [span(10, 10 + 3 * n)],
      ]),
      difficulty: 0.15,
    };
  },
});

/** More list families: running aggregates, strides. */
export const LIST_FAMILIES_2: readonly CodeFamily[] = [running, everyNth];
