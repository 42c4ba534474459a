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

/** The score needed on the next test to reach a target average. */
const neededScore: MathTemplate = {
  id: 'needed-score',
  topic: 'averages',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const known = Array.from({ length: 3 + level }, () => randInt(rng, 65, 95));
    const count = known.length + 1;
    const sum = known.reduce((s, x) => s + x, 0);
    const target = Math.min(95, Math.ceil((sum + randInt(rng, 60, 94)) / count));
    const list = `${known.slice(0, -1).join(', ')} and ${known.at(-1) ?? 0}`;
    const names = known.map((_, i) => `score_${i + 1}`);
    return {
      question:
        `${p.name} scored ${list} on ${p.his} first ${words(known.length)} tests. What score does ${p.he} need ` +
        `on the next test to have an average of exactly ${target} over all ${words(count)} tests?`,
      inputs: [...known.map((x, i): [string, number] => [`score_${i + 1}`, x]), ['target_average', target]],
      steps: [
        ['tests', `${count}`],
        ['needed_total', 'target_average * tests'],
        ['current_total', names.join(' + ')],
        ['needed_score', 'needed_total - current_total'],
      ],
      mistakes: [
        { kind: 'off by one', steps: { tests: `${count - 1}` } },
        { kind: 'omitted step', steps: { needed_score: `current_total / ${known.length}` } },
        {
          kind: 'wrong operation',
          steps: { needed_score: `target_average * 2 - current_total / ${known.length}` },
        },
      ],
    };
  },
};

/** The average over two groups with different sizes and averages. */
const combinedAverage: MathTemplate = {
  id: 'combined-average',
  topic: 'averages',
  build(rng, level) {
    const total = pick(rng, [20, 25, 40, 50]);
    const n1 = randStep(rng, 5, total - 5, 5);
    const n2 = total - n1;
    const a1 = randInt(rng, 60, 80 + 5 * level);
    let a2 = randInt(rng, 70, 95);
    if (a2 === a1) a2 += 3;
    const what = pick(rng, [
      { group: 'class', members: 'students', measure: 'test score' },
      { group: 'team', members: 'runners', measure: 'race time in minutes' },
      { group: 'orchard', members: 'trees', measure: 'harvest in kilograms' },
    ]);
    return {
      question:
        `One ${what.group} has ${n1} ${what.members} with an average ${what.measure} of ${a1}. A second ` +
        `${what.group} has ${n2} ${what.members} with an average of ${a2}. What is the average ${what.measure} ` +
        `of all ${total} ${what.members}?`,
      inputs: [
        ['size_1', n1],
        ['average_1', a1],
        ['size_2', n2],
        ['average_2', a2],
      ],
      steps: [
        ['sum_1', 'size_1 * average_1'],
        ['sum_2', 'size_2 * average_2'],
        ['overall_average', '(sum_1 + sum_2) / (size_1 + size_2)'],
      ],
      mistakes: [
        { kind: 'wrong operation', steps: { overall_average: '(average_1 + average_2) / 2' } },
        { kind: 'wrong base', steps: { overall_average: '(sum_1 + sum_2) / size_1' } },
        { kind: 'omitted step', steps: { overall_average: 'sum_1 / (size_1 + size_2)' } },
      ],
    };
  },
};

/** Consecutive integers from their sum. */
const consecutive: MathTemplate = {
  id: 'consecutive-integers',
  topic: 'number sense',
  build(rng, level) {
    const k = randInt(rng, 3, 5 + level);
    const first = randInt(rng, 5, 40 + 200 * level);
    const sum = k * first + (k * (k - 1)) / 2;
    const even = level === 2 && rng.next() < 0.5;
    const step = even ? 2 : 1;
    const evenSum = k * (2 * first) + k * (k - 1);
    return {
      question: even
        ? `The sum of ${words(k)} consecutive even numbers is ${evenSum}. What is the largest of them?`
        : `The sum of ${words(k)} consecutive integers is ${sum}. What is the largest of them?`,
      inputs: [
        ['total', even ? evenSum : sum],
        ['count', k],
        ['step', step],
      ],
      steps: [
        ['offsets', 'step * count * (count - 1) / 2'],
        ['smallest', '(total - offsets) / count'],
        ['largest', 'smallest + step * (count - 1)'],
      ],
      mistakes: [
        { kind: 'wrong quantity', steps: { largest: 'smallest' } },
        { kind: 'off by one', steps: { largest: 'smallest + step * count' } },
        { kind: 'omitted step', steps: { largest: 'total / count' } },
      ],
    };
  },
};

/** Ages, fractions, percentages, ratios, averages, consecutive numbers. */
export const QUANTITY_TEMPLATES: readonly MathTemplate[] = [
  ages,
  fractionsLeft,
  raises,
  ratio,
  neededScore,
  combinedAverage,
  consecutive,
];
