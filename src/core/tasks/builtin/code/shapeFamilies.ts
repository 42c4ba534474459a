import type { Rng } from '../../../ports/Rng.ts';
import type { CodeFamily } from './codeFamilyTypes.ts';
import { casesOf, defineFamily, py } from './codeFamilyTypes.ts';

const hhmm = (t: number): string =>
  `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
const randTime = (rng: Rng): string => hhmm(rng.int(1440));
const toMin = (s: string): number => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));

/** Clock arithmetic on 'HH:MM' strings with wrap-around at midnight. */
const clock = defineFamily({
  id: 'clock-times',
  topic: 'parsing',
  params: [{ op: 'between' }, { op: 'add' }],
  build: ({ op }, rng) => {
    if (op === 'between') {
      const ref = (a: string, b: string): number => (toMin(b) - toMin(a) + 1440) % 1440;
      const body = (diff: string, parse = 'int(h) * 60 + int(m)'): string => py`
        def minutes_between(start, end):
            def to_minutes(t):
                h, m = t.split(':')
                return ${parse}
            return ${diff}
      `;
      return {
        entryPoint: 'minutes_between',
        signature: 'def minutes_between(start: str, end: str) -> int:',
        description:
          "`start` and `end` are 24-hour times 'HH:MM'. Return how many minutes pass going forward from `start` " +
          'to `end`; if `end` is earlier in the day it is on the next day. Equal times give 0.',
        solution: body('(to_minutes(end) - to_minutes(start)) % 1440'),
        buggy: [
          body('to_minutes(end) - to_minutes(start)'),
          body('to_minutes(end) - to_minutes(start) + (1440 if to_minutes(end) <= to_minutes(start) else 0)'),
          body('(to_minutes(end) - to_minutes(start)) % 1440', 'int(h) * 100 + int(m)'),
        ],
        publicCases: casesOf(ref, [
          ['08:15', '09:40'],
          [randTime(rng), randTime(rng)],
        ]),
        hiddenCases: casesOf(ref, [
          ['23:50', '00:10'],
          ['12:00', '12:00'],
          ['00:00', '23:59'],
          ['09:59', '10:01'],
          [randTime(rng), randTime(rng)],
          ['13:30', '02:45'],
        ]),
        difficulty: 0.3,
      };
    }
    const ref = (t: string, m: number): string => hhmm((((toMin(t) + m) % 1440) + 1440) % 1440);
    const body = (total: string, fmt: string): string => py`
      def add_minutes(time, minutes):
          h, m = time.split(':')
          total = ${total}
          return ${fmt}
    `;
    const good = "f'{total // 60:02d}:{total % 60:02d}'";
    return {
      entryPoint: 'add_minutes',
      signature: 'def add_minutes(time: str, minutes: int) -> str:',
      description:
        "`time` is a 24-hour time 'HH:MM'. Return the time `minutes` later (minutes may be negative) as 'HH:MM' " +
        'with two digits each, wrapping around midnight.',
      solution: body('(int(h) * 60 + int(m) + minutes) % 1440', good),
      buggy: [
        body('int(h) * 60 + int(m) + minutes', good),
        body('(int(h) * 60 + int(m) + minutes) % 1440', "f'{total // 60}:{total % 60}'"),
        body('(int(h) * 60 + int(m) + minutes) % 1440', "f'{total // 60 % 12:02d}:{total % 60:02d}'"),
      ],
      publicCases: casesOf(ref, [
        ['10:20', 35],
        [hhmm(600 + rng.int(300)), 15 + rng.int(100)],
      ]),
      hiddenCases: casesOf(ref, [
        ['23:45', 30],
        ['00:10', -20],
        ['05:05', 0],
        ['09:00', 1440],
        ['22:00', 185],
        ['00:00', -1],
        ['11:30', 45],
      ]),
      difficulty: 0.3,
    };
  },
});

const intervals = (rng: Rng, n: number): number[][] =>
  Array.from({ length: n }, () => {
    const s = rng.int(30);
    return [s, s + 1 + rng.int(8)];
  });

/** Merges overlapping intervals; touching intervals merge or not. */
const mergeIntervals = defineFamily({
  id: 'merge-intervals',
  topic: 'intervals',
  params: [{ touching: 'merge' }, { touching: 'separate' }],
  build: ({ touching }, rng) => {
    const ref = (xs: number[][]): number[][] => {
      const out: number[][] = [];
      for (const [s = 0, e = 0] of [...xs].sort(
        (a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0),
      )) {
        const last = out.at(-1);
        if (last && (touching === 'merge' ? s <= (last[1] ?? 0) : s < (last[1] ?? 0)))
          last[1] = Math.max(last[1] ?? 0, e);
        else out.push([s, e]);
      }
      return out;
    };
    const op = touching === 'merge' ? '<=' : '<';
    const body = (src: string, cond: string, grow: string): string => py`
      def merge_intervals(intervals):
          result = []
          for start, end in ${src}:
              if result and ${cond}:
                  result[-1][1] = ${grow}
              else:
                  result.append([start, end])
          return result
    `;
    const good = `start ${op} result[-1][1]`;
    return {
      entryPoint: 'merge_intervals',
      signature: 'def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:',
      description:
        'Each interval is [start, end] with start < end, in any order. Merge overlapping intervals and return ' +
        `them sorted by start. Intervals that only touch (one ends where the next starts) ${touching === 'merge' ? 'are merged too' : 'stay separate'}.`,
      solution: body('sorted(intervals)', good, 'max(result[-1][1], end)'),
      buggy: [
        body('intervals', good, 'max(result[-1][1], end)'),
        body('sorted(intervals)', good, 'end'),
        body(
          'sorted(intervals)',
          `start ${touching === 'merge' ? '<' : '<='} result[-1][1]`,
          'max(result[-1][1], end)',
        ),
      ],
      publicCases: casesOf(ref, [
        [
          [
            [1, 3],
            [2, 6],
            [8, 10],
          ],
        ],
        [intervals(rng, 4)],
      ]),
      hiddenCases: casesOf(ref, [
        [[]],
        [
          [
            [5, 7],
            [1, 2],
          ],
        ],
        [
          [
            [1, 10],
            [2, 3],
            [4, 5],
          ],
        ],
        [
          [
            [1, 2],
            [2, 3],
          ],
        ],
        [
          [
            [6, 8],
            [1, 4],
            [3, 5],
          ],
        ],
        [intervals(rng, 6)],
      ]),
      difficulty: 0.45,
    };
  },
});

/** Total covered length, or number of covered integer points, of a set of intervals. */
const covered = defineFamily({
  id: 'covered-by-intervals',
  topic: 'intervals',
  params: [{ what: 'length' }, { what: 'points' }],
  build: ({ what }, rng) => {
    const ref = (xs: number[][]): number => {
      const pts = new Set<number>();
      for (const [s = 0, e = 0] of xs) for (let x = s; what === 'length' ? x < e : x <= e; x++) pts.add(x);
      return pts.size;
    };
    const body = (expr: string): string => py`
      def covered(intervals):
          return ${expr}
    `;
    const stop = what === 'length' ? 'e' : 'e + 1';
    return {
      entryPoint: 'covered',
      signature: 'def covered(intervals: list[list[int]]) -> int:',
      description:
        what === 'length'
          ? 'Each interval [s, e] (s < e) covers the real line from s to e. Return the total length covered by at least one interval (overlaps count once).'
          : 'Each interval [s, e] (s <= e) covers the integers s, s+1, …, e. Return how many distinct integers are covered by at least one interval.',
      solution: body(`len({x for s, e in intervals for x in range(s, ${stop})})`),
      buggy: [
        body(`sum(${what === 'length' ? 'e - s' : 'e - s + 1'} for s, e in intervals)`),
        body(`len({x for s, e in intervals for x in range(s, ${what === 'length' ? 'e - 1' : 'e'})})`),
        body(
          `max((e for s, e in intervals), default=0) - min((s for s, e in intervals), default=0)${what === 'points' ? ' + (1 if intervals else 0)' : ''}`,
        ),
      ],
      publicCases: casesOf(ref, [
        [
          [
            [0, 4],
            [6, 9],
          ],
        ],
        [intervals(rng, 3)],
      ]),
      hiddenCases: casesOf(ref, [
        [[]],
        [
          [
            [1, 5],
            [3, 8],
          ],
        ],
        [
          [
            [0, 2],
            [10, 12],
          ],
        ],
        [
          [
            [2, 9],
            [3, 4],
          ],
        ],
        [[[5, 6]]],
        [intervals(rng, 5)],
      ]),
      difficulty: 0.35,
    };
  },
});

/** Exported for the suite: time and interval families. */
export const SHAPE_FAMILIES: readonly CodeFamily[] = [clock, mergeIntervals, covered];
