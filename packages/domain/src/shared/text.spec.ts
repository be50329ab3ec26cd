import { markdownCell, textIssues } from './text';

describe('textIssues', () => {
  it.each<[string, string, boolean, string[]]>([
    ['a fitting text', 'abc', false, []],
    ['a blank optional text', '  ', false, []],
    ['a blank required text', '  ', true, ['REQUIRED']],
    ['a text over the limit', 'abcdef', false, ['TOO_LONG']],
  ])('%s', (_, value, required, codes) => {
    expect(textIssues('field', value, 5, required).map((issue) => issue.code)).toEqual(codes);
  });
});

describe('markdownCell', () => {
  it('keeps a cell on one line and escapes pipes', () => {
    expect(markdownCell(' a | b\r\nc\n')).toBe('a \\| b c');
  });
});
