import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMathAnswer } from './extractAnswer.ts';
import { mathEquivalent } from './mathEquivalent.ts';
import { lastBoxed } from './normalizeMathAnswer.ts';

const DATA = '/work/shared/datasets';
const readJsonl = (path: string): Array<Record<string, string>> =>
  readFileSync(`${DATA}/${path}`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, string>);

// Real MATH test gold answers (the last \boxed{} of /work/shared/datasets/math/test.jsonl), each with an
// equivalent rewrite that must match and a near miss that must not.
const MATH_GOLDS: ReadonlyArray<[gold: string, same: string, nearMiss: string]> = [
  ['\\frac{12}{7}', '12/7', '1.72'],
  ['[0,\\infty)', '[0, \\infty)', '(0,\\infty)'],
  ['575\\text{ students}', '575', '576'],
  ['7z^{96}(4z+1)', '28z^{97}+7z^{96}', '7z^{96}(4z-1)'],
  ['(7,6)', '(7, 6)', '(6,7)'],
  ['4x^2 - 6x + 4', '2(2x^2-3x+2)', '4x^2-6x-4'],
  ['137 \\frac{1}{2}', '137.5', '138'],
  ['13.5', '\\frac{27}{2}', '13.6'],
  ['6x^2 + 30x + 36', '6(x+2)(x+3)', '6(x+2)(x+4)'],
  ['-\\sqrt{x-2}+2', '2-\\sqrt{x-2}', '\\sqrt{x-2}+2'],
  ['14,\\!400', '14400', '14401'],
  ['\\frac{11}{221}', '0.0498', '0.06'],
  ['75,\\!075', '75075', '75,076'],
  ['\\dfrac{5}{6}', '\\frac56', '\\frac{6}{5}'],
  ['4\\sqrt{2}', '\\sqrt{32}', '4\\sqrt{3}'],
  ['25^\\circ', '25', '35^\\circ'],
  ['\\frac 1{72}', '1/72', '1/27'],
  ['8\\pi', '25.1327', '8'],
  ['\\frac{5}{2},-3', '-3, 2.5', '\\frac{5}{2},3'],
  ['10\\sqrt3', '\\sqrt{300}', '10\\sqrt2'],
  ['B, C', 'C, B', 'B, D'],
  ['2,6', '6, 2', '2,7'],
  ['6+\\sqrt6', '\\sqrt{6}+6', '6-\\sqrt6'],
  [
    '(1,4-\\sqrt{3})\\cup(4+\\sqrt{3},7)',
    '(1, 4-\\sqrt3) \\cup (4+\\sqrt3, 7)',
    '(1,4-\\sqrt{3}]\\cup(4+\\sqrt{3},7)',
  ],
  ['(-\\frac{3}{2},6)', '(-1.5, 6)', '(1.5, 6)'],
  ['90{,}900{,}909', '90900909', '90900990'],
  ['\\begin{pmatrix} -5 \\\\ 2 \\end{pmatrix}', '(-5, 2)', '(5, 2)'],
  ['-\\frac{\\pi}{6}', '-\\pi/6', '\\frac{\\pi}{6}'],
  [
    '\\left( -\\frac{2}{3}, -\\frac{7}{3}, \\frac{14}{9} \\right)',
    '(-2/3, -7/3, 14/9)',
    '(-2/3, -7/3, 14/8)',
  ],
  ['2 \\tan x', '2\\tan(x)', '\\tan(2x)'],
  ['5x - 7y + 11z + 4 = 0', '-5x + 7y - 11z - 4 = 0', '5x - 7y + 11z - 4 = 0'],
  ['-2 + 7i', '7i - 2', '-2 - 7i'],
  ['D', '\\text{(D)}', 'C'],
  ['117649', '117,649', '117648'],
  ['0', '0.0', '0.01'],
  ['7.2', '\\frac{36}{5}', '7.3'],
  ['-\\frac{1}{14}', '-0.0714', '\\frac{1}{14}'],
];

