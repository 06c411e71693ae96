// Checks the site `shelfmark site` wrote in a real browser (headless Chromium, driven by
// puppeteer-core): opened from file:// and from a local web server, the page shows every entry,
// logs no console error, asks no other host for anything, every local link and download
// resolves, axe-core reports no serious or critical violation, "Copy reference" puts the
// reference on the clipboard, and the print style hides the controls. Screenshots at desktop and
// phone widths go to ARTEFACTS.
// Usage: node check.mjs SITE_DIR EXPECTED_ENTRIES ARTEFACTS
import { createServer } from 'node:http';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, normalize, extname } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(`${process.env.CI_NODE_DIR}/package.json`);
const puppeteer = require('puppeteer-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [site, expectedText, artefacts] = process.argv.slice(2);
const expected = Number(expectedText);
mkdirSync(artefacts, { recursive: true });
const problems = [];
const fail = (where, message) => problems.push(`${where}: ${message}`);

// a web server on localhost for the site, as any static host would serve it
const types = { '.html': 'text/html; charset=utf-8', '.ris': 'application/x-research-info-systems',
  '.bib': 'application/x-bibtex; charset=utf-8', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://localhost').pathname)).replace(/^([/\\])+/, '');
  const file = join(site, path === '' ? 'index.html' : path);
  if (!file.startsWith(normalize(site)) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  for (const [mode, url] of [['file', pathToFileURL(join(site, 'index.html')).href], ['http', `${origin}/`]]) {
    await checkPage(mode, url);
  }
  await checkCopy(`${origin}/`);
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.map(p => `site check: ${p}`).join('\n'));
  process.exit(1);
}
console.log(`site check: ok: ${expected} entries, from file:// and http, no console errors, no other host, every link`
  + ' resolves, no serious accessibility violation, copy and print work');

async function checkPage(mode, url) {
  const page = await browser.newPage();
  const local = mode === 'file' ? u => u.startsWith('file:') : u => u.startsWith(origin);
  page.on('console', m => { if (m.type() === 'error') fail(mode, `console error: ${m.text()}`); });
  page.on('pageerror', e => fail(mode, `script error: ${e.message}`));
  await page.setRequestInterception(true);
  page.on('request', r => {
    if (local(r.url()) || r.url().startsWith('data:')) { r.continue(); return; }
    fail(mode, `request to another host: ${r.url()}`);
    r.abort();
  });
  page.on('requestfailed', r => { if (local(r.url())) fail(mode, `request failed: ${r.url()}`); });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });

  const facts = await page.evaluate(() => ({
    articles: [...document.querySelectorAll('main article')].map(a => ({
      id: a.id,
      title: a.querySelector('h2, h3')?.textContent ?? '',
      reference: a.querySelector('.csl-entry')?.textContent.trim() ?? '',
      buttonShown: !(a.querySelector('button.copy')?.hidden ?? true),
    })),
    lang: document.documentElement.lang,
    links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')),
    ids: [...document.querySelectorAll('[id]')].map(e => e.id),
  }));
  if (facts.articles.length !== expected) fail(mode, `${facts.articles.length} entries shown, ${expected} expected`);
  for (const a of facts.articles) {
    if (!a.title) fail(mode, `entry ${a.id} has no heading`);
    if (!a.reference) fail(mode, `entry ${a.id} has no reference`);
    if (!a.buttonShown) fail(mode, `entry ${a.id}: the copy button stays hidden`);
  }
  if (facts.lang !== 'en-GB') fail(mode, `lang is "${facts.lang}"`);
  for (const href of facts.links) {
    if (href.startsWith('#')) {
      if (!facts.ids.includes(decodeURIComponent(href.slice(1)))) fail(mode, `link ${href} names no element`);
    } else if (!/^[a-z]+:/i.test(href)) {
      const ok = mode === 'file' ? existsSync(join(site, decodeURIComponent(href)))
        : (await fetch(new URL(href, url))).ok;
      if (!ok) fail(mode, `link ${href} does not resolve`);
    }
  }

  await page.addScriptTag({ content: axeSource });
  const axe = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
  for (const v of axe.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')) {
    fail(mode, `accessibility (${v.impact}) ${v.id}: ${v.help}, at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ')}`);
  }
  if (mode === 'file') {
    await page.screenshot({ path: join(artefacts, 'desktop.png'), fullPage: true });
    await page.setViewport({ width: 390, height: 844, isMobile: true, deviceScaleFactor: 2 });
    await page.screenshot({ path: join(artefacts, 'phone.png'), fullPage: false });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    if (wide) fail(mode, 'the page scrolls sideways at phone width');
    await page.emulateMediaType('print');
    const printed = await page.evaluate(() => [...document.querySelectorAll('button.copy, nav.downloads')]
      .filter(e => getComputedStyle(e).display !== 'none').length);
    if (printed) fail(mode, `${printed} controls still show in print`);
    await page.pdf({ path: join(artefacts, 'print.pdf'), format: 'A4' });
  }
  await page.close();
}

async function checkCopy(url) {
  const context = browser.defaultBrowserContext();
  await context.overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const want = await page.$eval('main article .csl-entry', e => e.textContent.replace(/\s+/g, ' ').trim());
  await page.click('main article button.copy');
  await page.waitForFunction(() => document.getElementById('copy-status').textContent !== '', { timeout: 5000 })
    .catch(() => fail('copy', 'no message after "Copy reference"'));
  const status = await page.$eval('#copy-status', e => e.textContent);
  const got = await page.evaluate(() => navigator.clipboard.readText()).catch(e => `(clipboard unreadable: ${e.message})`);
  if (status !== 'Reference copied.') fail('copy', `the message reads "${status}"`);
  if (got !== want) fail('copy', `the clipboard holds "${got}", not the reference "${want}"`);
  await page.close();
}
