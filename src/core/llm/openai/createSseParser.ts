/** An incremental Server-Sent Events reader: feed it text as it arrives, get the data of each finished event. */
export interface SseParser {
  /** Adds a chunk (any split, even inside a line or a CRLF) and returns the data of the events it completed. */
  push(chunk: string): string[];
  /** Ends the stream: returns the data of a last event that lacked its blank line (lenient, unlike the spec). */
  end(): string[];
}

/**
 * Creates an {@link SseParser} following the EventSource rules that matter for chat completions: CR, LF and CRLF
 * line ends, `:` comments, multi-line `data` joined by newlines, one optional space after the colon.
 */
export function createSseParser(): SseParser {
  let buffer = '';
  let dataLines: string[] = [];

  const dispatch = (out: string[]): void => {
    if (dataLines.length > 0) out.push(dataLines.join('\n'));
    dataLines = [];
  };

  const takeLine = (line: string, out: string[]): void => {
    if (line === '') {
      dispatch(out);
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') dataLines.push(value);
  };

  const drain = (final: boolean): string[] => {
    const out: string[] = [];
    const terminator = /\r\n|\n|\r/g;
    let start = 0;
    for (let match = terminator.exec(buffer); match !== null; match = terminator.exec(buffer)) {
      // A CR at the very end may be the first half of a CRLF split across chunks: wait for the next chunk.
      if (!final && match[0] === '\r' && match.index === buffer.length - 1) break;
      takeLine(buffer.slice(start, match.index), out);
      start = match.index + match[0].length;
    }
    buffer = buffer.slice(start);
    if (final) {
      if (buffer !== '') takeLine(buffer, out);
      buffer = '';
      dispatch(out);
    }
    return out;
  };

  return {
    push(chunk) {
      buffer += chunk;
      return drain(false);
    },
    end: () => drain(true),
  };
}
