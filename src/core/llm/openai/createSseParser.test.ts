import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSseParser } from './createSseParser.ts';

const parseAll = (chunks: string[]): string[] => {
  const parser = createSseParser();
  return [...chunks.flatMap((c) => parser.push(c)), ...parser.end()];
};

describe('createSseParser', () => {
  it.each<[string, string, string[]]>([
    ['one event', 'data: {"a":1}\n\n', ['{"a":1}']],
    ['CRLF line ends', 'data: x\r\n\r\ndata: y\r\n\r\n', ['x', 'y']],
    ['CR line ends', 'data: x\r\rdata: y\r\r', ['x', 'y']],
    ['comments and other fields', ': keep-alive\nevent: message\nid: 3\ndata: x\n\n', ['x']],
    ['multi-line data', 'data: a\ndata: b\n\n', ['a\nb']],
    ['no space after the colon', 'data:x\n\n', ['x']],
    ['only one space removed', 'data:  x\n\n', [' x']],
    ['a last event without its blank line', 'data: x\n\ndata: [DONE]', ['x', '[DONE]']],
    ['blank lines alone dispatch nothing', '\n\n\n', []],
  ])('reads %s', (_name, text, expected) => {
    expect(parseAll([text])).toEqual(expected);
  });

  it('gives the same events however the text is split into chunks (CRLF split included)', () => {
    const event = fc.stringMatching(/^[a-z{}":, [\]0-9]{0,12}$/);
    const ending = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(event, ending), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (events, cuts) => {
          const text = events.map(([data, end]) => `data: ${data}${end}${end}`).join('');
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...points, text.length]
            .slice(1)
            .map((p, i, all) => text.slice(i === 0 ? 0 : all[i - 1], p));
          expect(parseAll(chunks)).toEqual(events.map(([data]) => data));
        },
      ),
      { numRuns: 300 },
    );
  });
});
