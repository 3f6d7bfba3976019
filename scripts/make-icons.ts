/**
 * Render icons/icon.svg to icons/icon-{16,32,48,128}.png in headless
 * Chromium (Debian /usr/bin/chromium via playwright-core). The small sizes
 * are rendered from the SVG at their own size so the browser's rasteriser
 * hints them, rather than scaling down the 128 px bitmap.
 * Run: npx tsx scripts/make-icons.ts  (commit the PNGs).
 */
import { chromium } from 'playwright-core';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 128];

async function main(): Promise<void> {
  const svg = await readFile(path.join(ROOT, 'icons/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await writeFile(path.join(ROOT, `icons/icon-${size}.png`), png);
      await page.close();
      console.log(`icons/icon-${size}.png ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
