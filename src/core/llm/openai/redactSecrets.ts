/** Secrets shorter than this are not redacted: they would mangle ordinary words and cannot be meaningful keys. */
const MIN_SECRET_LENGTH = 4;

/** A function that replaces every occurrence of the given secrets in a text with `[redacted]`. */
export function createRedactor(secrets: readonly (string | undefined)[]): (text: string) => string {
  const list = [
    ...new Set(secrets.filter((s): s is string => s !== undefined && s.length >= MIN_SECRET_LENGTH)),
  ].sort((a, b) => b.length - a.length);
  return (text) => list.reduce((acc, secret) => acc.split(secret).join('[redacted]'), text);
}

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * The base URL without trailing slashes, and a display form without the user-info part (which may hold a password)
 * for ids and messages; also returns that password, raw and decoded, so it can be redacted.
 */
export function normaliseBaseUrl(raw: string): {
  url: string;
  display: string;
  secrets: string[];
  /** Why fetch cannot use it: not http(s), or user info in it (which fetch refuses), else null. */
  problem: 'not-http' | 'credentials' | null;
} {
  const url = raw.trim().replace(/\/+$/, '');
  try {
    const parsed = new URL(url);
    const secrets = parsed.password === '' ? [] : [parsed.password, safeDecode(parsed.password)];
    const hadUserInfo = parsed.username !== '' || parsed.password !== '';
    parsed.username = '';
    parsed.password = '';
    const display = hadUserInfo ? parsed.toString().replace(/\/+$/, '') : url;
    const isHttp = parsed.protocol === 'http:' || parsed.protocol === 'https:';
    return { url, display, secrets, problem: !isHttp ? 'not-http' : hadUserInfo ? 'credentials' : null };
  } catch {
    return { url, display: url, secrets: [], problem: 'not-http' };
  }
}
