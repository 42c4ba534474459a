import type { CodeFamily } from './codeFamilyTypes.ts';
import { casesOf, defineFamily, grid, py, randInts, randWord, span } from './codeFamilyTypes.ts';
import { dict, type PyDict } from './toPyLiteral.ts';

const stripPunct = (w: string): string => w.replace(/^[.,!?]+|[.,!?]+$/g, '');

/** Word counts with a minimum length, punctuation stripped, case-folded or not. */
const wordCounts = defineFamily({
  id: 'word-counts',
  topic: 'dicts',
  params: grid({ k: span(1, 4), fold: ['lower-case', 'keep case'] }),
  build: ({ k, fold }, rng) => {
    const ref = (text: string): PyDict => {
      const out = new Map<string, number>();
      for (const raw of text.split(/\s+/).filter((w) => w !== '')) {
        const w = fold === 'lower-case' ? stripPunct(raw).toLowerCase() : stripPunct(raw);
        if (w.length >= k) out.set(w, (out.get(w) ?? 0) + 1);
      }
      return dict([...out]);
    };
    const norm = fold === 'lower-case' ? "raw.strip('.,!?').lower()" : "raw.strip('.,!?')";
    const body = (word: string, cond = `len(w) >= ${k}`): string => py`
      def word_counts(text):
          counts = {}
          for raw in text.split():
              w = ${word}
              if ${cond}:
                  counts[w] = counts.get(w, 0) + 1
          return counts
    `;
    const sentence = (): string =>
      Array.from({ length: 5 + rng.int(4) }, () => randWord(rng, 1, 6)).join(' ');
    const short = 'abcdefg'.slice(0, Math.max(1, k - 1));
    return {
      entryPoint: 'word_counts',
      signature: 'def word_counts(text: str) -> dict[str, int]:',
      description:
        'Split `text` on whitespace, strip the characters . , ! ? from both ends of each word' +
        (fold === 'lower-case'
          ? ' and lower-case it'
          : ' (keep its case: "Tree" and "tree" are different words)') +
        `, then return a dict mapping each resulting word with at least ${k} character${k > 1 ? 's' : ''} to ` +
        'how many times it occurs.',
      solution: body(norm),
      buggy: [
        body(fold === 'lower-case' ? 'raw.lower()' : 'raw'),
        body(norm, `len(raw) >= ${k}`),
        body(fold === 'lower-case' ? "raw.strip('.,!?')" : "raw.strip('.,!?').lower()"),
      ],
      publicCases: casesOf(ref, [[sentence()], [sentence()]]),
      hiddenCases: casesOf(ref, [
        [''],
        ['The cat, the CAT! the end.'],
        [`${short}! ${short}.`],
        ['Tree tree TREE, stop.'],
        ['wait ... what ?!'],
        ['a a a bb bb ccc'],
        [sentence()],
      ]),
      difficulty: 0.3,
    };
  },
});

