import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';

const root = join(import.meta.dirname, '..', '..', '..');

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  win: { icon: string; target: { target: string; arch: string[] }[] };
  nsis: { oneClick: boolean; perMachine: boolean };
}

describe('Windows packaging (electron-builder.yml)', () => {
  const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

  it('names the app and builds an NSIS per-user installer and a portable exe for x64', () => {
    expect(config.productName).toBe('Escalation Tracker');
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.win.target.map((t) => `${t.target}:${t.arch.join(',')}`)).toEqual(['nsis:x64', 'portable:x64']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
  });

  it('ships the built app and the migrations, with the sqlite3 addon unpacked and not rebuilt', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'dist-electron/**/*', 'db/migrations/**/*']));
    expect(config.asarUnpack).toContain('node_modules/sqlite3/**');
    expect(config.npmRebuild).toBe(false);
    // The files the app opens at run time are where the config says they are.
    const main = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).main as string;
    expect(main.startsWith('dist-electron/')).toBe(true);
  });

  it('passes electron-builder’s own configuration schema', async () => {
    // electron-builder's validator (the check `electron-builder --win` runs first), from its app-builder-lib.
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as { validateConfiguration(c: unknown, log: unknown): Promise<void> };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perUser: true } }, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object/);
  });

  it('uses a 512×512 PNG icon rendered from build/icon.svg', () => {
    expect(config.win.icon).toBe('build/icon.png');
    const png = readFileSync(join(root, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(readFileSync(join(root, 'build', 'icon.svg'), 'utf8')).toContain('viewBox="0 0 512 512"');
  });
});
