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

/** Parses `key=value` pairs into a dict. */
const parsePairs = defineFamily({
  id: 'parse-pairs',
  topic: 'parsing',
  params: grid({ sep: [';', ',', '&'], kv: ['=', ':'] }),
  build: ({ sep, kv }, rng) => {
    const ref = (text: string): PyDict => {
      const out = new Map<string, string>();
      for (const piece of text.split(sep)) {
        if (piece.trim() === '') continue;
        const i = piece.indexOf(kv);
        out.set(piece.slice(0, i).trim(), piece.slice(i + 1).trim());
      }
      return dict([...out]);
    };
    const body = (skip: string, split: string, strip: boolean): string => py`
      def parse_pairs(text):
          result = {}
          for piece in text.split('${sep}'):
              ${skip}
              key, value = ${split}
              result[${strip ? 'key.strip()' : 'key'}] = ${strip ? 'value.strip()' : 'value'}
          return result
    `;
    const skip = 'if not piece.strip():\n    continue';
    const good = `piece.split('${kv}', 1)`;
    const pair = (): string => `${randWord(rng, 1, 5)}${kv}${randWord(rng, 1, 5)}`;
    return {
      entryPoint: 'parse_pairs',
      signature: 'def parse_pairs(text: str) -> dict[str, str]:',
      description:
        `\`text\` holds pairs like 'a${kv}1${sep}b${kv}2', separated by '${sep}'. Return a dict of keys to values ` +
        `(both strings, with surrounding spaces removed). A value is everything after the first '${kv}' of its ` +
        `pair (it may itself contain '${kv}'). Empty or blank pieces are skipped.`,
      solution: body(skip, good, true),
      buggy: [body(skip, `piece.split('${kv}')`, true), body('pass', good, true), body(skip, good, false)],
      publicCases: casesOf(ref, [[[pair(), pair()].join(sep)], [[pair(), pair(), pair()].join(sep)]]),
      hiddenCases: casesOf(ref, [
        [''],
        [`a${kv}1${sep}`],
        [` x ${kv} 2 ${sep} y${kv}3`],
        [`k${kv}a${kv}b`],
        [`only${kv}`],
        [[pair(), pair()].join(sep)],
      ]),
      difficulty: 0.3,
    };
  },
});

const BRACKET_KINDS = ['()', '()[]', '()[]{}', '()<>'];

/** Balanced brackets of one or more kinds. */
const brackets = defineFamily({
  id: 'balanced-brackets',
  topic: 'parsing',
  params: BRACKET_KINDS.map((kinds) => ({ kinds })),
  build: ({ kinds }, rng) => {
    const pairs = Array.from({ length: kinds.length / 2 }, (_, i): [string, string] => [
      kinds[2 * i] ?? '(',
      kinds[2 * i + 1] ?? ')',
    ]);
    const ref = (s: string): boolean => {
      const stack: string[] = [];
      for (const ch of s) {
        const open = pairs.find((p) => p[0] === ch);
        const close = pairs.find((p) => p[1] === ch);
        if (open) stack.push(ch);
        else if (close && stack.pop() !== close[0]) return false;
      }
      return stack.length === 0;
    };
    const opens = pairs.map((p) => p[0]).join('');
    const closes = pairs.map((p) => p[1]).join('');
    const stackBody = (popGuard: string, end: string): string => py`
      def balanced(s):
          match = {${pairs.map((p) => `'${p[1]}': '${p[0]}'`).join(', ')}}
          stack = []
          for ch in s:
              if ch in '${opens}':
                  stack.append(ch)
              elif ch in '${closes}':
                  ${popGuard}
                  if stack.pop() != match[ch]:
                      return False
          return ${end}
    `;
    const guard = 'if not stack:\n    return False';
    const counter = py`
      def balanced(s):
          depth = 0
          for ch in s:
              if ch in '${opens}':
                  depth += 1
              elif ch in '${closes}':
                  depth -= 1
          return depth == 0
    `;
    const nest = (n: number): string => {
      let s = '';
      for (let i = 0; i < n; i++) {
        const p: [string, string] = pairs[rng.int(pairs.length)] ?? ['(', ')'];
        s = rng.next() < 0.5 ? `${p[0]}${s}${p[1]}` : `${s}${p[0]}x${p[1]}`;
      }
      return s;
    };
    const [o0, c0] = pairs[0] ?? ['(', ')'];
    const [o1, c1] = pairs.at(-1) ?? ['(', ')'];
    return {
      entryPoint: 'balanced',
      signature: 'def balanced(s: str) -> bool:',
      description:
        `Return True when every bracket ${pairs.map((p) => `${p[0]}${p[1]}`).join(' ')} in \`s\` is closed by the ` +
        'matching kind in the right order (properly nested), and False otherwise. Other characters are ignored.',
      solution: stackBody(guard, 'not stack'),
      buggy: [counter, stackBody(guard, 'True'), stackBody('pass', 'not stack')],
      publicCases: casesOf(ref, [[nest(3)], [nest(4)]]),
      hiddenCases: casesOf(ref, [
        [''],
        [`${c0}${o0}`],
        [`${o0}${o0}`],
        [`${o0}${c1}${o1}${c0}`],
        [`a${o1}b${c1}c`],
        [nest(5)],
        [c0],
      ]),
      difficulty: 0.35 + pairs.length * 0.03,
    };
  },
});

/** Exported for the suite: dict and parsing families. */
export const DICT_PARSE_FAMILIES: readonly CodeFamily[] = [
  wordCounts,
  mergeCounts,
  topK,
  parsePairs,
  brackets,
];
