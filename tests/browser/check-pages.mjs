// Opens each HTML file in headless Chromium (the Debian package, /usr/bin/chromium), runs axe-core at WCAG 2.1 AA
// in the page and in every frame (the review report embeds notices in iframes), and prints one JSON line:
// [{ file, violations: [{ id, impact, help, targets }], sections, screenshot }]. Usage:
//   node check-pages.mjs --screenshots <folder> --width 794 [--clip-height 2400] <file.html>...
// --clip-height keeps only the top of each page in the screenshot (for pictures in the README).
// sections: each element marked data-section in the page, in document order, as laid out: whether the reader can
// see it and its heading (not hidden, transparent or collapsed; heading text at least 12 px) and where it starts,
// so a caller can prove that a theme hid or moved no part of a notice.
// Exit code 0 when it could check every file (violations are data, for the caller to judge), 1 otherwise.
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const args = process.argv.slice(2);
let screenshots = null;
let width = 794;
let clipHeight = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--screenshots') screenshots = args[++i];
  else if (args[i] === '--width') width = Number(args[++i]);
  else if (args[i] === '--clip-height') clipHeight = Number(args[++i]);
  else files.push(args[i]);
}

const executablePath = process.env.KENBAARHEID_CHROMIUM ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  headless: true,
  timeout: 60_000,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

const results = [];
try {
  const context = await browser.newContext({ viewport: { width, height: 1123 } });
  // Notices load nothing: any request other than the page itself would be a finding, so none leave the machine.
  await context.route(url => !url.toString().startsWith('file:') && !url.toString().startsWith('about:') && !url.toString().startsWith('data:'), route => route.abort());
  for (const file of files) {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
    // Each frame is checked on its own: the review report embeds every notice in an iframe srcdoc.
    const outcome = [];
    for (const [index, frame] of page.frames().entries()) {
      await frame.waitForLoadState('load');
      await frame.evaluate(axeSource);
      const violations = await frame.evaluate(async (values) => {
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values }, iframes: false, resultTypes: ['violations'] });
        return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }));
      }, tags);
      outcome.push(...violations.map(v => ({ ...v, frame: index === 0 ? null : (frame.name() || `iframe ${index}`) })));
    }
    const sections = await page.evaluate(() => [...document.querySelectorAll('[data-section]')].map(section => {
      const seen = element => element !== null && element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
        && element.getBoundingClientRect().width > 0 && element.getBoundingClientRect().height > 0;
      const heading = section.querySelector('h2');
      return {
        name: section.dataset.section,
        visible: seen(section),
        headingVisible: seen(heading) && parseFloat(getComputedStyle(heading).fontSize) >= 12,
        top: section.getBoundingClientRect().top + window.scrollY,
        bottom: section.getBoundingClientRect().bottom + window.scrollY,
      };
    }));
    let screenshot = null;
    if (screenshots) {
      mkdirSync(screenshots, { recursive: true });
      // Notices share file names (notice.nl.html), so the folders above name the screenshot.
      screenshot = resolve(screenshots, resolve(file).split('/').slice(-4).join('-').replace(/\.html$/, '') + '.png');
      await page.screenshot({ path: screenshot, fullPage: true, ...(clipHeight ? { clip: { x: 0, y: 0, width, height: clipHeight } } : {}) });
    }
    results.push({ file, violations: outcome, sections, screenshot });
    await page.close();
  }
} finally {
  await browser.close();
}

process.stdout.write(JSON.stringify(results) + '\n');
