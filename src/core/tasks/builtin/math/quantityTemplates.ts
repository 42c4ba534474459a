import type { MathTemplate } from './mathTemplateTypes.ts';
import { PEOPLE, cap, money, pick, pickDistinct, randInt, randStep, words } from './mathText.ts';

/** Ages now and in the future, from differences and multiples. */
const ages: MathTemplate = {
  id: 'ages',
  topic: 'ages',
  build(rng, level) {
    const [a, b] = pickDistinct(rng, PEOPLE, 2);
    if (!a || !b) throw new RangeError('need two people');
    const young = randInt(rng, 4, 12 + 4 * level);
    const diff = randInt(rng, 2, 9);
    const mult = randInt(rng, 3, 5);
    const later = randInt(rng, 2, 10 + 5 * level);
    const parent = level > 0;
    return {
      question:
        `${a.name} is ${diff} years older than ${b.name}. ` +
        (parent ? `Their aunt is ${words(mult)} times as old as ${b.name}. ` : '') +
        `${b.name} is ${young} years old now. ` +
        (parent
          ? `What will be the sum of the three ages in ${later} years?`
          : `What will be the sum of ${a.name}'s and ${b.name}'s ages in ${later} years?`),
      inputs: [
        ['younger_age', young],
        ['age_gap', diff],
        ...(parent ? [['aunt_multiple', mult] as [string, number]] : []),
        ['years_later', later],
      ],
      steps: [
        ['older_age', 'younger_age + age_gap'],
        ...(parent ? [['aunt_age', 'younger_age * aunt_multiple'] as [string, string]] : []),
        ['sum_now', parent ? 'younger_age + older_age + aunt_age' : 'younger_age + older_age'],
        ['sum_later', `sum_now + ${parent ? 3 : 2} * years_later`],
      ],
      mistakes: [
        { kind: 'omitted step', steps: { sum_later: 'sum_now + years_later' } },
        { kind: 'omitted step', steps: { sum_later: 'sum_now' } },
        { kind: 'wrong operation', steps: { older_age: 'younger_age - age_gap' } },
      ],
    };
  },
};

const FRACTIONS: ReadonlyArray<[number, number]> = [
  [1, 2],
  [1, 3],
  [1, 4],
  [1, 5],
  [2, 3],
  [3, 4],
  [2, 5],
  [3, 5],
];
const FRACTION_WORDS: Record<string, string> = {
  '1/2': 'half',
  '1/3': 'a third',
  '1/4': 'a quarter',
  '1/5': 'a fifth',
  '2/3': 'two thirds',
  '3/4': 'three quarters',
  '2/5': 'two fifths',
  '3/5': 'three fifths',
};
const COLLECTIONS = ['marbles', 'stickers', 'baseball cards', 'seashells', 'stamps'];

/** Giving away fractions of what is left, in sequence. */
const fractionsLeft: MathTemplate = {
  id: 'fractions-left',
  topic: 'fractions',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const thing = pick(rng, COLLECTIONS);
    const [f1, f2] = pickDistinct(rng, FRACTIONS, 2);
    if (!f1 || !f2) throw new RangeError('need two fractions');
    const base = f1[1] * f2[1];
    const start = base * randInt(rng, level === 0 ? 2 : 4, 6 + 10 * level);
    const say = (f: [number, number]): string => FRACTION_WORDS[`${f[0]}/${f[1]}`] ?? `${f[0]}/${f[1]}`;
    const part = (f: [number, number], of: string): string =>
      f[0] === 1 ? `${of} // ${f[1]}` : `${of} * ${f[0]} // ${f[1]}`;
    return {
      question:
        `${p.name} has ${start} ${thing}. ${cap(p.he)} gives ${say(f1)} of them to ${p.his} cousin, and then ` +
        `${say(f2)} of the remaining ${thing} to a friend. How many ${thing} does ${p.name} have left?`,
      inputs: [['start', start]],
      steps: [
        ['to_cousin', part(f1, 'start')],
        ['after_cousin', 'start - to_cousin'],
        ['to_friend', part(f2, 'after_cousin')],
        ['left', 'after_cousin - to_friend'],
      ],
      mistakes: [
        { kind: 'wrong base', steps: { to_friend: part(f2, 'start') } },
        { kind: 'omitted step', steps: { left: 'after_cousin' } },
        { kind: 'wrong quantity', steps: { left: 'to_cousin + to_friend' } },
      ],
    };
  },
};

