/**
 * The response formats operators ask an LLM for, with their parsers and printers. Real endpoints are prompted to
 * answer in these formats; the simulated backend prints them; operators parse them. Parsers are lenient (case,
 * spacing, markdown bold) because real models drift.
 */

/** A checker's answer: `VERDICT: PASS|FAIL`, `CONFIDENCE: 0–1`, optional `ANSWER:`, then `FEEDBACK:`. */
export interface VerdictText {
  passed: boolean;
  confidence: number;
  answer: string | null;
  feedback: string;
}

export function printVerdict(v: VerdictText): string {
  const lines = [`VERDICT: ${v.passed ? 'PASS' : 'FAIL'}`, `CONFIDENCE: ${v.confidence.toFixed(2)}`];
  if (v.answer !== null) lines.push(`ANSWER: ${v.answer}`);
  lines.push(`FEEDBACK: ${v.feedback}`);
  return lines.join('\n');
}

const field = (text: string, name: string): string | null => {
  const m = new RegExp(`^[\\s*_#>-]*${name}[\\s*_]*[:=][\\s*_]*(.*)$`, 'im').exec(text);
  return m?.[1] !== undefined ? m[1].trim() : null;
};

/** Reads a verdict; returns null when no VERDICT line (or a bare PASS/FAIL word) can be found. */
export function parseVerdict(text: string): VerdictText | null {
  const verdict = field(text, 'verdict') ?? /\b(PASS|FAIL)(ED)?\b/.exec(text)?.[1] ?? null;
  if (verdict === null) return null;
  const passed = /^(pass|correct|yes|true|ok)/i.test(verdict.trim());
  const confRaw = Number.parseFloat(field(text, 'confidence') ?? '');
  const confidence = Number.isFinite(confRaw)
    ? Math.min(1, Math.max(0, confRaw > 1 ? confRaw / 100 : confRaw))
    : 0.5;
  const feedbackMatch = /^[\s*_#>-]*feedback[\s*_]*[:=][\s*_]*([\s\S]*)$/im.exec(text);
  const feedback = feedbackMatch?.[1]?.trim() ?? '';
  return { passed, confidence, answer: field(text, 'answer'), feedback };
}

/** Wraps code in a fenced Python block, with optional prose around it (verbose model output). */
export function printCodeBlock(code: string, before = '', after = ''): string {
  return [before, '```python', code.replace(/\s+$/, ''), '```', after].filter((s) => s !== '').join('\n');
}

/** The last fenced code block (```python or ```), else the whole text when it looks like code, else null. */
export function extractCodeBlock(text: string): string | null {
  const blocks = [...text.matchAll(/```[ \t]*(?:python|py|python3)?[ \t]*\r?\n([\s\S]*?)```/gi)];
  const last = blocks.at(-1)?.[1];
  if (last !== undefined) return last.replace(/\s+$/, '') + '\n';
  if (/^\s*(def |import |from |class |[A-Za-z_]\w*\s*=)/m.test(text)) return text.trim() + '\n';
  return null;
}

/** An ensemble's choice: `SELECTED: B` (letters index the candidate list). */
export function printSelection(index: number): string {
  return `SELECTED: ${String.fromCharCode(65 + index)}`;
}

/** Reads `SELECTED: X` (letter or 1-based number); null when absent or out of range. */
export function parseSelection(text: string, count: number): number | null {
  const raw = field(text, 'selected') ?? field(text, 'selection') ?? field(text, 'choice');
  if (raw === null) return null;
  const letter = /^[([]?([A-Za-z])\b/.exec(raw);
  const num = /^(\d+)/.exec(raw);
  const index = letter?.[1] ? letter[1].toUpperCase().charCodeAt(0) - 65 : num?.[1] ? Number(num[1]) - 1 : -1;
  return index >= 0 && index < count ? index : null;
}

/** An AnswerGenerate response: reasoning, then the minimal answer span. */
export function printThoughtAnswer(thought: string, answer: string): string {
  return `THOUGHT: ${thought}\nANSWER: ${answer}`;
}

export function parseThoughtAnswer(text: string): { thought: string; answer: string } | null {
  const answer = field(text, 'answer');
  if (answer === null || answer === '') return null;
  return { thought: field(text, 'thought') ?? '', answer };
}
