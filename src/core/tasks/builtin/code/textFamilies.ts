import type { CodeFamily } from './codeFamilyTypes.ts';
import { casesOf, defineFamily, grid, py, randWord, span } from './codeFamilyTypes.ts';

const PATTERNS = [
  'aa',
  'aaa',
  'aba',
  'ana',
  'abab',
  'bob',
  'xx',
  'oo',
  'll',
  'ee',
  'cdc',
  'nan',
  'ababa',
  'zz',
  'ttt',
  'eve',
  'pop',
  'sis',
];

/** Overlapping occurrences of a fixed pattern. */
const overlapCount = defineFamily({
  id: 'count-overlapping',
  topic: 'strings',
  params: PATTERNS.map((pattern) => ({ pattern })),
  build: ({ pattern }, rng) => {
    const ref = (s: string): number => {
      let n = 0;
      for (let i = 0; i + pattern.length <= s.length; i++)
        if (s.slice(i, i + pattern.length) === pattern) n++;
      return n;
    };
    const body = (expr: string): string => py`
      def count_overlapping(text):
          return ${expr}
    `;
    const loop = (stop: string): string =>
      `sum(1 for i in range(${stop}) if text[i:i + ${pattern.length}] == '${pattern}')`;
    // The smallest shift at which the pattern overlaps itself; every pattern listed has one.
    const period =
      span(1, pattern.length).find((p) => pattern.slice(p) === pattern.slice(0, pattern.length - p)) ?? 1;
    const tail = pattern.slice(pattern.length - period);
    const overlapped = pattern + tail + tail;
    return {
      entryPoint: 'count_overlapping',
      signature: 'def count_overlapping(text: str) -> int:',
      description:
        `Return how many times '${pattern}' occurs in \`text\`, counting overlapping occurrences (in ` +
        `'${overlapped}' they overlap). Matching is case-sensitive.`,
      solution: body(loop(`len(text) - ${pattern.length - 1}`)),
      buggy: [body(`text.count('${pattern}')`), body(loop(`len(text) - ${pattern.length}`))],
      publicCases: casesOf(ref, [[`${randWord(rng)}${pattern}${randWord(rng)}`], [randWord(rng, 5, 9)]]),
      hiddenCases: casesOf(ref, [
        [overlapped],
        [`${randWord(rng)}${pattern}`],
        [''],
        [pattern.toUpperCase()],
        [`${pattern}-${overlapped}`],
        [pattern],
      ]),
      difficulty: 0.3 + pattern.length * 0.02,
    };
  },
});

/** Run-length encoding in one of three formats. */
const runLength = defineFamily({
  id: 'run-length-encode',
  topic: 'strings',
  params: [{ form: 'char-count' }, { form: 'count-char' }, { form: 'skip-ones' }],
  build: ({ form }, rng) => {
    const ref = (s: string): string => {
      let out = '';
      for (let i = 0; i < s.length;) {
        let j = i;
        while (j < s.length && s[j] === s[i]) j++;
        const c = s[i] ?? '';
        const n = j - i;
        out +=
          form === 'char-count' ? `${c}${n}` : form === 'count-char' ? `${n}${c}` : n === 1 ? c : `${c}${n}`;
        i = j;
      }
      return out;
    };
    const piece =
      form === 'char-count'
        ? 'prev + str(count)'
        : form === 'count-char'
          ? 'str(count) + prev'
          : "prev + (str(count) if count > 1 else '')";
    const body = (tail: string, start = '1'): string => py`
      def encode_runs(text):
          if not text:
              return ''
          out = ''
          prev = text[0]
          count = ${start}
          for ch in text[1:]:
              if ch == prev:
                  count += 1
              else:
                  out += ${piece}
                  prev = ch
                  count = 1
          ${tail}
    `;
    const run = (): string => (randWord(rng, 1, 1) + '').repeat(1 + rng.int(4));
    const text = (): string => Array.from({ length: 3 + rng.int(3) }, run).join('');
    const example = {
      'char-count': "'aaab' becomes 'a3b1'",
      'count-char': "'aaab' becomes '3a1b'",
      'skip-ones': "'aaab' becomes 'a3b'",
    }[form];
    return {
      entryPoint: 'encode_runs',
      signature: 'def encode_runs(text: str) -> str:',
      description:
        'Run-length encode `text`: each maximal run of one repeated character becomes the character and the run ' +
        `length${form === 'skip-ones' ? ' (the length is left out when it is 1)' : ''}, in the format where ` +
        `${example ?? ''}. An empty string encodes to an empty string.`,
      solution: body(`out += ${piece}\nreturn out`),
      buggy: [body('return out'), body(`out += ${piece}\nreturn out`, '0')],
      publicCases: casesOf(ref, [[text()], [text()]]),
      hiddenCases: casesOf(ref, [[''], ['a'], ['aaaa'], ['abc'], ['aabbbcccc'], [text()], ['zzzzzzzzzzzz']]),
      difficulty: 0.35,
    };
  },
});

