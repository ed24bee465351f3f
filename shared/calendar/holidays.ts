import Holidays from 'date-holidays';
import type { Region } from '../profile/schema';
import type { IsoDate } from './types';
import { toDayNumber } from './iso-date';

/*
 * Bank holidays of each UK region, from the date-holidays package. England and Wales share one list
 * (Banking and Financial Dealings Act 1971, Schedule 1, para 1 covers "England and Wales"); we read the
 * library's ENG list, and a test checks that its WLS list is identical.
 */
const SUBDIVISION: Record<Region, string> = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

/*
 * Days the library (3.37) gets wrong, all moved or added by Royal Proclamation under s.1(2)/(3) of the
 * Banking and Financial Dealings Act 1971, throughout the United Kingdom. Everything from 2013 on —
 * including the 2020 VE Day move, the 2022 Platinum Jubilee days, the Queen's state funeral
 * (2022-09-19) and the Coronation (2023-05-08) — the library already has; tests pin those down so a
 * library upgrade that loses one fails loudly.
 */
const ADDED: ReadonlyArray<{ date: IsoDate; name: string }> = [
  { date: '1995-05-08', name: 'Early May bank holiday (VE Day)' }, // moved from 1 May for VE Day's 50th anniversary
  { date: '1999-12-31', name: 'Millennium Eve' }, // additional day for the Millennium
  { date: '2002-06-03', name: 'Queen’s Golden Jubilee' }, // additional day
  { date: '2002-06-04', name: 'Spring bank holiday' }, // moved from 27 May for the Golden Jubilee
  { date: '2011-04-29', name: 'Royal Wedding' }, // additional day: wedding of Prince William and Catherine Middleton
  { date: '2012-06-04', name: 'Spring bank holiday' }, // moved from 28 May for the Diamond Jubilee
];
const REMOVED: ReadonlySet<IsoDate> = new Set(['1995-05-01', '2002-05-27', '2012-05-28']);

let libraries: Map<Region, Holidays> | undefined;

function library(region: Region): Holidays {
  libraries ??= new Map();
  let lib = libraries.get(region);
  if (!lib) {
    lib = new Holidays('GB', SUBDIVISION[region], { languages: ['en'] });
    libraries.set(region, lib);
  }
  return lib;
}

/** region|year → (day number → holiday name). dueFor runs tens of thousands of times; build each year once. */
const cache = new Map<string, ReadonlyMap<number, string>>();

/**
 * The bank holidays of one region in one calendar year, keyed by day number. Only type 'public': the
 * library also lists observances (Mother's Day, Father's Day, Easter Sunday) that are not bank holidays.
 */
export function bankHolidaysOf(region: Region, year: number): ReadonlyMap<number, string> {
  const key = `${region}|${year}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const days = new Map<number, string>();
  for (const h of library(region).getHolidays(year)) {
    // h.date is the local date as "YYYY-MM-DD hh:mm:ss"; h.start/h.end are instants and not needed.
    const date = h.date.slice(0, 10);
    if (h.type !== 'public' || REMOVED.has(date)) continue;
    const dayNumber = toDayNumber(date);
    // A day can carry two entries (e.g. a substitute landing on another holiday): keep the first name.
    if (!days.has(dayNumber)) days.set(dayNumber, h.name);
  }
  for (const extra of ADDED) {
    if (extra.date.startsWith(`${year}-`)) days.set(toDayNumber(extra.date), extra.name);
  }
  cache.set(key, days);
  return days;
}
