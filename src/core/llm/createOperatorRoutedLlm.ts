import type { LlmClient } from '../ports/LlmClient.ts';

/**
 * A default backend plus per-operator overrides (e.g. Verify on a stronger model): each call goes to the client
 * named for its operator, else to the default. The id lists every route so node-cache keys change when a route does.
 */
export function createOperatorRoutedLlm(
  fallback: LlmClient,
  overrides: Readonly<Record<string, LlmClient>>,
): LlmClient {
  const routes = Object.entries(overrides).sort(([a], [b]) => a.localeCompare(b));
  if (routes.length === 0) return fallback;
  const id = `${fallback.id}|${routes.map(([op, client]) => `${op}=${client.id}`).join('|')}`;
  return {
    id,
    complete: (request) => (overrides[request.operator] ?? fallback).complete(request),
  };
}
