/** Property names that hold credentials; dropped wherever they appear (compared case-insensitively). */
export const SECRET_PROPERTY_NAMES: readonly string[] = [
  'apikey',
  'api_key',
  'x-api-key',
  'authorization',
  'headers',
  'key',
];

const isSecretProperty = (name: string): boolean => SECRET_PROPERTY_NAMES.includes(name.toLowerCase());

/** What replaces each occurrence of a secret string. */
export const REDACTED = '[redacted]';

/**
 * A deep copy of plain data with every credential-named property dropped and every occurrence of each secret
 * (in string values and property names) replaced by `[redacted]`, so an exported file cannot leak a key.
 */
export function redactSecrets(value: unknown, secrets: readonly string[] = []): unknown {
  // Longest first, so a secret that contains another is replaced whole.
  const needles = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  const scrub = (text: string): string => needles.reduce((t, s) => t.split(s).join(REDACTED), text);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return scrub(v);
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== 'object' || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(v)) {
      if (!isSecretProperty(k) && inner !== undefined) out[scrub(k)] = walk(inner);
    }
    return out;
  };
  return walk(value);
}

/** Pretty JSON of plain data after {@link redactSecrets}. */
export function toRedactedJson(value: unknown, secrets: readonly string[] = []): string {
  return `${JSON.stringify(redactSecrets(value, secrets), null, 2)}\n`;
}
