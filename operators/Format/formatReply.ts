import { extractFinalAnswer } from '../../src/core/operators/answerKey.ts';
import type { Task } from '../../src/core/tasks/types.ts';

const unwrap = (text: string): string =>
  text
    .trim()
    .replace(/^[*_`"\s]+|[*_`"\s]+$/g, '')
    .trim();

/** The option letter a reply names, reading `B`, `(b)`, `B. Carbon dioxide`, `answer is B` or the option text. */
function optionLetter(text: string, choices: readonly string[]): string | null {
  const direct = /^\(?([A-Za-z])\)?(?:[.):]|\s|$)/.exec(text)?.[1];
  const index = direct !== undefined ? direct.toUpperCase().charCodeAt(0) - 65 : -1;
  if (direct !== undefined && (choices.length === 0 || index < choices.length)) return direct.toUpperCase();
  const byText = choices.findIndex(
    (c) => c.trim().toLowerCase() === text.trim().toLowerCase().replace(/\.$/, ''),
  );
  return byText >= 0 ? String.fromCharCode(65 + byText) : null;
}

/**
 * Reads the concise answer from a Format reply on a non-code task: the marked answer if any, else the last
 * non-empty line; on multiple choice the option letter. Null when the reply holds nothing usable.
 */
export function formatReply(reply: string, task: Task): string | null {
  const marked = extractFinalAnswer(reply);
  const lines = reply
    .split('\n')
    .map(unwrap)
    .filter((line) => line !== '');
  const raw = marked !== null ? unwrap(marked) : lines.at(-1);
  if (raw === undefined || raw === '') return null;
  if (task.type === 'mc') return optionLetter(raw, task.choices ?? []) ?? raw;
  return raw.replace(/\.$/, '');
}