/** Pads a string to a fixed width with a fill character. */
const pad = defineFamily({
  id: 'pad-text',
  topic: 'strings',
  params: grid({ width: span(5, 10), fill: ['*', '-', '0', '.'], side: ['left', 'right'] }),
  build: ({ width, fill, side }, rng) => {
    const ref = (s: string): string =>
      s.length >= width
        ? s
        : side === 'left'
          ? fill.repeat(width - s.length) + s
          : s + fill.repeat(width - s.length);
    const join = side === 'left' ? `'${fill}' * missing + text` : `text + '${fill}' * missing`;
    const body = (missing: string, guard: string): string => py`
      def pad_text(text):
          missing = ${missing}
          ${guard}
          return ${join}
    `;
    return {
      entryPoint: 'pad_text',
      signature: 'def pad_text(text: str) -> str:',
      description:
        `Return \`text\` padded on the ${side} with '${fill}' characters to a total length of ${width}. Text that ` +
        `is already ${width} characters or longer is returned unchanged (never cut).`,
      solution: body(`${width} - len(text)`, 'pass'),
      buggy: [
        body(`${width - 1} - len(text)`, 'pass'),
        body(`${width} - len(text)`, `if missing <= 0:\n    return text[:${width}]`),
        body(`${width} - len(text) + 1`, 'pass'),
      ],
      publicCases: casesOf(ref, [[randWord(rng, 2, width - 2)], [randWord(rng, 1, 3)]]),
      hiddenCases: casesOf(ref, [
        [''],
        ['x'.repeat(width - 1)],
        ['y'.repeat(width)],
        [randWord(rng, width + 1, width + 4)],
        ['ab'],
        [' '],
      ]),
      difficulty: 0.15,
    };
  },
});

/** Truncates long text, adding an ellipsis within the width. */
const truncate = defineFamily({
  id: 'truncate-text',
  topic: 'strings',
  params: grid({ limit: span(5, 12), mark: ['...', '~'] }),
  build: ({ limit, mark }, rng) => {
    const ref = (s: string): string => (s.length <= limit ? s : s.slice(0, limit - mark.length) + mark);
    const body = (cond: string, keep: string): string => py`
      def truncate(text):
          if ${cond}:
              return text
          return text[:${keep}] + '${mark}'
    `;
    const sentence = (): string => `${randWord(rng)} ${randWord(rng)} ${randWord(rng)}`;
    return {
      entryPoint: 'truncate',
      signature: 'def truncate(text: str) -> str:',
      description:
        `Shorten \`text\` to at most ${limit} characters. Text of ${limit} characters or fewer is returned ` +
        `unchanged; longer text is cut and ends with '${mark}', and the result including '${mark}' is exactly ` +
        `${limit} characters long.`,
      solution: body(`len(text) <= ${limit}`, `${limit - mark.length}`),
      buggy: [
        body(`len(text) < ${limit}`, `${limit - mark.length}`),
        body(`len(text) <= ${limit}`, `${limit}`),
        body(`len(text) <= ${limit}`, `${limit - mark.length - 1}`),
      ],
      publicCases: casesOf(ref, [[sentence()], [randWord(rng, 2, 4)]]),
      hiddenCases: casesOf(ref, [
        [''],
        ['a'.repeat(limit)],
        ['b'.repeat(limit + 1)],
        [sentence() + sentence()],
        ['c'.repeat(limit - 1)],
      ]),
      difficulty: 0.2,
    };
  },
});

/** Text families: overlapping counts, run-length encoding, padding, truncation. */
export const TEXT_FAMILIES: readonly CodeFamily[] = [overlapCount, runLength, pad, truncate];
