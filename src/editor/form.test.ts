import { describe, expect, it } from 'vitest';
import { textWith } from './form';

describe('a text typed in one language', () => {
  it('keeps the other language, and starts a missing one empty', () => {
    expect(textWith({ nl: 'Vraag?', en: 'Question?' }, 'en', 'Another question?', false)).toEqual({ nl: 'Vraag?', en: 'Another question?' });
    expect(textWith(undefined, 'nl', 'Tip', true)).toEqual({ nl: 'Tip', en: '' });
  });

  it('is left out when it is optional and empty in both languages, and kept empty when it is required', () => {
    expect(textWith({ nl: 'Tip', en: '' }, 'nl', '  ', true)).toBeUndefined();
    expect(textWith({ nl: 'Tip', en: '' }, 'nl', '', false)).toEqual({ nl: '', en: '' });
  });
});
