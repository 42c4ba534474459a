import { describe, expect, it } from 'vitest';
import { normalizeSquadAnswer, squadEM, squadF1 } from './squadF1.ts';

describe('normalizeSquadAnswer', () => {
  it.each([
    ['The Eiffel Tower!', 'eiffel tower'],
    ['U.S.A.', 'usa'],
    ['  a   cat,  an owl ', 'cat owl'],
    ['theory of the atom', 'theory of atom'],
    ['No answer.', ''],
    ['Unanswerable', ''],
  ])('%j → %j', (raw, want) => {
    expect(normalizeSquadAnswer(raw)).toBe(want);
  });
});

describe('squadF1 and squadEM (hand-computed)', () => {
  it.each([
    // pred, golds, F1, EM
    ['the Eiffel Tower', ['Eiffel Tower'], 1, 1],
    // 4 predicted tokens, 2 gold, 2 shared: P = 1/2, R = 1, F1 = 2/3.
    ['Eiffel Tower in Paris', ['Eiffel Tower'], 2 / 3, 0],
    // P = 1, R = 1/2.
    ['Paris', ['Paris, France'], 2 / 3, 0],
    // Max over golds: "new york" gives P = 2/3, R = 1, F1 = 0.8; "NYC" gives 0.
    ['New York City', ['NYC', 'New York'], 0.8, 0],
    // Counts are clipped: red ×1 and blue ×1 shared out of 3 each.
    ['red red blue', ['red blue blue'], 2 / 3, 0],
    ['Marta Reyna', ['Tomas Reyna'], 0.5, 0],
    ['the a an', ['Paris'], 0, 0],
    ['', ['Paris'], 0, 0],
    ['Kestrel Works', ['kestrel works.'], 1, 1],
  ] as const)('%j vs %j → F1 %f, EM %i', (pred, golds, f1, em) => {
    expect(squadF1(pred, golds)).toBeCloseTo(f1, 10);
    expect(squadEM(pred, golds)).toBe(em);
  });

  it('treats an empty gold list (unanswerable) as one empty gold that only an empty or no-answer prediction matches', () => {
    for (const golds of [[], ['']]) {
      expect(squadF1('', golds)).toBe(1);
      expect(squadF1('unanswerable', golds)).toBe(1);
      expect(squadEM('No answer.', golds)).toBe(1);
      expect(squadF1('Paris', golds)).toBe(0);
      expect(squadEM('Paris', golds)).toBe(0);
    }
    expect(squadF1('no answer', ['Paris'])).toBe(0);
  });
});
