import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../shared/calendar';

// DESIGN: "Working day: Monday–Friday, not an England & Wales bank holiday (or the profile's region), not a
// local closure day."
const england = createCalendar();
const scotland = createCalendar({ region: 'scotland' });
const northernIreland = createCalendar({ region: 'northern-ireland' });

describe('England and Wales bank holidays', () => {
  it('is the default region', () => {
    expect(england.region).toBe('england-and-wales');
  });

  it('closes for Christmas 2025 and New Year 2026, which fall on weekdays', () => {
    expect(england.nonWorkingReason('2025-12-25')).toBe('Christmas Day');
    expect(england.nonWorkingReason('2025-12-26')).toBe('Boxing Day');
    expect(england.nonWorkingReason('2026-01-01')).toBe("New Year's Day");
    expect(england.isWorkingDay('2025-12-24')).toBe(true);
    expect(england.isWorkingDay('2025-12-29')).toBe(true);
    expect(england.isWorkingDay('2026-01-02')).toBe(true);
  });

  it('moves Boxing Day 2026, a Saturday, to Monday 28 December', () => {
    expect(england.nonWorkingReason('2026-12-25')).toBe('Christmas Day');
    expect(england.isWorkingDay('2026-12-28')).toBe(false);
    expect(england.nonWorkingReason('2026-12-28')).toMatch(/Boxing Day \(substitute day\)/);
    expect(england.isWorkingDay('2026-12-29')).toBe(true);
    expect(england.isWorkingDay('2027-01-01')).toBe(false);
  });

  it('gives two substitute days when Christmas and Boxing Day both fall at a weekend (2021, 2027)', () => {
    for (const date of ['2021-12-27', '2021-12-28', '2027-12-27', '2027-12-28']) {
      expect(england.isWorkingDay(date), date).toBe(false);
      expect(england.nonWorkingReason(date), date).toMatch(/substitute day/);
    }
    expect(england.isWorkingDay('2021-12-29')).toBe(true);
  });

  it('gives Tuesday 27 December 2022 for Christmas Day on a Sunday, and Monday 3 January 2022 for New Year', () => {
    expect(england.nonWorkingReason('2022-12-26')).toBe('Boxing Day');
    expect(england.nonWorkingReason('2022-12-27')).toMatch(/Christmas Day \(substitute day\)/);
    expect(england.nonWorkingReason('2022-01-03')).toMatch(/New Year's Day \(substitute day\)/);
  });

  it('closes on Good Friday and Easter Monday in 2025 and 2026', () => {
    expect(england.nonWorkingReason('2025-04-18')).toBe('Good Friday');
    expect(england.nonWorkingReason('2025-04-21')).toBe('Easter Monday');
    expect(england.nonWorkingReason('2026-04-03')).toBe('Good Friday');
    expect(england.nonWorkingReason('2026-04-06')).toBe('Easter Monday');
    expect(england.isWorkingDay('2025-04-17')).toBe(true);
    expect(england.isWorkingDay('2026-04-07')).toBe(true);
  });

  it('has the 2022 Platinum Jubilee days, with the spring bank holiday moved off Monday 30 May', () => {
    expect(england.isWorkingDay('2022-06-02')).toBe(false);
    expect(england.nonWorkingReason('2022-06-03')).toMatch(/Platinum Jubilee/);
    expect(england.isWorkingDay('2022-05-30')).toBe(true);
  });

  it("has the Queen's state funeral (19 September 2022) and the Coronation (8 May 2023)", () => {
    expect(england.nonWorkingReason('2022-09-19')).toMatch(/Funeral/);
    expect(england.nonWorkingReason('2023-05-08')).toMatch(/Coronation/);
  });

  it('moved the 2020 early May bank holiday to Friday 8 May for VE Day', () => {
    expect(england.isWorkingDay('2020-05-08')).toBe(false);
    expect(england.isWorkingDay('2020-05-04')).toBe(true);
  });

  it('does not treat observances such as Easter Sunday or Mother\'s Day as bank holidays', () => {
    expect(england.nonWorkingReason('2025-04-20')).toBe('Sunday');
    expect(england.nonWorkingReason('2025-03-30')).toBe('Sunday');
  });

  it('has the pre-2013 days the library lacks, from the supplement', () => {
    expect(england.nonWorkingReason('2011-04-29')).toBe('Royal Wedding');
    expect(england.isWorkingDay('2012-05-28')).toBe(true);
    expect(england.isWorkingDay('2012-06-04')).toBe(false);
    expect(england.isWorkingDay('2012-06-05')).toBe(false);
    expect(england.isWorkingDay('2002-05-27')).toBe(true);
    expect(england.isWorkingDay('2002-06-03')).toBe(false);
    expect(england.isWorkingDay('2002-06-04')).toBe(false);
    expect(england.isWorkingDay('1999-12-31')).toBe(false);
    expect(england.isWorkingDay('1995-05-01')).toBe(true);
    expect(england.isWorkingDay('1995-05-08')).toBe(false);
    expect(scotland.isWorkingDay('2011-04-29')).toBe(false);
  });

  it("matches the library's Wales list on every weekday, 2015–2035 (England and Wales share bank holidays)", () => {
    const wales = new Holidays('GB', 'WLS');
    for (let year = 2015; year <= 2035; year++) {
      const welsh = new Set(wales.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
      for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
        const weekday = d.getUTCDay();
        if (weekday === 0 || weekday === 6) continue;
        const date = d.toISOString().slice(0, 10);
        expect(england.isWorkingDay(date), date).toBe(!welsh.has(date));
      }
    }
  });
});

describe('Scotland bank holidays', () => {
  it('closes on 2 January, and on Monday 4 January 2027 when 2 January is a Saturday', () => {
    expect(scotland.nonWorkingReason('2025-01-02')).toBe('January 2nd');
    expect(england.isWorkingDay('2025-01-02')).toBe(true);
    expect(scotland.isWorkingDay('2027-01-04')).toBe(false);
    expect(england.isWorkingDay('2027-01-04')).toBe(true);
  });

  it("moves St Andrew's Day 2025, a Sunday, to Monday 1 December", () => {
    expect(scotland.nonWorkingReason('2025-12-01')).toMatch(/St Andrew.s Day \(substitute day\)/);
    expect(england.isWorkingDay('2025-12-01')).toBe(true);
    expect(scotland.nonWorkingReason('2026-11-30')).toMatch(/St Andrew.s Day/);
  });

  it('works on Easter Monday and the last Monday in August, and closes on the first Monday in August', () => {
    expect(scotland.isWorkingDay('2025-04-21')).toBe(true);
    expect(scotland.isWorkingDay('2025-08-25')).toBe(true);
    expect(scotland.isWorkingDay('2025-08-04')).toBe(false);
  });

  it('shares the UK-wide one-off days', () => {
    for (const date of ['2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']) {
      expect(scotland.isWorkingDay(date), date).toBe(false);
    }
  });
});

describe('Northern Ireland bank holidays', () => {
  it("closes on St Patrick's Day, and on Monday 18 March 2024 when it falls on a Sunday", () => {
    expect(northernIreland.nonWorkingReason('2025-03-17')).toMatch(/St Patrick.s Day/);
    expect(northernIreland.isWorkingDay('2024-03-18')).toBe(false);
    expect(england.isWorkingDay('2025-03-17')).toBe(true);
  });

  it('closes on 12 July, and on Monday 14 July 2025 when it falls on a Saturday', () => {
    expect(northernIreland.nonWorkingReason('2023-07-12')).toMatch(/Battle of the Boyne/);
    expect(northernIreland.nonWorkingReason('2025-07-14')).toMatch(/Battle of the Boyne.*substitute day/);
    expect(england.isWorkingDay('2025-07-14')).toBe(true);
  });

  it('also closes on Easter Monday', () => {
    expect(northernIreland.isWorkingDay('2025-04-21')).toBe(false);
  });
});
