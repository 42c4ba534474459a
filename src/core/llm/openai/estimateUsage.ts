import type { ChatMessage, LlmUsage } from '../../ports/LlmClient.ts';
import type { OpenAiPricing } from './OpenAiConfig.ts';

/** Rough token count of a text: about four characters per token for English and code. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Rough prompt size: the text plus the few tokens of framing each chat message costs. */
export function estimatePromptTokens(messages: readonly ChatMessage[]): number {
  return messages.reduce((sum, m) => sum + 4 + estimateTokens(m.content), 3);
}

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : null;

/**
 * The usage the server reported (`prompt_tokens`, `completion_tokens`), with any missing count estimated from the
 * text; `estimated` is set when any count was.
 */
export function toLlmUsage(raw: unknown, messages: readonly ChatMessage[], completion: string): LlmUsage {
  const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const prompt = count(fields['prompt_tokens']);
  const completionTokens = count(fields['completion_tokens']);
  const usage: LlmUsage = {
    promptTokens: prompt ?? estimatePromptTokens(messages),
    completionTokens: completionTokens ?? estimateTokens(completion),
  };
  if (prompt === null || completionTokens === null) usage.estimated = true;
  return usage;
}

/** Cost in US dollars of a usage at the given prices, or 0 without prices. */
export function costOf(usage: LlmUsage, pricing: OpenAiPricing | undefined): number {
  if (pricing === undefined) return 0;
  return (
    (usage.promptTokens * pricing.promptPerMillion + usage.completionTokens * pricing.completionPerMillion) /
    1e6
  );
}
