import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../util/createRng.ts';
import { extractSpans } from './extractSpans.ts';
import { normalizeQaAnswer, overlapsQaAnswer } from './normalizeAnswer.ts';
import { answerShape, qaDistractors } from './qaDistractors.ts';

const PASSAGE =
  'The Normans were the people who in the 10th and 11th centuries gave their name to Normandy, a region in France. ' +
  'They were descended from Norse raiders from Denmark, Iceland and Norway who, under their leader Rollo, agreed ' +
  'to swear fealty to King Charles III of West Francia. The treaty was signed on 911, about 1,200 years ago.';

describe('extractSpans', () => {
  it('finds names, numbers and phrases without crossing sentences', () => {
    const spans = extractSpans(PASSAGE);
    expect(spans.entities).toEqual(
      expect.arrayContaining(['Normans', 'Normandy', 'Rollo', 'King Charles III of West Francia']),
    );
    expect(spans.entities.some((e) => e.includes('. '))).toBe(false);
    expect(spans.entities).not.toContain('The');
    expect(spans.numbers).toEqual(expect.arrayContaining(['10th', '11th centuries', '911', '1,200 years']));
    expect(spans.phrases).toContain('region');
  });

  it('reads dates with month names', () => {
    expect(extractSpans('Born 2 March 1972, died on June 5, 2001 and in May 1990.').numbers).toEqual(
      expect.arrayContaining(['2 March 1972', 'June 5, 2001', 'May 1990']),
    );
  });
});

describe('qaDistractors', () => {
  it.each([
    ['Rollo', 'entity'],
    ['1972', 'number'],
    ['no', 'yesno'],
    ['a failed coup', 'phrase'],
  ])('classifies %s as %s', (answer, shape) => {
    expect(answerShape(answer)).toBe(shape);
  });

  it('prefers spans of the gold kind from the passage', () => {
    const out = qaDistractors(
      ['Rollo'],
      { question: 'Who was the Norse leader?', passage: PASSAGE },
      createRng(1),
    );
    expect(out).toHaveLength(3);
    for (const d of out) expect(extractSpans(PASSAGE).entities).toContain(d);
    const passage = 'In 911 and 1002 and 1154 they came; 40 men.';
    const years = qaDistractors(['1066'], { question: 'When?', passage }, createRng(2));
    expect(new Set(years.slice(0, 2))).toEqual(new Set(['1002', '1154']));
    expect(['911', '40']).toContain(years[2]);
  });

  it('answers yes with no first, and uses plausible answers first for unanswerable questions', () => {
    expect(qaDistractors(['yes'], { question: 'Are Rollo and Charles both kings?' }, createRng(3))[0]).toBe(
      'no',
    );
    const out = qaDistractors(
      [''],
      { question: 'q', passage: PASSAGE, plausible: ['Iceland'] },
      createRng(3),
    );
    expect(out[0]).toBe('Iceland');
    expect(out).toHaveLength(3);
  });

  it('moves a number of the gold when nothing else is available', () => {
    expect(qaDistractors(['December 1972'], { question: 'when' }, createRng(4))).toEqual(
      expect.arrayContaining(['December 1973']),
    );
  });

  it('never returns a gold answer, a part of one, or a duplicate (property)', () => {
    const spans = extractSpans(PASSAGE);
    const goldPool = [...spans.entities, ...spans.numbers, ...spans.phrases, 'yes', 'no', ''];
    fc.assert(
      fc.property(fc.subarray(goldPool, { minLength: 1, maxLength: 3 }), fc.integer(), (gold, seed) => {
        const out = qaDistractors(gold, { question: 'Who?', passage: PASSAGE }, createRng(seed));
        expect(out.length).toBeGreaterThanOrEqual(2);
        for (const d of out) {
          expect(normalizeQaAnswer(d)).not.toBe('');
          for (const g of gold) expect(overlapsQaAnswer(d, g)).toBe(false);
        }
        expect(new Set(out.map(normalizeQaAnswer)).size).toBe(out.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('normalizeQaAnswer', () => {
  it.each([
    ['The  Normans!', 'normans'],
    ['in the 10th and 11th centuries', 'in 10th and 11th centuries'],
    ['Sunset Blvd.', 'sunset blvd'],
  ])('%s → %s', (text, norm) => {
    expect(normalizeQaAnswer(text)).toBe(norm);
  });

  it('treats containment as overlap so near-copies of the gold are not distractors', () => {
    expect(overlapsQaAnswer('Denmark', 'Denmark, Iceland and Norway')).toBe(true);
    expect(overlapsQaAnswer('the 10th century', '10th century')).toBe(true);
    expect(overlapsQaAnswer('Norway', 'Normandy')).toBe(false);
  });
});