/** Merges two count dicts by sum, maximum, or minimum over shared keys. */
const mergeCounts = defineFamily({
  id: 'merge-counts',
  topic: 'dicts',
  params: [{ how: 'sum' }, { how: 'max' }, { how: 'common-min' }],
  build: ({ how }, rng) => {
    const ref = (a: PyDict, b: PyDict): PyDict => {
      const am = new Map(a.dict as Array<[string, number]>);
      const bm = new Map(b.dict as Array<[string, number]>);
      if (how === 'common-min')
        return dict(
          [...am]
            .filter(([k]) => bm.has(k))
            .map(([k, v]): [string, number] => [k, Math.min(v, bm.get(k) ?? 0)]),
        );
      const out = new Map(am);
      for (const [k, v] of bm)
        out.set(k, how === 'sum' ? (out.get(k) ?? 0) + v : Math.max(out.get(k) ?? 0, v));
      return dict([...out]);
    };
    const loop = (expr: string): string => py`
      def merge_counts(a, b):
          out = dict(a)
          for k, v in b.items():
              out[k] = ${expr}
          return out
    `;
    const comp = (expr: string, keys = 'if k in b'): string => py`
      def merge_counts(a, b):
          return {k: ${expr} for k in a ${keys}}
    `;
    const solution =
      how === 'sum'
        ? loop('out.get(k, 0) + v')
        : how === 'max'
          ? loop('max(out.get(k, 0), v)')
          : comp('min(a[k], b[k])');
    const buggy =
      how === 'sum'
        ? [loop('v'), comp('a[k] + b.get(k, 0)', ''), loop('out.get(k, 1) + v')]
        : how === 'max'
          ? [loop('v'), loop('min(out.get(k, 0), v)'), comp('max(a[k], b.get(k, 0))', '')]
          : [
              comp('min(a[k], b.get(k, 0))', ''),
              comp('max(a[k], b[k])'),
              comp('min(a[k], b[k])', 'if k in b and a[k] != b[k]'),
            ];
    const keys = ['red', 'blue', 'green', 'gold', 'teal', 'gray'];
    const rand = (): PyDict =>
      dict(keys.filter(() => rng.next() < 0.6).map((k): [string, number] => [k, 1 + rng.int(9)]));
    return {
      entryPoint: 'merge_counts',
      signature: 'def merge_counts(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:',
      description:
        {
          sum: 'Return a new dict with every key of `a` or `b`; a key in both gets the sum of its two values.',
          max: 'Return a new dict with every key of `a` or `b`; a key in both gets the larger of its two values.',
          'common-min':
            'Return a new dict with only the keys present in both `a` and `b`, each with the smaller of its two values.',
        }[how] ?? '',
      solution,
      buggy,
      publicCases: casesOf(ref, [
        [rand(), rand()],
        [rand(), rand()],
      ]),
      hiddenCases: casesOf(ref, [
        [dict({}), dict({})],
        [dict({ x: 1 }), dict({})],
        [dict({}), dict({ y: 2 })],
        [dict({ a: 3, b: 1 }), dict({ a: 5, b: 1, c: 4 })],
        [dict({ a: 9, b: 2 }), dict({ a: 4, b: 7 })],
        [rand(), rand()],
      ]),
      difficulty: 0.25,
    };
  },
});

/** The k most frequent values, ties by smaller value. */
const topK = defineFamily({
  id: 'top-k-frequent',
  topic: 'dicts',
  params: span(1, 4).map((k) => ({ k })),
  build: ({ k }, rng) => {
    const ref = (xs: number[]): number[] => {
      const c = new Map<number, number>();
      for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
      return [...c.keys()].sort((a, b) => (c.get(b) ?? 0) - (c.get(a) ?? 0) || a - b).slice(0, k);
    };
    const body = (expr: string): string => py`
      def top_k(nums):
          counts = {}
          for x in nums:
              counts[x] = counts.get(x, 0) + 1
          return ${expr}
    `;
    return {
      entryPoint: 'top_k',
      signature: 'def top_k(nums: list[int]) -> list[int]:',
      description:
        `Return the ${k} most frequent value${k > 1 ? 's' : ''} of \`nums\`, most frequent first; values with the ` +
        `same count are ordered from smallest to largest. Return fewer when there are fewer than ${k} distinct values.`,
      solution: body(`sorted(counts, key=lambda x: (-counts[x], x))[:${k}]`),
      buggy: [
        body(`sorted(counts, key=lambda x: (-counts[x], -x))[:${k}]`),
        body(`sorted(counts, key=lambda x: -counts[x])[:${k}]`),
        body(`sorted(counts, key=lambda x: (counts[x], x))[:${k}]`),
      ],
      publicCases: casesOf(ref, [[randInts(rng, 10, 1, 5)], [randInts(rng, 12, 1, 6)]]),
      hiddenCases: casesOf(ref, [
        [[]],
        [[5, 5, 2, 2]],
        [[9, 8, 7, 6, 5, 4]],
        [[3, 3, 3, 1, 1, 2]],
        [[4]],
        [randInts(rng, 15, 1, 7)],
      ]),
      difficulty: 0.35,
    };
  },
});

/** Dict families: word counts, merged counts, top-k values. */
export const DICT_FAMILIES: readonly CodeFamily[] = [wordCounts, mergeCounts, topK];
