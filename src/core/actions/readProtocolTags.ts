/** Tags of the paper's action protocol. */
export const PROTOCOL_TAGS = [
  'action',
  'operator',
  'structure',
  'operators',
  'condition',
  'true',
  'false',
  'count',
  'target',
  'prompt',
  'position',
] as const;

/** One protocol tag name. */
export type ProtocolTag = (typeof PROTOCOL_TAGS)[number];

interface Opening {
  tag: ProtocolTag;
  start: number;
  end: number;
}

const OPENING = /<\s*([a-z_]+)\s*>|\[\s*([a-z_]+)\s*\]/gi;
const isTag = (name: string): name is ProtocolTag => (PROTOCOL_TAGS as readonly string[]).includes(name);

function openings(text: string): Opening[] {
  const found: Opening[] = [];
  for (const m of text.matchAll(OPENING)) {
    const name = (m[1] ?? m[2] ?? '').toLowerCase();
    if (isTag(name)) found.push({ tag: name, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Where a tag's content ends: its closing tag in either form, else the next protocol tag, else the text's end. */
function contentEnd(text: string, open: Opening, next: Opening | undefined): { end: number; after: number } {
  const closing = new RegExp(`<\\s*/\\s*${open.tag}\\s*>|\\[\\s*/\\s*${open.tag}\\s*\\]`, 'i');
  const rest = text.slice(open.end);
  const m = closing.exec(rest);
  if (m) return { end: open.end + m.index, after: open.end + m.index + m[0].length };
  const stop = next?.start ?? text.length;
  return { end: stop, after: stop };
}

/**
 * Reads the tags of the first action in a text, in `<tag>…</tag>` or `[tag]…[/tag]` form, case-insensitively:
 * tags up to the second `<action>` count, the first occurrence of each wins, and tags inside another tag's
 * content (a prompt quoting a tag) are skipped. Contents are trimmed; an unclosed tag runs to the next tag.
 * Returns null when the text has no action tag.
 */
export function readProtocolTags(text: string): Partial<Record<ProtocolTag, string>> | null {
  const all = openings(text);
  if (!all.some((o) => o.tag === 'action')) return null;
  const tags: Partial<Record<ProtocolTag, string>> = {};
  let consumedUntil = 0;
  for (let i = 0; i < all.length; i++) {
    const open = all[i];
    if (!open || open.start < consumedUntil) continue;
    if (open.tag === 'action' && tags.action !== undefined) break;
    const next = all.slice(i + 1).find((o) => o.start >= open.end);
    const { end, after } = contentEnd(text, open, next);
    tags[open.tag] ??= text.slice(open.end, end).trim();
    consumedUntil = after;
  }
  return tags;
}
