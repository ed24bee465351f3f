import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { opId } from '../../support/tracker-fixture';
import { call, failure, lcsEscalation, png } from './letters-fixture';

describe('Settings → Letters (letterhead, marking, folder)', () => {
  it('starts from the profile’s authority, OFFICIAL-SENSITIVE, and "Letters" beside the tracker', async () => {
    const { s } = await lcsEscalation();
    const settings = await call(s, 'letters.settings.get', {});
    expect(settings).toMatchObject({ authorityName: 'Local authority using LCS (Liquidlogic)', protectiveMarking: 'OFFICIAL-SENSITIVE', lettersFolder: '', logoFileName: null, version: 0 });
    expect(settings.resolvedLettersFolder).toBe(join(dirname(s.tracker.file), 'Letters'));
    expect(settings.templatesFolder).toBe(join(dirname(s.tracker.file), 'templates'));
    await s.close();
  });

  it('puts the authority name, logo and marking on every new letter, and saves letters where it is told', async () => {
    const { s, raised, child } = await lcsEscalation();
    const logo = png(240, 80);
    const saved = await call(s, 'letters.settings.save', {
      authorityName: 'Borsetshire County Council',
      protectiveMarking: 'OFFICIAL – SENSITIVE: PERSONAL',
      lettersFolder: 'Correspondence',
      logo: { fileName: 'crest.png', base64: logo.toString('base64') },
      version: 0,
      opId: opId(),
    });
    expect(saved).toMatchObject({ authorityName: 'Borsetshire County Council', logoFileName: 'letterhead-logo.png', version: 1 });
    expect(existsSync(join(dirname(s.tracker.file), 'templates', 'letterhead-logo.png'))).toBe(true);
    const r = await call(s, 'letters.generate', { escalationId: raised.row.id, document: 'stage-form', opId: opId() });
    expect(r.letter.path.startsWith(join(dirname(s.tracker.file), 'Correspondence', child.caseId))).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(r.letter.path));
    const headers = (await Promise.all(['word/header1.xml', 'word/header2.xml'].map((f) => zip.file(f)!.async('string')))).join('');
    expect(headers).toContain('Borsetshire County Council');
    expect(headers).toContain('OFFICIAL – SENSITIVE: PERSONAL');
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(await zip.file(media[0]!)!.async('uint8array')).equals(logo)).toBe(true);
    await s.close();
  });

  it('refuses a stale edit (someone else saved first) and a logo that is not a picture', async () => {
    const { s } = await lcsEscalation();
    const base = { authorityName: 'A', protectiveMarking: 'OFFICIAL', lettersFolder: '' };
    await call(s, 'letters.settings.save', { ...base, version: 0, opId: opId() });
    const stale = await failure(s, 'letters.settings.save', { ...base, authorityName: 'B', version: 0, opId: opId() });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toContain('Sam Patel changed this letterhead');
    const notPicture = await failure(s, 'letters.settings.save', { ...base, logo: { fileName: 'crest.gif', base64: Buffer.from('GIF89a not a png').toString('base64') }, version: 1, opId: opId() });
    expect(notPicture).toMatchObject({ code: 'INVALID', message: 'crest.gif is not a PNG or JPEG picture. Save the logo as .png or .jpg and choose it again.' });
    await s.close();
  });
});
