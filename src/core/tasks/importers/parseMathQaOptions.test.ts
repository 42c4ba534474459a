import { describe, expect, it } from 'vitest';
import { parseMathQaOptions } from './parseMathQaOptions.ts';

describe('parseMathQaOptions', () => {
  it.each([
    [
      'a ) 38 , b ) 27.675 , c ) 30 , d ) data inadequate , e ) none of these',
      ['38', '27.675', '30', 'data inadequate', 'none of these'],
    ],
    ['a ) s . 19,800 , b ) s . 15,600 , c ) 1,001', ['s . 19,800', 's . 15,600', '1,001']],
    ["['a ) 2 : 3', 'b ) 4 : 5', 'c ) 16 : 9']", ['2 : 3', '4 : 5', '16 : 9']],
    ['a ) 5 , b ) , c ) 7', null],
    ['a ) 1', null],
    ['38 , 27', null],
  ])('%s', (options, expected) => {
    expect(parseMathQaOptions(options)).toEqual(expected);
  });
});
