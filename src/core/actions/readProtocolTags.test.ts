import { describe, expect, it } from 'vitest';
import { readProtocolTags } from './readProtocolTags.ts';

describe('readProtocolTags', () => {
  it.each<[string, string, Record<string, string> | null]>([
    ['angle tags', '<action>add</action><operator>Plan</operator>', { action: 'add', operator: 'Plan' }],
    ['square tags', '[action]add[/action] [operator] Plan [/operator]', { action: 'add', operator: 'Plan' }],
    [
      'mixed case and spacing',
      '< ACTION >Add</ Action ><Operator>plan</OPERATOR>',
      { action: 'Add', operator: 'plan' },
    ],
    [
      'tags before the action',
      '<operator>Plan</operator>\n<action>add</action>',
      { operator: 'Plan', action: 'add' },
    ],
    [
      'only the first action',
      'I will add.\n<action>add</action><operator>Plan</operator>\nThen <action>add</action><operator>Format</operator>',
      { action: 'add', operator: 'Plan' },
    ],
    [
      'an unclosed tag runs to the next tag',
      '<action>add\n<operator>Plan</operator>',
      { action: 'add', operator: 'Plan' },
    ],
    ['an unclosed last tag runs to the end', '<action>finish', { action: 'finish' }],
    [
      'tags quoted inside a prompt are skipped',
      '<action>set_prompt</action><target>n1</target><prompt>Write <operator>X</operator> [count]9[/count]</prompt><count>2</count>',
      {
        action: 'set_prompt',
        target: 'n1',
        prompt: 'Write <operator>X</operator> [count]9[/count]',
        count: '2',
      },
    ],
    ['unknown tags are ignored', '<thinking>hmm</thinking><action>finish</action>', { action: 'finish' }],
    ['no action tag', '<operator>Plan</operator>', null],
    ['plain text', 'I would add a Plan operator.', null],
  ])('reads %s', (_name, text, expected) => {
    expect(readProtocolTags(text)).toEqual(expected);
  });
});
