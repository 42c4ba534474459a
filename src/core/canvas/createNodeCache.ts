import type { OperatorResult } from '../operators/types.ts';
import type { TokenCount } from './types.ts';
import { hashHex } from '../util/hash.ts';
import { stableStringify } from './stableHash.ts';

/** What identifies one operator call for caching: identical keys give identical results (SPEC §1, §3). */
export interface NodeCacheKeyParts {
  operator: string;
  /** Template id or `text:<hash>`. */
  promptKey: string;
  inputHash: string;
  /** `LlmClient.id`. */
  backendId: string;
  taskId: string;
  branch: number;
}

/** A cached successful operator result (never a failed, aborted or timed-out one). */
export type CachedNodeResult = Pick<OperatorResult, 'output' | 'summary' | 'signals'> & {
  /** The tokens the call spent when it ran (a hit spends none, but the workflow's cost still includes them). */
  tokens?: TokenCount;
};

/** An LRU cache of operator results, so re-running an edited workflow skips unchanged upstream nodes. */
export interface NodeCache {
  get(key: string): CachedNodeResult | undefined;
  set(key: string, value: CachedNodeResult): void;
  has(key: string): boolean;
  readonly size: number;
  clear(): void;
}

/** Options of {@link createNodeCache}. */
export interface NodeCacheOptions {
  /** Entries kept; the least recently used goes first. Default 1000. */
  maxEntries?: number;
}

/** The cache key of one operator call. */
export function nodeCacheKey(parts: NodeCacheKeyParts): string {
  return `${parts.operator}:${hashHex(stableStringify(parts))}`;
}

/** Creates an empty LRU node cache; a Map's insertion order is the recency order. */
export function createNodeCache(options: NodeCacheOptions = {}): NodeCache {
  const maxEntries = Math.max(1, Math.floor(options.maxEntries ?? 1000));
  const entries = new Map<string, CachedNodeResult>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value === undefined) return undefined;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done === true) break;
        entries.delete(oldest.value);
      }
    },
    has: (key) => entries.has(key),
    get size() {
      return entries.size;
    },
    clear: () => entries.clear(),
  };
}
