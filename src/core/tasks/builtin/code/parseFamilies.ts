import type { CodeFamily } from './codeFamilyTypes.ts';
import { casesOf, defineFamily, grid, py, randWord } from './codeFamilyTypes.ts';
import { dict, type PyDict } from './toPyLiteral.ts';

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

/** Parsing families: key-value pairs, balanced brackets. */
export const PARSE_FAMILIES: readonly CodeFamily[] = [parsePairs, brackets];
