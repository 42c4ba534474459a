import type { MathTemplate } from './mathTemplateTypes.ts';
import { PEOPLE, cap, pick, randInt, randStep, words } from './mathText.ts';

/** Distance over two legs, or the average speed of the whole trip. */
const trip: MathTemplate = {
  id: 'two-leg-trip',
  topic: 'rates',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const mode = pick(rng, [
      { verb: 'cycles', unit: 'miles', speed: 'miles per hour', lo: 8, hi: 18 },
      { verb: 'drives', unit: 'kilometers', speed: 'kilometers per hour', lo: 40, hi: 90 },
      { verb: 'rows', unit: 'kilometers', speed: 'kilometers per hour', lo: 3, hi: 8 },
    ]);
    const s1 = randInt(rng, mode.lo, mode.hi);
    let s2 = randInt(rng, mode.lo, mode.hi);
    if (s2 === s1) s2 += 2;
    const total = pick(rng, level === 2 ? [4, 5, 8, 10] : [3, 4, 5, 6]);
    const t1 = randInt(rng, 1, total - 1);
    const t2 = total - t1;
    const intro = `${p.name} ${mode.verb} at ${s1} ${mode.speed} for ${words(t1)} hour${t1 > 1 ? 's' : ''}, then at ${s2} ${mode.speed} for ${words(t2)} hour${t2 > 1 ? 's' : ''}.`;
    const steps: Array<[string, string]> = [
      ['distance_1', 'speed_1 * hours_1'],
      ['distance_2', 'speed_2 * hours_2'],
      ['total_distance', 'distance_1 + distance_2'],
    ];
    const average = level === 2;
    if (average)
      steps.push(['total_hours', 'hours_1 + hours_2'], ['average_speed', 'total_distance / total_hours']);
    return {
      question: average
        ? `${intro} What is ${p.his} average speed for the whole trip, in ${mode.speed}?`
        : `${intro} How many ${mode.unit} does ${p.he} travel in total?`,
      inputs: [
        ['speed_1', s1],
        ['hours_1', t1],
        ['speed_2', s2],
        ['hours_2', t2],
      ],
      steps,
      mistakes: average
        ? [
            { kind: 'wrong operation', steps: { average_speed: '(speed_1 + speed_2) / 2' } },
            { kind: 'wrong base', steps: { average_speed: 'total_distance / hours_1' } },
            { kind: 'omitted step', steps: { total_distance: 'distance_1' } },
          ]
        : [
            { kind: 'omitted step', steps: { total_distance: 'distance_1' } },
            {
              kind: 'wrong operation',
              steps: { total_distance: '(speed_1 + speed_2) * (hours_1 + hours_2)' },
            },
            { kind: 'wrong operation', steps: { distance_2: 'speed_2 + hours_2' } },
          ],
    };
  },
};

/** Two trains approaching each other: time to meet, or where they meet. */
const trains: MathTemplate = {
  id: 'trains-meet',
  topic: 'rates',
  build(rng, level) {
    const v1 = randStep(rng, 40, 90, 5);
    let v2 = randStep(rng, 30, 80, 5);
    if (v2 === v1) v2 += 10;
    const hours = pick(rng, level === 0 ? [2, 3, 4] : [1.5, 2.5, 3, 3.5, 4.5]);
    const distance = (v1 + v2) * hours;
    const where = level === 2;
    const steps: Array<[string, string]> = [
      ['closing_speed', 'speed_a + speed_b'],
      ['hours', 'distance / closing_speed'],
    ];
    if (where) steps.push(['distance_from_a', 'speed_a * hours']);
    return {
      question:
        `Two towns are ${distance} kilometers apart. At noon a train leaves the first town at ${v1} km/h, and at ` +
        `the same time a second train leaves the other town at ${v2} km/h, heading toward the first. ` +
        (where
          ? 'How many kilometers from the first town do the trains meet?'
          : 'After how many hours do the trains meet?'),
      inputs: [
        ['distance', distance],
        ['speed_a', v1],
        ['speed_b', v2],
      ],
      steps,
      mistakes: where
        ? [
            { kind: 'wrong quantity', steps: { distance_from_a: 'speed_b * hours' } },
            { kind: 'wrong operation', steps: { distance_from_a: 'distance / 2' } },
            { kind: 'wrong operation', steps: { closing_speed: 'abs(speed_a - speed_b)' } },
          ]
        : [
            { kind: 'wrong operation', steps: { closing_speed: 'abs(speed_a - speed_b)' } },
            { kind: 'omitted step', steps: { closing_speed: 'speed_a' } },
            { kind: 'wrong operation', steps: { closing_speed: '(speed_a + speed_b) / 2' } },
          ],
    };
  },
};

const CHORES = [
  { what: 'homework problems', extra: 'reviewing his notes' },
  { what: 'emails', extra: 'planning the week' },
  { what: 'practice pieces on the piano', extra: 'warming up' },
];

/** Minutes per item plus extra time, converted to hours. */
const timeConversion: MathTemplate = {
  id: 'minutes-to-hours',
  topic: 'unit conversion',
  build(rng, level) {
    const p = pick(rng, PEOPLE);
    const c = pick(rng, CHORES);
    const items = randInt(rng, 4, 10 + 8 * level);
    const minutes = pick(rng, [5, 6, 10, 12, 15, 20]);
    const rough = randStep(rng, 15, 60 + 30 * level, 5);
    // Whole quarter hours keep the gold a short decimal.
    const extra = rough + ((15 - ((items * minutes + rough) % 15)) % 15);
    return {
      question:
        `${p.name} has ${items} ${c.what} to do, and each takes ${p.him} ${minutes} minutes. ${cap(p.he)} also ` +
        `spends ${extra} minutes ${c.extra.replace('his', p.his)}. How many hours does ${p.he} spend in total?`,
      inputs: [
        ['items', items],
        ['minutes_each', minutes],
        ['extra_minutes', extra],
      ],
      steps: [
        ['work_minutes', 'items * minutes_each'],
        ['total_minutes', 'work_minutes + extra_minutes'],
        ['total_hours', 'total_minutes / 60'],
      ],
      mistakes: [
        { kind: 'unit slip', steps: { total_hours: 'total_minutes / 100' } },
        { kind: 'omitted step', steps: { total_minutes: 'work_minutes' } },
        { kind: 'omitted step', steps: { total_hours: 'total_minutes' } },
      ],
    };
  },
};

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

/** Rate, time and work templates. */
export const RATE_TEMPLATES: readonly MathTemplate[] = [
  trip,
  trains,
  timeConversion,
  workTogether,
  workersDays,
  reading,
];