// Real GSM8K gold answers (after "####" in /work/shared/datasets/gsm8k/test.jsonl).
const GSM8K_GOLDS = [
  '18',
  '3',
  '70000',
  '540',
  '20',
  '64',
  '260',
  '160',
  '45',
  '460',
  '366',
  '694',
  '57500',
  '2,125',
  '114,200',
  '276,000',
];

describe('mathEquivalent on real MATH gold answers', () => {
  it.each(MATH_GOLDS)('%s equals itself and %s, not %s', (gold, same, nearMiss) => {
    expect(mathEquivalent(gold, gold)).toBe(true);
    expect(mathEquivalent(same, gold)).toBe(true);
    expect(mathEquivalent(`\\boxed{${same}}`, gold)).toBe(true);
    expect(mathEquivalent(nearMiss, gold)).toBe(false);
  });
});

describe('mathEquivalent on real GSM8K gold answers', () => {
  it.each(GSM8K_GOLDS)('%s matches its verbose and formatted forms, not an off-by-one', (gold) => {
    const n = Number(gold.replace(/,/g, ''));
    for (const form of [
      `${n}`,
      `${n}.0`,
      `$${n.toLocaleString('en-US')}`,
      `${n} dollars`,
      `\\boxed{${n}}`,
      `#### ${gold}`,
      `${n}.00`,
    ]) {
      expect(mathEquivalent(form, gold)).toBe(true);
    }
    expect(mathEquivalent(String(n + 1), gold)).toBe(false);
    expect(mathEquivalent(String(n - 1), gold)).toBe(false);
  });
});

describe('mathEquivalent normalisation and tolerance', () => {
  it.each([
    ['\\frac{1}{2}', '0.5', true],
    ['1/2', '\\tfrac{1}{2}', true],
    ['\\frac12', '1/2', true],
    ['50\\%', '50', true],
    ['$1,000', '1000', true],
    ['5\\text{ cm}^2', '5', true],
    ['x = 5', '5', true],
    ['\\sqrt[3]{8}', '2', true],
    ['3.0001', '3', true],
    ['1000.4', '1000', true],
    ['2.9999999999999996', '3', true],
    ['0.3333', '\\frac{1}{3}', true],
    ['0.335', '\\frac{1}{3}', false],
    ['1001000', '1000000', false],
    ['x^2+2xy+y^2', '(x+y)^2', true],
    ['x^2+2xy+y^2', '(x-y)^2', false],
    ['yx', 'xy', true],
    ['\\{1, 2\\}', '\\{2, 1\\}', true],
    ['', '5', false],
    ['five', '5', false],
    ['import("fs")', '5', false],
  ] as const)('%s vs %s → %s', (pred, gold, want) => {
    expect(mathEquivalent(pred, gold)).toBe(want);
  });
});

describe('mathEquivalent over the dataset samples', () => {
  it('every MATH gold equals itself, its full solution and the answer extracted from that solution', () => {
    const failures = readJsonl('math/test.jsonl').flatMap((row) => {
      const solution = row.solution ?? '';
      const gold = lastBoxed(solution) ?? '';
      const extracted = extractMathAnswer(solution) ?? '';
      return mathEquivalent(gold, gold) && mathEquivalent(solution, gold) && mathEquivalent(extracted, gold)
        ? []
        : [gold];
    });
    expect(failures).toEqual([]);
  });

  it('every GSM8K gold matches its worked answer (#### line) and not the next integer', () => {
    const failures = readJsonl('gsm8k/test.jsonl').flatMap((row) => {
      const answer = row.answer ?? '';
      const gold = answer.split('####').at(-1)?.trim() ?? '';
      const next = String(Number(gold.replace(/,/g, '')) + 1);
      return mathEquivalent(answer, gold) &&
        mathEquivalent(extractMathAnswer(answer) ?? '', gold) &&
        !mathEquivalent(next, gold)
        ? []
        : [gold];
    });
    expect(failures).toEqual([]);
  });
});
