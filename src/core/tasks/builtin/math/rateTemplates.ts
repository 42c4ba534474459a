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

/** Rate templates: trips, meeting trains, time conversion. */
export const RATE_TEMPLATES: readonly MathTemplate[] = [trip, trains, timeConversion];
