import type { CodeFamily } from './codeFamilyTypes.ts';
import { casesOf, defineFamily, grid, py, randWord, span } from './codeFamilyTypes.ts';

/** Reverses or upper-cases the long words of a sentence. */
const longWords = defineFamily({
  id: 'transform-long-words',
  topic: 'strings',
  params: grid({ k: span(2, 8), action: ['reverse', 'upper-case'] }),
  build: ({ k, action }, rng) => {
    const apply = (w: string): string => (action === 'reverse' ? [...w].reverse().join('') : w.toUpperCase());
    const ref = (s: string): string =>
      s
        .split(' ')
        .map((w) => (w.length > k ? apply(w) : w))
        .join(' ');
    const change = action === 'reverse' ? 'w[::-1]' : 'w.upper()';
    const body = (cond: string): string => py`
      def transform_long_words(sentence):
          words = sentence.split(' ')
          return ' '.join(${change} if ${cond} else w for w in words)
    `;
    const len = (n: number): string => 'thequickbrownfoxjumps'.slice(0, n);
    const sentence = (): string =>
      Array.from({ length: 3 + rng.int(4) }, () => randWord(rng, 1, 9)).join(' ');
    return {
      entryPoint: 'transform_long_words',
      signature: 'def transform_long_words(sentence: str) -> str:',
      description:
        `Words in \`sentence\` are separated by single spaces. ${action === 'reverse' ? 'Reverse the letters of' : 'Upper-case'} ` +
        `every word longer than ${k} characters, leave the other words as they are, and keep ` +
        'the word order.',
      solution: body(`len(w) > ${k}`),
      buggy: [body(`len(w) >= ${k}`), body('len(w) > 0'), body(`len(w) > ${k + 1}`)],
      publicCases: casesOf(ref, [[sentence()], [sentence()]]),
      hiddenCases: casesOf(ref, [
        [''],
        [`${len(k)} ${len(k + 1)}`],
        [`${len(k + 2)} a ${len(k)}`],
        [len(k + 5)],
        [sentence()],
        [`x ${len(k + 1)} ${len(k)}`],
      ]),
      difficulty: 0.2,
    };
  },
});

/** Converts between camelCase and separated names. */
const caseConvert = defineFamily({
  id: 'case-convert',
  topic: 'strings',
  params: grid({ sep: ['_', '-', ' '], to: ['camel', 'separated'] }),
  build: ({ sep, to }, rng) => {
    const cap = (w: string): string => (w === '' ? '' : w[0]?.toUpperCase() + w.slice(1).toLowerCase());
    const toCamel = (s: string): string => {
      const [head = '', ...rest] = s.split(sep);
      return head.toLowerCase() + rest.map(cap).join('');
    };
    const fromCamel = (s: string): string => {
      let out = '';
      for (const ch of s) out += ch >= 'A' && ch <= 'Z' ? sep + ch.toLowerCase() : ch;
      return out.startsWith(sep) ? out.slice(sep.length) : out;
    };
    const sepName = sep === '_' ? 'underscores' : sep === '-' ? 'hyphens' : 'spaces';
    const w = (): string => randWord(rng, 2, 6);
    if (to === 'camel') {
      const body = (head: string, part: string): string => py`
        def to_camel(name):
            parts = name.split('${sep}')
            return ${head} + ''.join(${part} for p in parts[1:])
      `;
      return {
        entryPoint: 'to_camel',
        signature: 'def to_camel(name: str) -> str:',
        description:
          `\`name\` is made of words joined by ${sepName}. Return it in camelCase: the first word all lower-case, ` +
          'every later word with an upper-case first letter and the rest lower-case, joined with nothing between. ' +
          'Empty words (from doubled separators) add nothing.',
        solution: body('parts[0].lower()', 'p.capitalize()'),
        buggy: [
          body('parts[0].capitalize()', 'p.capitalize()'),
          body('parts[0].lower()', 'p[0].upper() + p[1:]'),
          body('parts[0]', 'p.capitalize()'),
        ],
        publicCases: casesOf(toCamel, [[[w(), w()].join(sep)], [[w(), w(), w()].join(sep)]]),
        hiddenCases: casesOf(toCamel, [
          ['single'],
          [['HELLO', 'wORLD'].join(sep)],
          [['a', '', 'b'].join(sep)],
          [['Start', 'with', 'Caps'].join(sep)],
          [[w(), w(), w(), w()].join(sep)],
        ]),
        difficulty: 0.3,
      };
    }
    const body = (tail: string, lower: string): string => py`
      def from_camel(name):
          out = ''
          for ch in name:
              if ch.isupper():
                  out += '${sep}' + ${lower}
              else:
                  out += ch
          return ${tail}
    `;
    const camel = (...ws: string[]): string => ws.map((x, i) => (i === 0 ? x : cap(x))).join('');
    return {
      entryPoint: 'from_camel',
      signature: 'def from_camel(name: str) -> str:',
      description:
        `\`name\` is in camelCase or PascalCase. Put ${sepName === 'spaces' ? 'a space' : `a ${sep}`} before every ` +
        'upper-case letter except at the very start, and make every letter lower-case.',
      solution: body(`out[1:] if out.startswith('${sep}') else out`, 'ch.lower()'),
      buggy: [
        body('out', 'ch.lower()'),
        body(`out[1:] if out.startswith('${sep}') else out`, 'ch'),
        body('out[1:]', 'ch.lower()'),
      ],
      publicCases: casesOf(fromCamel, [[camel(w(), w())], [camel(w(), w(), w())]]),
      hiddenCases: casesOf(fromCamel, [
        ['HelloWorld'],
        ['x'],
        [''],
        ['parseHTTPRequest'],
        [camel(w(), w(), w(), w())],
        ['A'],
      ]),
      difficulty: 0.3,
    };
  },
});

/** Word families: transforming long words, case conversion. */
export const WORD_FAMILIES: readonly CodeFamily[] = [longWords, caseConvert];
