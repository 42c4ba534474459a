import { describe, expect, it } from 'vitest';
import { importTriviaQa } from './importTriviaQa.ts';
import { sampleText } from './readSample.testutil.ts';

const result = importTriviaQa(sampleText('triviaqa/triviaqa_sample.json'));

describe('importTriviaQa', () => {
  it('imports the one official sample record with Value and Aliases as gold and no passage', () => {
    expect(result.problems).toEqual([]);
    expect(result.tasks).toHaveLength(1);
    const task = result.tasks[0];
    expect(task?.id).toBe('triviaqa/tc_33');
    expect(task?.question).toBe('Which Lloyd Webber musical premiered in the US on 10th December 1993?');
    expect(task?.gold[0]).toBe('Sunset Boulevard');
    expect(task?.gold).toEqual(
      expect.arrayContaining(['Sunset Blvd', 'West Sunset Boulevard', 'Sunset Blvd.']),
    );
    expect(new Set(task?.gold).size).toBe(task?.gold.length);
    expect(task?.context).toBeUndefined();
    expect(task?.distractors).toContain('Andrew Lloyd Webber');
  });

  it('rejects a file without the Data array', () => {
    expect(() => importTriviaQa('{"Version": 1}')).toThrow(/triviaqa: .*'Data'/);
  });

  it('reports a record without an Answer by index', () => {
    const doc = { Data: [{ Question: 'q', QuestionId: 'x' }] };
    expect(() => importTriviaQa(JSON.stringify(doc))).toThrow(/record 0: field 'Answer'/);
  });
});
