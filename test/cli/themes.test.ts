/**
 * Themes from the command line and the config: unknown names are usage
 * errors before any work, `init --eject --theme` copies the chosen theme,
 * and a brand (logo, accent) on top of an ejected theme leaves the theme's
 * own rules alone (its title background), measured in Chromium.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { showSlide } from '../helpers/axe.js';
import { runCli } from '../helpers/cli.js';
import { ROOT, tempDir } from '../helpers/paths.js';
import { pathToFileURL } from 'node:url';

describe('choosing a theme', () => {
  it('refuses an unknown --theme in one line naming the themes, before any work', async () => {
    const dir = await tempDir();
    const result = runCli(['build', 'missing.md', '--theme', 'neon'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'roadmap-deck: --theme must be one of default, dark, high-contrast, paper (got "neon")',
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses an unknown theme in the config at its file and line', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'roadmap-deck.config.json'), '{\n  "project": "X",\n  "theme": "neon"\n}\n');
    const result = runCli(['build'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `roadmap-deck: ${join(dir, 'roadmap-deck.config.json')}:3: config key "theme" must be one of "default", "dark", "high-contrast", "paper"`,
    );
  });

  it('init --eject --theme copies the layout and that theme only, and names it in the config', async () => {
    const dir = await tempDir();
    expect(runCli(['init', dir, '--eject', '--theme', 'paper', '--quiet']).code).toBe(0);
    expect(await readdir(join(dir, 'templates', 'themes'))).toEqual(['paper.css']);
    for (const file of ['theme.css', 'themes/paper.css'])
      expect(await readFile(join(dir, 'templates', file), 'utf8')).toBe(
        await readFile(join(ROOT, 'templates', file), 'utf8'),
      );
    const config = JSON.parse(await readFile(join(dir, 'roadmap-deck.config.json'), 'utf8'));
    expect(config).toMatchObject({ templates: 'templates', theme: 'paper' });
  });
});

describe('a brand on top of an ejected theme', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it("keeps the theme's own title background with a logo and an accent set, and still shows the logo", async () => {
    const dir = await tempDir();
    expect(runCli(['init', dir, '--eject', '--quiet']).code).toBe(0);
    const themeFile = join(dir, 'templates', 'theme.css');
    const theme = await readFile(themeFile, 'utf8');
    const titleBackground =
      'background: var(--logo) right 80px top 72px / 260px 110px no-repeat, var(--title-background);';
    expect(theme).toContain(titleBackground);
    // The theme's author gives the title slide a plain purple of their own.
    await writeFile(themeFile, theme.replace(titleBackground, 'background: #4c1d95;'));
    await writeFile(
      join(dir, 'logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#f59e0b"/></svg>',
    );
    const config = JSON.parse(await readFile(join(dir, 'roadmap-deck.config.json'), 'utf8'));
    config.brand = { logo: 'logo.svg', accent: '#0f766e' };
    await writeFile(join(dir, 'roadmap-deck.config.json'), JSON.stringify(config));
    expect(runCli(['build', '--format', 'html', '--quiet'], { cwd: dir }).code).toBe(0);

    const page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(pathToFileURL(join(dir, 'output', 'example-2025-spring', 'index.html')).href);
    const background = async (n: number) =>
      page.$eval(await showSlide(page, n), (s) => {
        const style = getComputedStyle(s);
        return { colour: style.backgroundColor, image: style.backgroundImage.slice(0, 40), bar: style.boxShadow };
      });
    const title = await background(1);
    expect(title.colour).toBe('rgb(76, 29, 149)');
    expect(title.image).toBe('none');
    // The brand's accent is the side bar, through the custom property the theme draws it with.
    expect(title.bar).toContain('rgb(15, 118, 110)');
    // Content slides draw var(--logo) in this theme: the logo is there.
    expect((await background(2)).image).toMatch(/^url\("data:image\/svg\+xml;base64,/);
    await page.close();
  });
});
