// Writes the NL Design System CSS the notices use into this folder, from pinned npm packages, so a build and a run
// need no npm. Run it when a pinned version below changes:  node src/Kenbaarheid/Rendering/Themes/vendor.mjs
// It packs each package into a temporary folder, keeps only the rules of the components the notice templates use
// (the whole library is 400 kB; a notice carries its CSS inline), and copies each package's licence beside it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const samplesThemes = join(here, '..', '..', '..', '..', 'samples', 'agencies', 'themes');

// The components the templates use, by their block name: a rule is kept when every utrecht class in it belongs to one.
const components = ['document', 'article', 'heading-1', 'heading-2', 'heading-3', 'paragraph', 'unordered-list', 'ordered-list', 'table', 'link'];

const packages = {
  components: '@utrecht/component-library-css@9.0.4',
  rijkshuisstijl: '@rijkshuisstijl-community/design-tokens@11.1.0',
  denhaag: '@gemeente-denhaag/design-tokens-components@4.1.0',
};

function unpack(spec) {
  const folder = mkdtempSync(join(tmpdir(), 'kenbaarheid-vendor-'));
  const tarball = execFileSync('npm', ['pack', spec, '--silent'], { cwd: folder, encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['xzf', tarball], { cwd: folder });
  return join(folder, 'package');
}

// Top-level rules of compiled CSS, with the at-rules that wrap others (@media, @supports) split into their own rules.
function rules(css) {
  const result = [];
  let depth = 0, start = 0;
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) { result.push(text.slice(start, i + 1).trim()); start = i + 1; }
    else if (text[i] === ';' && depth === 0) start = i + 1; // @charset and the like
  }
  return result;
}

const block = new RegExp(`\\.utrecht-([a-z0-9-]+?)(?=__|--|[^a-z0-9_-]|$)`, 'g');
function wanted(selector) {
  const blocks = [...selector.matchAll(block)].map(m => m[1]);
  return blocks.length > 0 && blocks.every(b => components.includes(b));
}

function subset(css) {
  const kept = [];
  for (const rule of rules(css)) {
    const head = rule.slice(0, rule.indexOf('{')).trim();
    if (head.startsWith('@media') || head.startsWith('@supports')) {
      const inner = subset(rule.slice(rule.indexOf('{') + 1, rule.lastIndexOf('}')));
      if (inner) kept.push(`${head} {\n${inner}\n}`);
    } else if (!head.startsWith('@') && wanted(head)) {
      kept.push(rule);
    }
  }
  return kept.join('\n');
}

const library = unpack(packages.components);
writeFileSync(join(here, 'nl-design-system.css'),
  `/* ${packages.components}, dist/index.css: only the components ${components.join(', ')}. EUPL-1.2, see nl-design-system.LICENSE.md. Written by vendor.mjs. */\n`
  + subset(readFileSync(join(library, 'dist', 'index.css'), 'utf8')) + '\n');
writeFileSync(join(here, 'nl-design-system.LICENSE.md'), readFileSync(join(library, 'LICENSE.md')));

const rijk = unpack(packages.rijkshuisstijl);
writeFileSync(join(here, 'rijkshuisstijl.css'), `/* ${packages.rijkshuisstijl}, dist/index.css. See rijkshuisstijl.LICENSE.md. Written by vendor.mjs. */\n`
  + readFileSync(join(rijk, 'dist', 'index.css'), 'utf8').replace(/^\/\*\*[\s\S]*?\*\/\s*/, ''));
writeFileSync(join(here, 'rijkshuisstijl.LICENSE.md'), readFileSync(join(rijk, 'LICENSE.md')));

const denhaag = unpack(packages.denhaag);
writeFileSync(join(samplesThemes, 'denhaag.css'), `/* ${packages.denhaag}, dist/index.css. EUPL-1.2, see denhaag.LICENSE.md. Written by src/Kenbaarheid/Rendering/Themes/vendor.mjs. */\n`
  + readFileSync(join(denhaag, 'dist', 'index.css'), 'utf8').replace(/^\/\*\*[\s\S]*?\*\/\s*/, ''));
writeFileSync(join(samplesThemes, 'denhaag.LICENSE.md'), readFileSync(join(denhaag, 'LICENSE.md')));

for (const folder of [library, rijk, denhaag]) rmSync(dirname(folder), { recursive: true, force: true });
