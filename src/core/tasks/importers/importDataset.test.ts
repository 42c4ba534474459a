import { describe, expect, it } from 'vitest';
import type { Task } from '../types.ts';
import { DATASET_NAMES, describeDataset, importDataset, resolveDatasetName } from './importDataset.ts';
import type { DatasetInput } from './importResult.ts';
import { overlapsQaAnswer, sameMathAnswer } from './normalizeAnswer.ts';
import { sampleFolder, sampleText } from './readSample.testutil.ts';

const INPUTS: [string, DatasetInput, number][] = [
  ['gsm8k', sampleText('gsm8k/test.jsonl'), 300],
  ['MATH', sampleText('math/test.jsonl'), 200],
  ['hotpotqa', sampleText('hotpotqa/hotpotqa_validate.jsonl'), 200],
  ['squad-v2', sampleText('squad_v2/dev-v2.0.json'), 199],
  ['mbpp', sampleText('mbpp/sanitized-mbpp.json'), 200],
  ['mbpp_full', sampleText('mbpp/mbpp.jsonl'), 200],
  ['HumanEval', sampleText('humaneval/HumanEval.jsonl'), 164],
  ['TriviaQA', sampleText('triviaqa/triviaqa_sample.json'), 1],
  ['nq_open', sampleText('nq_open/NQ-open.dev.jsonl'), 200],
  ['mathqa', sampleText('mathqa/test.json'), 200],
  ['aime', sampleFolder('aime2025'), 30],
  ['apps', sampleFolder('apps/train'), 5],
  ['apps', sampleText('apps/apps_test_10.jsonl'), 10],
  ['ds-1000', sampleText('ds1000/ds1000.jsonl'), 200],
];
const imported = INPUTS.map(([name, input, count]) => ({ name, count, result: importDataset(name, input) }));
const allTasks: Task[] = imported.flatMap((i) => i.result.tasks);

describe('importDataset', () => {
  it.each(imported.map((i) => [i.name, i.count, i] as const))(
    '%s yields %i tasks and no problems',
    (_n, count, i) => {
      expect(i.result.tasks).toHaveLength(count);
      expect(i.result.problems).toEqual([]);
    },
  );

  it('gives unique ids and coherent fields across all 12 datasets', () => {
    expect(new Set(allTasks.map((t) => t.id)).size).toBe(allTasks.length);
    expect(new Set(allTasks.map((t) => t.source))).toEqual(new Set(DATASET_NAMES));
    for (const t of allTasks) {
      expect(t.difficulty).toBeGreaterThanOrEqual(0);
      expect(t.difficulty).toBeLessThanOrEqual(1);
      expect(t.id.startsWith(`${t.source}/`)).toBe(true);
      const description = describeDataset(t.source);
      expect([t.type, t.metric]).toEqual([description.type, description.metric]);
      if (t.type === 'code') expect(description.testFormats).toContain(t.code?.format);
      if (t.type === 'math') expect(t.programs?.wrong).toHaveLength(t.distractors.length);
    }
  });

  it('never offers a gold answer as a distractor (all imported tasks)', () => {
    for (const t of allTasks) {
      expect(new Set(t.distractors).size).toBe(t.distractors.length);
      for (const d of t.distractors) {
        for (const g of t.gold) {
          if (t.type === 'math') expect(sameMathAnswer(d, g), `${t.id}: ${d} vs ${g}`).toBe(false);
          else if (t.type === 'qa') expect(overlapsQaAnswer(d, g), `${t.id}: ${d} vs ${g}`).toBe(false);
          else expect(d.trim(), t.id).not.toBe(g.trim());
        }
      }
      if (t.type !== 'code') expect(t.distractors.length, t.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('is deterministic: the same file gives the same distractors', () => {
    const again = importDataset('gsm8k', sampleText('gsm8k/test.jsonl')).tasks.map((t) => t.distractors);
    expect(again).toEqual(imported[0]?.result.tasks.map((t) => t.distractors));
  });

  it.each([
    ['GSM8K', 'gsm8k'],
    ['squad2', 'squad_v2'],
    ['Natural Questions', 'nq_open'],
    ['mbpp-sanitized', 'mbpp'],
    ['AIME 2025', 'aime2025'],
    ['DS_1000', 'ds1000'],
    ['unknown', null],
  ])('resolves the alias %s to %s', (alias, name) => {
    expect(resolveDatasetName(alias)).toBe(name);
  });

  it('describes every dataset, with a split rule for the code sets only', () => {
    for (const name of DATASET_NAMES) {
      const d = describeDataset(name);
      expect(d.name).toBe(name);
      expect(d.splitRule === null).toBe(d.type !== 'code');
      expect(d.testFormats === null).toBe(d.type !== 'code');
    }
    expect(describeDataset('humaneval').splitRule).toMatch(/docstring/);
  });

  it('throws E_DATASET for an unknown name or a folder given to a one-file dataset', () => {
    expect(() => importDataset('imagenet', '')).toThrow(/unknown dataset; known: gsm8k, math/);
    expect(() => describeDataset('imagenet')).toThrow(/unknown dataset/);
    expect(() => importDataset('gsm8k', { 'test.jsonl': '' })).toThrow(/not a folder/);
  });
});
