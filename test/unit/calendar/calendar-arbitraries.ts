import fc from 'fast-check';
import type { Region } from '../../../shared/profile/schema';

const MS_PER_DAY = 86_400_000;
const FIRST = Date.UTC(2019, 0, 1);
const LAST = Date.UTC(2031, 11, 31);

/** Bounded runs keep the suite quick while still crossing many holidays and clock changes. */
export const RUNS = { numRuns: 200 } as const;

export const regionArb: fc.Arbitrary<Region> = fc.constantFrom('england-and-wales', 'scotland', 'northern-ireland');

/** A YYYY-MM-DD date between 2019 and 2031. */
export const isoDateArb: fc.Arbitrary<string> = fc
  .integer({ min: FIRST / MS_PER_DAY, max: LAST / MS_PER_DAY })
  .map((day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10));

/** An instant between 2019 and 2031, to the millisecond. */
export const instantArb: fc.Arbitrary<Date> = fc.integer({ min: FIRST, max: LAST }).map((ms) => new Date(ms));

/** Up to a dozen local closure days. */
export const closureDaysArb: fc.Arbitrary<string[]> = fc.uniqueArray(isoDateArb, { maxLength: 12 });
