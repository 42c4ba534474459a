import type { MathTemplate } from './mathTemplateTypes.ts';
import { PEOPLE, pick, randInt, randStep, words } from './mathText.ts';

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

/** Average templates: needed scores, combined averages, consecutive numbers. */
export const AVERAGE_TEMPLATES: readonly MathTemplate[] = [neededScore, combinedAverage, consecutive];
