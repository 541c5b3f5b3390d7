import { describe, expect, it } from 'vitest';
import { fromLines, movedUp, withItem, withoutItem } from './lists';

describe('a list edited item by item', () => {
  it('gets an item at its end, loses one by its place, and leaves the list it came from alone', () => {
    const phones = [{ number: '0111-111111' }, { number: '0222-222222' }];
    expect(withItem(phones, { number: '' })).toEqual([...phones, { number: '' }]);
    expect(withoutItem(phones, 0)).toEqual([{ number: '0222-222222' }]);
    expect(withoutItem(phones, 5)).toEqual(phones);
    expect(phones).toHaveLength(2);
  });

  it('moves an item one place up; the first stays first', () => {
    expect(movedUp(['b', 'a', 'c'], 1)).toEqual(['a', 'b', 'c']);
    expect(movedUp(['a', 'b'], 0)).toEqual(['a', 'b']);
    expect(movedUp(['a', 'b'], 2)).toEqual(['a', 'b']);
  });

  it('is read from lines as typed, each trimmed, empty ones left out', () => {
    expect(fromLines(' Delft \n\n  \nLeiden')).toEqual(['Delft', 'Leiden']);
    expect(fromLines('')).toEqual([]);
  });
});
