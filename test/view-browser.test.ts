/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The view in a real browser: Debian's headless Chromium (`.ci/run` installs it when it is missing)
 * driven by playwright-core, with a fresh profile and no network. The screenshot goes to
 * `.test-output/` (ignored); with VANBAN_DOCS_SCREENSHOT=1 it is also written to docs/view.png.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, parsed } from './fixtures.js';
import { tempDirs } from './temp-dirs.js';

const CHROMIUM = '/usr/bin/chromium';
const CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const OUTPUT = new URL('../.test-output/', import.meta.url).pathname;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('the view of QĐ 40/QĐ-BHXH in headless Chromium', () => {
  // registered first, so removed last: after the browser using the profile is closed
  const temp = tempDirs('vanban-view-');
  let context: BrowserContext;
  let profile: string;
  let page: string;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium`).toBe(true);
    const out = temp();
    const res = spawnSync(process.execPath, [CLI, 'view', new URL('qd-40-qd-bhxh-2023.txt', FIXTURES).pathname, '--out', out], { encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    page = pathToFileURL(join(out, 'qd-40-qd-bhxh-2023.html')).href;
    profile = temp();
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 1000 } });
    // nothing but the page itself may be fetched
    await context.route('**/*', (route) => (route.request().url() === page ? route.continue() : route.abort()));
    context.on('request', (r) => requests.push(r.url()));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
  });

  it('shows the card, 42 task rows, linked citations and units, with no console error and no request but the file', async () => {
    const doc = parsed('qd-40-qd-bhxh-2023.txt');
    const tab = await context.newPage();
    tab.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await tab.goto(page);
    expect(await tab.title()).toBe('Quyết định 40/QĐ-BHXH — vanban');
    expect(await tab.locator('dd.meta-number').innerText()).toBe('40/QĐ-BHXH');
    expect(await tab.locator('dd.meta-signer').innerText()).toContain('Nguyễn Thế Mạnh');
    expect(await tab.locator('tr.task').count()).toBe(42);
    expect(await tab.locator('tr.task').first().locator('.chip').first().innerText()).toContain('TST');

    // each highlighted citation and unit is visible and its link lands on an element of the page
    const links = await tab.evaluate(() =>
      ['.text a.hl-citation', '.text a.hl-unit'].map((sel) => {
        const marks = [...document.querySelectorAll<HTMLAnchorElement>(sel)];
        return {
          count: marks.length,
          unresolved: marks.filter((a) => !document.getElementById(a.getAttribute('href')!.slice(1))).length,
          hidden: marks.filter((a) => a.getClientRects().length === 0).length,
        };
      }),
    );
    const mentions = doc.citations.reduce((n, c) => n + c.mentions.length, 0);
    expect(links[0]).toEqual({ count: expect.any(Number), unresolved: 0, hidden: 0 });
    expect(links[0]!.count).toBeGreaterThanOrEqual(mentions);
    expect(links[1]!.count).toBeGreaterThan(42);
    expect(links[1]!.unresolved).toBe(0);

    // following a citation lands on its entry; following a row's STT lands on its line of the text
    await tab.locator('#mention-0-0').click();
    expect(new URL(tab.url()).hash).toBe('#cite-0');
    expect(await tab.locator('#cite-0').innerText()).toContain(doc.citations[0]!.id);
    await tab.locator('tr.task td.stt a').first().click();
    expect(await tab.locator(':target .no').innerText()).toBe(String(doc.appendices[0]!.rows[0]!.line));

    // a screenshot of the top of the page, not blank
    await tab.goto(page);
    mkdirSync(OUTPUT, { recursive: true });
    const shot = join(OUTPUT, 'view-qd-40.png');
    await tab.screenshot({ path: shot });
    if (process.env.VANBAN_DOCS_SCREENSHOT === '1') copyFileSync(shot, new URL('../docs/view.png', import.meta.url).pathname);
    const stats = await measure(context, readFileSync(shot));
    expect(stats.width).toBe(1280);
    expect(stats.stddev).toBeGreaterThan(20); // a blank or one-colour page is about 0
    expect(stats.colours).toBeGreaterThan(50);

    await tab.close();
    expect(problems).toEqual([]);
    expect(requests.filter((u) => u !== page)).toEqual([]);
  }, 120_000);
});

/** Pixel statistics of a PNG, computed by the browser (a canvas in a blank page, no network). */
async function measure(context: BrowserContext, png: Buffer): Promise<{ width: number; stddev: number; colours: number }> {
  const tab = await context.newPage();
  try {
    return await tab.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, img.width, img.height).data;
      let sum = 0;
      let sq = 0;
      const colours = new Set<number>();
      for (let i = 0; i < px.length; i += 4) {
        const y = 0.299 * px[i]! + 0.587 * px[i + 1]! + 0.114 * px[i + 2]!;
        sum += y;
        sq += y * y;
        colours.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
      }
      const n = px.length / 4;
      return { width: img.width, stddev: Math.sqrt(sq / n - (sum / n) ** 2), colours: colours.size };
    }, png.toString('base64'));
  } finally {
    await tab.close();
  }
}
