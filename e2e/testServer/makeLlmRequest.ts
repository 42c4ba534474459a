import type { LlmRequest } from '../../src/core/ports/LlmClient.ts';

/** A minimal valid LLM request for tests of real backends: one user message and neutral hints. */
export function makeLlmRequest(userMessage: string, overrides: Partial<LlmRequest> = {}): LlmRequest {
  return {
    operator: 'Custom',
    purpose: 'solve',
    promptKey: 'test-prompt',
    messages: [
      { role: 'system', content: 'You are a careful assistant.' },
      { role: 'user', content: userMessage },
    ],
    hints: {
      task: {
        id: 'test-1',
        source: 'test',
        type: 'math',
        metric: 'math',
        question: userMessage,
        gold: ['42'],
        difficulty: 0.5,
        distractors: ['41', '43'],
      },
      inputAnswer: null,
      feedback: null,
      branch: 0,
      attempt: 0,
      planners: [],
    },
    ...overrides,
  };
}
