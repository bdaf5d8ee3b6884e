import { describe, expect, it } from 'vitest';
import { andList, plural, pluralWord } from './plural';

describe('plural', () => {
  it('counts with the singular for one and the plural otherwise', () => {
    expect(plural(1, 'member')).toBe('1 member');
    expect(plural(0, 'invitation')).toBe('0 invitations');
    expect(plural(3, 'member')).toBe('3 members');
  });

  it('takes an irregular plural', () => {
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(2, 'person', 'people')).toBe('2 people');
    expect(plural(4, 'repeated entry', 'repeated entries')).toBe('4 repeated entries');
  });

  it('chooses a word that goes with the count, without the count', () => {
    expect(pluralWord(1, 'has', 'have')).toBe('has');
    expect(pluralWord(0, 'is', 'are')).toBe('are');
    expect(pluralWord(2, 'it is', 'they are')).toBe('they are');
  });

  it('groups the thousands of the count', () => {
    expect(plural(12500, 'row')).toBe('12,500 rows');
  });
});

describe('andList', () => {
  it('joins with commas and a final "and"', () => {
    expect(andList([])).toBe('');
    expect(andList(['Ann'])).toBe('Ann');
    expect(andList(['Ann', 'Bob'])).toBe('Ann and Bob');
    expect(andList(['Ann', 'Bob', 'Cy'])).toBe('Ann, Bob and Cy');
  });
});
