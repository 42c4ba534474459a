import type { CodeFamily } from './codeFamilyTypes.ts';
import { casesOf, defineFamily, grid, py, randWord, span } from './codeFamilyTypes.ts';

const shiftChar = (ch: string, k: number): string => {
  const base = ch >= 'a' && ch <= 'z' ? 97 : ch >= 'A' && ch <= 'Z' ? 65 : -1;
  if (base < 0) return ch;
  return String.fromCharCode(((((ch.charCodeAt(0) - base + k) % 26) + 26) % 26) + base);
};

/** Caesar shift with wrap-around, keeping case and non-letters. */
const caesar = defineFamily({
  id: 'caesar-shift',
  topic: 'strings',
  params: grid({ k: span(1, 25), dir: ['forward', 'backward'] }),
  build: ({ k, dir }, rng) => {
    const K = dir === 'forward' ? k : -k;
    const ref = (s: string): string => [...s].map((c) => shiftChar(c, K)).join('');
    const body = (lower: string, upper: string, other: string): string => py`
      def shift_letters(text):
          result = []
          for ch in text:
              if ch.islower():
                  result.append(${lower})
              elif ch.isupper():
                  result.append(${upper})
              else:
                  result.append(${other})
          return ''.join(result)
    `;
    const wrap = (b: string, m = 26): string => `chr((ord(ch) - ord('${b}') + ${K}) % ${m} + ord('${b}'))`;
    return {
      entryPoint: 'shift_letters',
      signature: 'def shift_letters(text: str) -> str:',
      description:
        `Shift every letter of \`text\` ${k} place${k > 1 ? 's' : ''} ${dir} in the alphabet, wrapping around ` +
        `(${dir === 'forward' ? "'z' becomes 'a'" : "'a' becomes 'z'"} when the shift passes the end). Keep each ` +
        'letter’s case and leave every other character unchanged.',
      solution: body(wrap('a'), wrap('A'), 'ch'),
      buggy: [
        body(`chr(ord(ch) + ${K})`, `chr(ord(ch) + ${K})`, 'ch'),
        body(wrap('a'), 'ch', 'ch'),
        body(wrap('a', 25), wrap('A', 25), 'ch'),
      ],
      publicCases: casesOf(ref, [[randWord(rng)], [randWord(rng)]]),
      hiddenCases: casesOf(ref, [
        ['xyz abc'],
        ['Hello, World!'],
        [''],
        ['ZEBRA zoo'],
        ['a1b2-c3'],
        [`${randWord(rng)} ${randWord(rng).toUpperCase()}`],
      ]),
      difficulty: 0.3 + (dir === 'backward' ? 0.05 : 0) + (k > 13 ? 0.05 : 0),
    };
  },
});

const LETTER_SETS = [
  'aeiou',
  'xyz',
  'rst',
  'lmn',
  'aeiouy',
  'bcd',
  'pqr',
  'aei',
  'ou',
  'stw',
  'hjk',
  'fgh',
  'eo',
  'nrst',
  'aeo',
  'iu',
  'mnop',
  'cdeg',
  'vwx',
  'ly',
  'tsh',
  'bdp',
  'gk',
  'ae',
  'rl',
  'qzx',
  'aiy',
  'eiu',
  'nm',
  'ckq',
];

/** Counts characters from a letter set, ignoring case. */
const countChars = defineFamily({
  id: 'count-letters',
  topic: 'strings',
  params: LETTER_SETS.map((set) => ({ set })),
  build: ({ set }, rng) => {
    const ref = (s: string): number => [...s.toLowerCase()].filter((c) => set.includes(c)).length;
    const body = (loop: string, expr = 'text.lower()'): string => py`
      def count_letters(text):
          count = 0
          lowered = ${expr}
          for i in ${loop}:
              if lowered[i] in '${set}':
                  count += 1
          return count
    `;
    const first = set[0] ?? 'a';
    const word = (): string => randWord(rng, 4, 9);
    return {
      entryPoint: 'count_letters',
      signature: 'def count_letters(text: str) -> int:',
      description:
        `Return how many characters of \`text\` are one of the letters '${set}' (each occurrence counts), ` +
        'ignoring case: an upper-case letter counts like its lower-case form.',
      solution: body('range(len(lowered))'),
      buggy: [
        body('range(len(lowered))', 'text'),
        body('range(1, len(lowered))'),
        body('range(len(lowered) - 1)'),
      ],
      publicCases: casesOf(ref, [[`${word()} ${word()}`], [word()]]),
      hiddenCases: casesOf(ref, [
        [''],
        [`${first}${word()}`],
        [`${word()}${first}`],
        [`${first.toUpperCase()}${set.toUpperCase()}`],
        [`${set}${set}`],
        ['12 ?!'],
        [`${word()} ${word().toUpperCase()} ${word()}`],
      ]),
      difficulty: 0.15 + set.length * 0.01,
    };
  },
});

/** Counts words by length, with punctuation counting toward a word's length. */
const countWords = defineFamily({
  id: 'count-words-by-length',
  topic: 'strings',
  params: grid({ k: span(2, 8), mode: ['longer than', 'at least', 'at most'] }),
  build: ({ k, mode }, rng) => {
    const test = (n: number): boolean =>
      mode === 'longer than' ? n > k : mode === 'at least' ? n >= k : n <= k;
    const op = mode === 'longer than' ? '>' : mode === 'at least' ? '>=' : '<=';
    const offOp = mode === 'longer than' ? '>=' : mode === 'at least' ? '>' : '<';
    const ref = (s: string): number => s.split(/\s+/).filter((w) => w !== '' && test(w.length)).length;
    const body = (cond: string, split = 'sentence.split()'): string => py`
      def count_words(sentence):
          return len([w for w in ${split} if ${cond}])
    `;
    const len = (n: number): string => 'abcdefghijklmnop'.slice(0, n);
    const sentence = (): string =>
      Array.from({ length: 4 + rng.int(4) }, () => randWord(rng, 1, 10)).join(' ');
    const boundary =
      mode === 'at most' ? `${len(k)}!` : mode === 'at least' ? `${len(k - 1)}!` : `${len(k)}!`;
    return {
      entryPoint: 'count_words',
      signature: 'def count_words(sentence: str) -> int:',
      description:
        `Words are the pieces of \`sentence\` separated by whitespace (any amount); punctuation attached to a ` +
        `word counts toward its length. Return how many words have ${mode} ${k} characters.`,
      solution: body(`len(w) ${op} ${k}`),
      buggy: [
        body(`len(w) ${offOp} ${k}`),
        body(`len(w.strip('.,!?')) ${op} ${k}`),
        ...(mode === 'at most' ? [body(`len(w) ${op} ${k}`, "sentence.split(' ')")] : []),
      ],
      publicCases: casesOf(ref, [[sentence()], [sentence()]]),
      hiddenCases: casesOf(ref, [
        [''],
        [`${len(k)} ${len(k - 1)} ${len(k + 1)}`],
        [`well ${boundary} done`],
        [`two  spaces   here ${len(k)}`],
        [sentence()],
        [`${len(k + 2)}, ${len(1)}.`],
      ]),
      difficulty: 0.2 + (mode === 'at most' ? 0.05 : 0),
    };
  },
});

/** String families: shifting letters, counting letters and words. */
export const STRING_FAMILIES: readonly CodeFamily[] = [caesar, countChars, countWords];