/** Successive percentage raises (or one raise over a year). */
const raises: MathTemplate = {
  id: 'salary-raises',
  topic: 'percentages',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const salary = randStep(rng, 1200, 3000 + 2000 * level, 100);
    const r1 = pick(rng, [5, 10, 15, 20]);
    const r2 = pick(rng, [5, 10, 20, 25]);
    if (level === 0) {
      return {
        question:
          `${p.name} earns ${money(salary)} a month. ${cap(p.he)} gets a ${r1}% raise. How much will ${p.he} ` +
          `earn in a full year at the new salary, in dollars?`,
        inputs: [
          ['salary', salary],
          ['raise_percent', r1],
        ],
        steps: [
          ['raise_amount', 'salary * raise_percent / 100'],
          ['new_salary', 'salary + raise_amount'],
          ['yearly', 'new_salary * 12'],
        ],
        mistakes: [
          { kind: 'omitted step', steps: { yearly: 'new_salary' } },
          { kind: 'omitted step', steps: { new_salary: 'salary' } },
          { kind: 'unit slip', steps: { raise_amount: 'raise_percent' } },
        ],
      };
    }
    return {
      question:
        `${p.name} earns ${money(salary)} a month. ${cap(p.he)} gets a ${r1}% raise, and six months later ` +
        `another raise of ${r2}% on the new salary. What is ${p.his} monthly salary now, in dollars?`,
      inputs: [
        ['salary', salary],
        ['raise_1', r1],
        ['raise_2', r2],
      ],
      steps: [
        ['first_raise', 'salary * raise_1 / 100'],
        ['after_first', 'salary + first_raise'],
        ['second_raise', 'after_first * raise_2 / 100'],
        ['after_second', 'after_first + second_raise'],
      ],
      mistakes: [
        { kind: 'wrong base', steps: { second_raise: 'salary * raise_2 / 100' } },
        { kind: 'omitted step', steps: { after_second: 'after_first' } },
        { kind: 'unit slip', steps: { first_raise: 'raise_1', second_raise: 'raise_2' } },
      ],
    };
  },
};

const GROUPS = [
  { group: 'In a chess club', a: 'boys', b: 'girls' },
  { group: 'In a fruit basket', a: 'apples', b: 'oranges' },
  { group: 'In a parking lot', a: 'cars', b: 'vans' },
  { group: 'On a library shelf', a: 'novels', b: 'atlases' },
];

/** Splitting a total in a given ratio. */
const ratio: MathTemplate = {
  id: 'ratio-split',
  topic: 'ratios',
  build(rng, level) {
    const g = pick(rng, GROUPS);
    const a = randInt(rng, 1, 5 + level);
    let b = randInt(rng, 2, 7 + level);
    if (b === a) b += 1;
    const total = (a + b) * randInt(rng, 3, 8 + 12 * level);
    return {
      question:
        `${g.group}, the ratio of ${g.a} to ${g.b} is ${a}:${b}. There are ${total} in all. ` +
        `How many ${g.b} are there?`,
      inputs: [
        ['total', total],
        ['ratio_a', a],
        ['ratio_b', b],
      ],
      steps: [
        ['parts', 'ratio_a + ratio_b'],
        ['per_part', 'total / parts'],
        ['count_b', 'per_part * ratio_b'],
      ],
      mistakes: [
        { kind: 'wrong quantity', steps: { count_b: 'per_part * ratio_a' } },
        { kind: 'wrong operation', steps: { count_b: 'total / ratio_b' } },
        { kind: 'omitted step', steps: { count_b: 'per_part' } },
      ],
    };
  },
};

/** Quantity templates: ages, fractions, percentage raises, ratios. */
export const QUANTITY_TEMPLATES: readonly MathTemplate[] = [ages, fractionsLeft, raises, ratio];
