// Renders every page of each PDF with pdf.js (from npm) in headless Chromium (the Debian package, /usr/bin/chromium)
// and writes one PNG per page, then prints one JSON line:
// [{ file, title, pages: [{ png, width, height, text }] }]. Usage:
//   node render-pdf.mjs --out <folder> [--scale 1.5] <file.pdf>...
// Exit code 0 when every file rendered, 1 otherwise.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
let out = null;
let scale = 1.5;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = args[++i];
  else if (args[i] === '--scale') scale = Number(args[++i]);
  else files.push(args[i]);
}

mkdirSync(out, { recursive: true });
const executablePath = process.env.KENBAARHEID_CHROMIUM ?? '/usr/bin/chromium';
// pdf.js is an ES module with a module worker, loaded from file://: Chromium allows that only with this flag.
const browser = await chromium.launch({
  executablePath,
  headless: true,
  timeout: 60_000,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--allow-file-access-from-files', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const results = [];
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  await page.route(url => !url.toString().startsWith('file:') && !url.toString().startsWith('data:') && !url.toString().startsWith('blob:'), route => route.abort());
  const here = dirname(fileURLToPath(import.meta.url));
  await page.goto(pathToFileURL(resolve(here, 'render-pdf.html')).href, { waitUntil: 'load' });
  await page.waitForFunction(() => window.rendererReady === true);
  for (const file of files) {
    const base64 = readFileSync(file).toString('base64');
    const rendered = await page.evaluate(([data, s]) => window.renderPdf(data, s), [base64, scale]);
    // Notices share file names (notice.nl.pdf), so the folders above name the pictures.
    const stem = resolve(file).split('/').slice(-4).join('-').replace(/\.pdf$/, '');
    const pages = rendered.pages.map((p, index) => {
      const png = resolve(out, `${stem}-page${index + 1}.png`);
      const bytes = Buffer.from(p.png.split(',')[1], 'base64');
      writeFileSync(png, bytes);
      return { png, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), text: p.text };
    });
    results.push({ file, title: rendered.title, pages });
  }
} finally {
  await browser.close();
}

process.stdout.write(JSON.stringify(results) + '\n');
