import { extractCodeBlock } from '../../operators/protocol.ts';
import { assertNever } from '../../util/assertNever.ts';
import type { Task } from '../types.ts';
import { extractMcLetter } from './mcLetterMatch.ts';
import { lastBoxed } from './normalizeMathAnswer.ts';

const ANSWER_PHRASE = /(?:final answer|answer)\s*(?:is|:|=)\s*:?\s*(.+)/gi;
const NUMBER = /-?\d[\d,]*(?:\.\d+)?(?:\/\d+)?/g;
// A sentence end, but not the dot of an initial or a common abbreviation ("M. Night Shyamalan", "St. Louis").
const EXPLANATION =
  /\s+(?:because|since|as|which|so that|given that)\s|\s+[-–—]{1,2}\s|;\s|(?<!\b(?:[A-Z]|St|Mr|Mrs|Ms|Dr|Jr|Sr|Mt|vs|No))\.\s|\.$/i;
/** Prose has plain words in a row ("it is 42"); a bare answer ("\frac{12}{7}", "(7,6)", "D", "12 apples") does not. */
const PROSE = /[A-Za-z]{2,}\s+[A-Za-z]{2,}/;

const lastMatch = (text: string, pattern: RegExp): string | null => {
  const all = [...text.matchAll(pattern)];
  return all.at(-1)?.[1]?.trim() ?? null;
};

/** Removes markdown emphasis, surrounding quotes and trailing punctuation. */
const tidy = (text: string): string =>
  text
    .replace(/\*\*|__/g, '')
    .trim()
    .replace(/^["'“‘]+|["'”’]+$/g, '')
    .replace(/[.,;:]$/, '')
    .trim();

/** A math answer from verbose text: last `\boxed{}`, `####`, "answer is/:", a final `= X`, else the last number. */
export function extractMathAnswer(text: string): string | null {
  const boxed = lastBoxed(text);
  if (boxed !== null) return boxed.trim();
  const hashes = text.lastIndexOf('####');
  if (hashes >= 0) return tidy(text.slice(hashes + 4).split('\n')[0] ?? '') || null;
  const phrase = lastMatch(text, ANSWER_PHRASE);
  if (phrase !== null) {
    const dollars = /^\$([^$]+)\$/.exec(phrase)?.[1];
    const cut = dollars ?? phrase.split(/\.\s|\n/)[0] ?? phrase;
    const answer = tidy(cut);
    if (answer !== '') return answer;
  }
  const trimmed = text.trim();
  if (!trimmed.includes('\n') && trimmed.length <= 60 && !PROSE.test(trimmed.replace(/\\[a-z]+/gi, ''))) {
    const bare = tidy(trimmed.replace(/^\$+|\$+$/g, ''));
    // "x = 5" answers 5; an equation like 5x - 7y = 0 is itself the answer.
    const assigned = /^[A-Za-z]\s*=\s*([^=]+)$/.exec(bare)?.[1];
    if (assigned !== undefined) return assigned.trim();
    const lhs = bare.split('=')[0] ?? '';
    if (bare !== '' && (!bare.includes('=') || (/[A-Za-z]/.test(lhs) && /[\d+\-*/^]/.test(lhs)))) return bare;
  }
  const lastLine = trimmed.split('\n').at(-1) ?? '';
  const eq = /=\s*([^=]+?)\s*\.?\s*$/.exec(lastLine)?.[1];
  if (eq !== undefined && /\d/.test(eq)) return tidy(eq.replace(/^\$|\$$/g, ''));
  const numbers = text.match(NUMBER);
  return numbers?.at(-1) ?? null;
}

/** A short answer from verbose text: after "answer:"/"answer is", else the first line without its explanation. */
export function extractQaAnswer(text: string): string | null {
  const phrase = lastMatch(text, ANSWER_PHRASE);
  const source = phrase ?? text.split('\n').find((l) => l.trim() !== '') ?? '';
  const cut = source.search(EXPLANATION);
  const answer = tidy(cut >= 0 ? source.slice(0, cut) : source);
  return answer === '' ? null : answer;
}

/** Code from verbose text: the last fenced block, else the text itself. */
export function extractCodeAnswer(text: string): string | null {
  const code = extractCodeBlock(text);
  if (code !== null) return code;
  const trimmed = text.trim();
  return trimmed === '' ? null : `${trimmed}\n`;
}

/**
 * The answer a metric should score, pulled out of a possibly verbose model output according to the task's metric
 * (math expression, QA span, option letter or code); null when nothing usable is found.
 */
export function extractAnswer(task: Task, text: string): string | null {
  switch (task.metric) {
    case 'math':
      return extractMathAnswer(text);
    case 'f1':
      return extractQaAnswer(text);
    case 'mc':
      return extractMcLetter(text, task.choices?.length ?? 5);
    case 'code':
      return extractCodeAnswer(text);
    default:
      return assertNever(task.metric, 'metric');
  }
}
