import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TaskType } from '../../tasks/types.ts';
import { createRng } from '../../util/createRng.ts';
import { identifyAnswer, taskCandidates } from './simCandidates.ts';
import { garbleAnswer, renderAnswer, renderPlan } from './simText.ts';
import type { AnswerStyle } from './simText.ts';
import { makeSimTestTask } from './simTestTasks.ts';

const TYPES: TaskType[] = ['math', 'qa', 'mc', 'code'];
const STYLES: AnswerStyle[] = ['concise', 'verbose', 'unreadable'];

/** A metric-style extractor: "final answer:" or "the answer is", else the last number. */
function metricExtract(text: string): string {
  const marked = /(?:final answer\s*:|the answer is)\s*([^\n]+?)\.?\s*$/im.exec(text);
  if (marked?.[1]) return marked[1].trim();
  return text.match(/-?\d+(?:\.\d+)?/g)?.at(-1) ?? text.trim();
}

describe('renderAnswer', () => {
  it('always states the candidate so a reader (checker, Format) recovers it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TYPES),
        fc.nat(50),
        fc.nat(4),
        fc.constantFrom(...STYLES),
        fc.integer(),
        (type, i, c, style, seed) => {
          const task = makeSimTestTask(type, i, 51);
          const { gold, wrong } = taskCandidates(task);
          const all = [...gold, ...wrong];
          const answer = all[c % all.length] ?? '';
          expect(identifyAnswer(task, renderAnswer(task, answer, style, createRng(seed)))?.text).toBe(answer);
        },
      ),
    );
  });

  it('lets a metric extract math answers unless the prose is unreadable', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(3), fc.constantFrom(...STYLES), fc.integer(), (i, c, style, seed) => {
        const task = makeSimTestTask('math', i, 51);
        const answer = [...task.gold, ...task.distractors][c] ?? '';
        const extracted = metricExtract(renderAnswer(task, answer, style, createRng(seed)));
        if (style === 'unreadable') expect(extracted).not.toBe(answer);
        else expect(extracted).toBe(answer);
      }),
    );
  });

  it('ends unreadable code on an example block, so a last-block extractor misses the solution', () => {
    const task = makeSimTestTask('code', 0);
    const text = renderAnswer(task, task.code?.solution ?? '', 'unreadable', createRng(1));
    expect(text.trimEnd()).toMatch(/print\(combine_0\(\[3, 1, 2\]\)\)\n```$/);
  });
});

describe('garbleAnswer and renderPlan', () => {
  it('garbles to a strict prefix that names no candidate', () => {
    for (const type of ['math', 'qa', 'mc'] as const) {
      const task = makeSimTestTask(type, 2);
      const answer = task.gold[0] ?? '';
      const garbled = garbleAnswer(task, answer);
      expect(answer.startsWith(garbled) && garbled.length < answer.length).toBe(true);
      expect(identifyAnswer(task, garbled)).toBeNull();
    }
  });

  it('numbers 3–5 plan steps', () => {
    for (let seed = 0; seed < 20; seed++) {
      const steps = renderPlan(makeSimTestTask('code', 0), 'decompose', createRng(seed)).split('\n').slice(1);
      expect(steps.length).toBeGreaterThanOrEqual(3);
      expect(steps.length).toBeLessThanOrEqual(5);
      steps.forEach((s, i) => expect(s.startsWith(`${i + 1}. Sub-problem: `)).toBe(true));
    }
  });
});
