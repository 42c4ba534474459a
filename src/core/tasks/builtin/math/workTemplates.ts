import type { MathTemplate } from './mathTemplateTypes.ts';
import { PEOPLE, pick, randInt, randStep, words } from './mathText.ts';

const FILLERS = [
  { a: 'Pipe A', b: 'pipe B', c: 'pipe C', job: 'fill a tank', verb: 'fill the tank' },
  {
    a: 'One painter',
    b: 'a second painter',
    c: 'a third painter',
    job: 'paint a fence',
    verb: 'paint the fence',
  },
  {
    a: 'One printer',
    b: 'another printer',
    c: 'a third printer',
    job: 'print a batch of flyers',
    verb: 'print it',
  },
];

/** Combined work rates; the answer is an exact fraction. */
const workTogether: MathTemplate = {
  id: 'work-together',
  topic: 'work problems',
  build(rng, level) {
    const f = pick(rng, FILLERS);
    const a = randInt(rng, 2, 6 + 2 * level);
    let b = randInt(rng, 3, 8 + 3 * level);
    if (b === a) b += 1;
    const three = level === 2;
    const c = three ? randInt(rng, 4, 12) : 0;
    const steps: Array<[string, string]> = [
      ['rate_a', 'Fraction(1, hours_a)'],
      ['rate_b', 'Fraction(1, hours_b)'],
      ...(three ? [['rate_c', 'Fraction(1, hours_c)'] as [string, string]] : []),
      ['combined_rate', three ? 'rate_a + rate_b + rate_c' : 'rate_a + rate_b'],
      ['hours_together', '1 / combined_rate'],
    ];
    return {
      question:
        `${f.a} can ${f.job} in ${a} hours and ${f.b} can do it in ${b} hours` +
        (three ? `, while ${f.c} needs ${c} hours` : '') +
        `. Working together at these rates, how many hours do they need to ${f.verb}? Give the answer as a fraction.`,
      inputs: [['hours_a', a], ['hours_b', b], ...(three ? [['hours_c', c] as [string, number]] : [])],
      steps,
      mistakes: [
        {
          kind: 'wrong operation',
          steps: { hours_together: three ? '(hours_a + hours_b + hours_c) / 3' : '(hours_a + hours_b) / 2' },
        },
        { kind: 'omitted step', steps: { hours_together: 'combined_rate' } },
        {
          kind: 'wrong operation',
          steps: { hours_together: three ? 'hours_a + hours_b + hours_c' : 'hours_a + hours_b' },
        },
      ],
      fractionAnswer: true,
    };
  },
};

/** Worker-days: inverse proportion, optionally with workers leaving part-way. */
const workersDays: MathTemplate = {
  id: 'workers-days',
  topic: 'work problems',
  build(rng, level) {
    const job = pick(rng, ['build a wall', 'paint a school', 'harvest an orchard', 'lay a garden path']);
    const w2 = randInt(rng, 2, 6 + 2 * level);
    const w1 = w2 + randInt(rng, 1, 4 + level);
    const d1 = w2 * randInt(rng, 2, 5 + level);
    const leave = level === 2;
    if (!leave) {
      return {
        question:
          `It takes ${w1} workers ${d1} days to ${job}. How many days would ${w2} workers need to do the same ` +
          `job, working at the same rate?`,
        inputs: [
          ['workers_1', w1],
          ['days_1', d1],
          ['workers_2', w2],
        ],
        steps: [
          ['worker_days', 'workers_1 * days_1'],
          ['days_2', 'worker_days / workers_2'],
        ],
        mistakes: [
          { kind: 'wrong operation', steps: { days_2: 'days_1 * workers_2 / workers_1' } },
          { kind: 'wrong operation', steps: { days_2: 'days_1 + (workers_1 - workers_2)' } },
          { kind: 'omitted step', steps: { days_2: 'worker_days' } },
        ],
      };
    }
    const after = randInt(rng, 1, 3);
    const stay = w2;
    // Planned days chosen so the remaining work splits into whole days.
    const planned = after + stay * randInt(rng, 1, 3);
    return {
      question:
        `A crew of ${w1} workers can ${job} in ${planned} days. After ${words(after)} day${after > 1 ? 's' : ''} of ` +
        `work, ${w1 - stay} of the workers leave. How many more days do the remaining workers need to finish?`,
      inputs: [
        ['workers', w1],
        ['days_planned', planned],
        ['days_worked', after],
        ['workers_leaving', w1 - stay],
      ],
      steps: [
        ['total_work', 'workers * days_planned'],
        ['work_done', 'workers * days_worked'],
        ['work_left', 'total_work - work_done'],
        ['workers_left', 'workers - workers_leaving'],
        ['more_days', 'work_left / workers_left'],
      ],
      mistakes: [
        { kind: 'omitted step', steps: { work_left: 'total_work' } },
        { kind: 'wrong base', steps: { more_days: 'work_left / workers' } },
        { kind: 'omitted step', steps: { more_days: 'days_planned - days_worked' } },
      ],
    };
  },
};

/** Days left to finish a book after a first stretch of reading (rounding up). */
const reading: MathTemplate = {
  id: 'reading-days',
  topic: 'rates',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const first = randStep(rng, 10, 30, 5);
    const firstDays = randInt(rng, 2, 6 + level);
    const later = first + randStep(rng, 5, 15, 5);
    let pages = first * firstDays + later * randInt(rng, 2, 5 + 3 * level) + randInt(rng, 1, later - 1);
    if ((pages - first * firstDays) % later === 0) pages += 1;
    return {
      question:
        `A book has ${pages} pages. ${p.name} reads ${first} pages a day for ${words(firstDays)} days, then ` +
        `speeds up to ${later} pages a day. How many more days does ${p.he} need to finish the book?`,
      inputs: [
        ['pages', pages],
        ['pages_per_day_1', first],
        ['days_1', firstDays],
        ['pages_per_day_2', later],
      ],
      steps: [
        ['pages_read', 'pages_per_day_1 * days_1'],
        ['pages_left', 'pages - pages_read'],
        ['more_days', 'math.ceil(pages_left / pages_per_day_2)'],
      ],
      mistakes: [
        { kind: 'rounding slip', steps: { more_days: 'pages_left // pages_per_day_2' } },
        { kind: 'omitted step', steps: { pages_left: 'pages' } },
        { kind: 'wrong quantity', steps: { more_days: 'days_1 + math.ceil(pages_left / pages_per_day_2)' } },
      ],
    };
  },
};

/** Work templates: combined rates, worker-days, reading pace. */
export const WORK_TEMPLATES: readonly MathTemplate[] = [workTogether, workersDays, reading];
