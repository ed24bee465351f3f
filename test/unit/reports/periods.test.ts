import { describe, expect, it } from 'vitest';
import { describePeriod, financialYear, financialYearOf, lastCompleteQuarter, previousPeriod, quarterOf, quartersOf, recentMonths } from '../../../shared/reports/periods';
import { trackerHref } from '../../../shared/reports/figure-tables';

describe('reporting periods follow the financial year (Q1 = April to June)', () => {
  it('finds the quarter and financial year of a date, either side of 1 April', () => {
    expect(quarterOf('2025-03-31')).toMatchObject({ from: '2025-01-01', to: '2025-03-31', label: 'Q4 2024/25 (1 January to 31 March 2025)' });
    expect(quarterOf('2025-04-01')).toMatchObject({ from: '2025-04-01', to: '2025-06-30', label: 'Q1 2025/26 (1 April to 30 June 2025)' });
    expect(quarterOf('2025-11-15')).toMatchObject({ from: '2025-10-01', to: '2025-12-31' });
    expect(financialYearOf('2025-03-31')).toBe(2024);
    expect(financialYear(2024)).toMatchObject({ from: '2024-04-01', to: '2025-03-31', label: '2024/25 (1 April 2024 to 31 March 2025)' });
    expect(quartersOf(2024).map((q) => q.to)).toEqual(['2024-06-30', '2024-09-30', '2024-12-31', '2025-03-31']);
  });

  it('compares a quarter with the one before, a year with the year before, and any range with the same number of days before it', () => {
    expect(previousPeriod('2025-04-01', '2025-06-30')).toMatchObject({ from: '2025-01-01', to: '2025-03-31', kind: 'quarter' });
    expect(previousPeriod('2025-04-01', '2026-03-31')).toMatchObject({ from: '2024-04-01', to: '2025-03-31', kind: 'year' });
    expect(previousPeriod('2024-03-01', '2024-03-31')).toMatchObject({ from: '2024-01-30', to: '2024-02-29', kind: 'range' });
    expect(describePeriod('2025-05-01', '2025-05-20').label).toBe('1 May 2025 to 20 May 2025');
  });

  it('knows the last complete quarter and the last twelve months', () => {
    expect(lastCompleteQuarter('2025-07-10')).toMatchObject({ from: '2025-04-01', to: '2025-06-30' });
    expect(lastCompleteQuarter('2025-01-02')).toMatchObject({ from: '2024-10-01', to: '2024-12-31' });
    const months = recentMonths('2025-02-14', 12);
    expect(months[0]).toEqual({ month: '2024-03', label: 'Mar 2024', from: '2024-03-01', to: '2024-03-31' });
    expect(months[11]).toEqual({ month: '2025-02', label: 'Feb 2025', from: '2025-02-01', to: '2025-02-28' });
  });

  it('writes tracker click-throughs as #/tracker? and URL parameters', () => {
    expect(trackerHref({ status: 'open', team: 'Children in Care 2', overdue: '1' })).toBe('#/tracker?status=open&team=Children+in+Care+2&overdue=1');
  });
});
