import { FlowSteerError } from '../errors.ts';
import type { OperatorDefinition } from './types.ts';

/** Read-only lookup of operators by type. No global singleton: each canvas, policy and test makes its own. */
export interface OperatorRegistry {
  /** Operators in registration order (the palette and the policy's operator list use it). */
  list(): readonly OperatorDefinition[];
  get(type: string): OperatorDefinition | undefined;
  has(type: string): boolean;
  /** A typed result for unknown types, never an exception. */
  lookup(
    type: string,
  ): { ok: true; def: OperatorDefinition } | { ok: false; code: 'E_UNKNOWN_OPERATOR'; message: string };
  /** A new registry with more operators (plug-and-play after training). */
  extend(defs: readonly OperatorDefinition[]): OperatorRegistry;
}

/** Builds a registry; a duplicate type is an error. */
export function createOperatorRegistry(defs: readonly OperatorDefinition[]): OperatorRegistry {
  const byType = new Map<string, OperatorDefinition>();
  for (const def of defs) {
    if (byType.has(def.type)) {
      throw new FlowSteerError('E_DUPLICATE_OPERATOR', `Two operators are registered as "${def.type}".`);
    }
    byType.set(def.type, def);
  }
  const ordered = [...byType.values()];
  return {
    list: () => ordered,
    get: (type) => byType.get(type),
    has: (type) => byType.has(type),
    lookup(type) {
      const def = byType.get(type);
      if (def) return { ok: true, def };
      const known = ordered.map((d) => d.type).join(', ');
      return {
        ok: false,
        code: 'E_UNKNOWN_OPERATOR',
        message: `Unknown operator "${type}". Known: ${known}.`,
      };
    },
    extend: (more) => createOperatorRegistry([...ordered, ...more]),
  };
}
