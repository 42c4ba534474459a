import { describe, expect, it } from 'vitest';
import { importSquadV2 } from './importSquadV2.ts';
import { sampleText } from './readSample.testutil.ts';

const result = importSquadV2(sampleText('squad_v2/dev-v2.0.json'));

describe('importSquadV2', () => {
  it('imports all 199 questions, 109 of them unanswerable with gold [""]', () => {
    expect(result.problems).toEqual([]);
    expect(result.tasks).toHaveLength(199);
    const impossible = result.tasks.filter((t) => t.meta?.['isImpossible'] === true);
    expect(impossible).toHaveLength(109);
    for (const t of impossible) expect(t.gold).toEqual(['']);
  });

  it('uses the question’s own paragraph as context and deduplicates annotator answers', () => {
    const [first, second] = result.tasks;
    expect(first?.id).toBe('squad_v2/56ddde6b9a695914005b9628');
    expect(first?.gold).toEqual(['France']);
    expect(first?.context).toMatch(/^The Normans \(Norman: Nourmands/);
    expect(second?.gold).toEqual(['10th and 11th centuries', 'in the 10th and 11th centuries']);
    expect(second?.difficulty).toBe(0.45);
  });

  it('puts the dataset’s plausible answer first among an unanswerable question’s distractors', () => {
    const task = result.tasks.find((t) => t.id === 'squad_v2/5ad39d53604f3c001a3fe8d1');
    expect(task?.gold).toEqual(['']);
    expect(task?.distractors[0]).toBe('Normans');
  });

  it('reports a malformed question by index and keeps the rest', () => {
    const doc = {
      version: 'v2.0',
      data: [
        {
          title: 'T',
          paragraphs: [
            {
              context: 'Paris is the capital of France. Berlin is in Germany.',
              qas: [
                {
                  id: 'a',
                  question: 'Capital?',
                  answers: [{ text: 'Paris', answer_start: 0 }],
                  is_impossible: false,
                },
                { id: 'b', answers: [] },
              ],
            },
          ],
        },
      ],
    };
    const out = importSquadV2(JSON.stringify(doc));
    expect(out.tasks.map((t) => t.id)).toEqual(['squad_v2/a']);
    expect(out.problems[0]).toMatchObject({ index: 1 });
    expect(out.problems[0]?.message).toMatch(/'question'/);
  });

  it('rejects JSON Lines or a file without data with E_DATASET', () => {
    expect(() => importSquadV2('{"version": "v2.0"}')).toThrow(/squad_v2: expected the SQuAD v2 JSON/);
    expect(() => importSquadV2(sampleText('gsm8k/test.jsonl'))).toThrow(/not JSON/);
  });
});
