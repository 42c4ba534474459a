import { describe, expect, it } from 'vitest';
import { docstringTests } from './docstringTests.ts';
import { readPythonLiteral } from './readPythonLiteral.ts';

describe('readPythonLiteral', () => {
  it.each([
    ['[1, -2.5, "a,b"]', '[1, -2.5, "a,b"]'],
    ["{'a': 1, 'b': [true, null]}", "{'a': 1, 'b': [True, None]}"],
    ['(1,)', '(1,)'],
    ['("Saturn", "Uranus")', '("Saturn", "Uranus")'],
    ["'it\\'s'", "'it\\'s'"],
    ['1e-3', '1e-3'],
    ['+4', '4'],
  ])('%s reads as %s', (text, canonical) => {
    expect(readPythonLiteral(text)?.text).toBe(canonical);
  });

  it.each([['x'], ['[1, 2'], ['"open'], ['f(1)'], ['-']])('%s is not a literal', (text) => {
    expect(readPythonLiteral(text)).toBeNull();
  });

  it('marks parentheses around one value as grouping, not a tuple', () => {
    expect(readPythonLiteral('("Venus")')?.grouping).toBe(true);
    expect(readPythonLiteral('("Venus",)')?.grouping).toBeUndefined();
  });
});

describe('docstringTests', () => {
  it('turns doctest examples into asserts, with a tolerance for floats and comments dropped', () => {
    const prompt = [
      'def f(xs, t):',
      '    """Doc.',
      '    >>> f([1.0, 2.0], 0.5)',
      '    False',
      '    >>> round(f([1, 2], 3), 2) # note',
      '    -0.5',
      '    >>> print(f([], 1))',
      '    nothing here',
      '    """',
    ].join('\n');
    expect(docstringTests(prompt, 'f')).toEqual([
      'assert f([1.0, 2.0], 0.5) == False',
      'assert abs(round(f([1, 2], 3), 2) - -0.5) < 1e-6',
    ]);
  });

  it.each([
    ['    iscube(1) ==> True', 'assert iscube(1) == True'],
    ['    digitSum("abAB") => 131', 'assert digitSum("abAB") == 131'],
    ['    will_it_fly([1, 2], 5) ➞ False ', 'assert will_it_fly([1, 2], 5) == False'],
    ['    is_simple_power(1, 4) => true', 'assert is_simple_power(1, 4) == True'],
    ['    multiply(148, 412) should return 16.', 'assert multiply(148, 412) == 16'],
    ["    anti_shuffle('Hi') returns 'Hi'", "assert anti_shuffle('Hi') == 'Hi'"],
    [
      '    file_name_check("1example.dll") # => \'No\' (the name should start)',
      'assert file_name_check("1example.dll") == \'No\'',
    ],
    ['    * sort_array([5]) => [5]', 'assert sort_array([5]) == [5]'],
    ['    for x_or_y(7, 34, 12) == 34', 'assert x_or_y(7, 34, 12) == 34'],
    ['    choose_num(12, 15) = 14', 'assert choose_num(12, 15) == 14'],
  ])('reads the inline example %s', (line, expected) => {
    const name = /(\w+)\(/.exec(line.replace('for ', ''))?.[1] ?? '';
    expect(docstringTests(`def ${name}(*a):\n    """\n${line}\n    """`, name)).toEqual([expected]);
  });

  it.each([
    ['    fruit_distribution("5 apples", 19) ->19 - 5 - 6 = 8'],
    ['    is_happy(a) => False'],
    ['    bf("Earth", "Mercury") ==> ("Venus")'],
    ['    find_max(["aaaaaaa", "bb" ,"cc"]) == ""aaaaaaa"'],
  ])('skips the unparseable or ambiguous example %s', (line) => {
    const name = /(\w+)\(/.exec(line)?.[1] ?? '';
    expect(docstringTests(`def ${name}(*a):\n    """\n${line}\n    """`, name)).toEqual([]);
  });
});
