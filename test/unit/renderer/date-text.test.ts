import { describe, expect, it } from 'vitest';
import { isoToText, textToIso } from '../../../renderer/src/components/forms/date-text';

describe('dates typed and shown as dd/mm/yyyy whatever the browser locale', () => {
  it('reads day first, with slashes, dots or dashes, and also an ISO date', () => {
    expect(['27/03/2026', '27/3/2026', '27.03.2026', '27-03-2026', '2026-03-27', ' 27/03/2026 '].map(textToIso)).toEqual(Array(6).fill('2026-03-27'));
  });
  it('refuses dates that do not exist and month-first guesses', () => {
    expect(['31/02/2015', '03/27/2026', '2026-13-01', '27/03/26', 'tomorrow', ''].map(textToIso)).toEqual(Array(6).fill(null));
  });
  it('shows a stored date as dd/mm/yyyy and leaves anything else as typed', () => {
    expect(isoToText('2014-05-17')).toBe('17/05/2014');
    expect(isoToText('17/05')).toBe('17/05');
  });
});
