import { describe, expect, it } from 'vitest';
import { rememberOpened } from '../../../electron/desktop-state/prefs';

describe('the remembered tracker choice', () => {
  it('puts the last opened tracker first, without duplicates, and keeps at most 10', () => {
    let prefs = { current: null as string | null, recent: [] as { file: string; lastOpenedAt: string }[] };
    for (let i = 0; i < 12; i++) prefs = rememberOpened(prefs, `/share/t${i}.sqlite`, false, new Date(Date.UTC(2025, 2, 3, 10, i)));
    prefs = rememberOpened(prefs, '/share/t5.sqlite', false, new Date('2025-03-04T09:00:00Z'));
    expect(prefs.current).toBe('/share/t5.sqlite');
    expect(prefs.recent).toHaveLength(10);
    expect(prefs.recent.map((r) => r.file).slice(0, 3)).toEqual(['/share/t5.sqlite', '/share/t11.sqlite', '/share/t10.sqlite']);
  });

  it("records the embedded default as 'default', so it follows the app-data folder", () => {
    expect(rememberOpened({ current: null, recent: [] }, '/home/sam/.config/Escalation Tracker/tracker.sqlite', true, new Date()).current).toBe('default');
  });
});
