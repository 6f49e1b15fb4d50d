/** A browser ended before it linked its singleton folder from the profile: the folder goes with the profile. */
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProfile, removeProfile, removeProfileSync } from '../../src/export/browser/profile.js';

const saved = process.env.TMPDIR;
afterEach(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
});

describe('a profile whose browser never linked its singleton folder', () => {
  it.each([
    ['at exit', (profile: string) => Promise.resolve(removeProfileSync(profile))],
    ['on close', removeProfile],
  ] as const)('%s: the unlinked folder made just after it goes too; an older one stays', async (_, remove) => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-test-'));
    process.env.TMPDIR = dir;
    const older = join(dir, 'org.chromium.Chromium.older');
    mkdirSync(older);
    utimesSync(older, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    const profile = createProfile();
    mkdirSync(join(dir, 'org.chromium.Chromium.Ab12Cd'));
    await remove(profile);
    expect(readdirSync(dir)).toEqual(['org.chromium.Chromium.older']);
  });
});

describe('a browser ended outright, after it linked its singleton folder', () => {
  it.each([
    ['at exit', (profile: string) => Promise.resolve(removeProfileSync(profile))],
    ['on close', removeProfile],
  ] as const)(
    '%s: the shared-memory files it left since its profile was made go too; older ones stay',
    async (_, remove) => {
      const dir = mkdtempSync(join(tmpdir(), 'profile-test-'));
      process.env.TMPDIR = dir;
      const older = join(dir, '.org.chromium.Chromium.older');
      writeFileSync(older, '');
      utimesSync(older, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
      const profile = createProfile();
      const singleton = join(dir, 'org.chromium.Chromium.Ab12Cd');
      mkdirSync(singleton);
      symlinkSync(join(singleton, 'SingletonSocket'), join(profile, 'SingletonSocket'));
      writeFileSync(join(dir, '.org.chromium.Chromium.6omfCT'), '');
      await remove(profile);
      expect(readdirSync(dir)).toEqual(['.org.chromium.Chromium.older']);
    },
  );
});
