// The UI fonts in the browser: the page ships only their Latin set (a smaller first download and a
// faster first atlas); the wide set (Greek, Cyrillic, Latin Extended-B, Vietnamese) is fetched only
// when a frame draws a character the Latin set lacks, and the text is then drawn again with it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve } from './static_server.mjs';
import { appDir, launch, watch, waitForApp, appState, itemRect } from './harness.mjs';

let server, browser, page;
const problems = [];
const wideRequests = [];
// The wide fonts are held back until the test lets them through, to see the text drawn without them.
let held = [], released = false;
const releaseWide = () => { released = true; held.forEach((resolve) => resolve()); held = []; };

before(async () => {
  assert.ok(fs.existsSync(`${appDir}/ui_font_wide.ttf`), `no wide font set in ${appDir}`);
  server = await serve(appDir);
  browser = await launch();
  // No service worker: it would download every file of the app, the wide fonts too, into its cache.
  const context = await browser.newContext({ viewport: { width: 1100, height: 720 }, serviceWorkers: 'block' });
  page = await context.newPage();
  watch(page, problems);
  await page.route(/_wide\.ttf$/, async (route) => {
    wideRequests.push(route.request().url());
    if (!released) await new Promise((resolve) => held.push(resolve));
    await route.continue();
  });
  await page.goto(server.url);
  await waitForApp(page);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Peers' add field keeps the keyboard after Enter, ready for the next name.
async function addPeer(name) {
  if ((await appState(page)).page !== 'peers') {
    await page.focus('#canvas');
    await page.keyboard.press('Alt+2');
    await page.waitForFunction(() => JSON.parse(Module.ccall('rapport_automation_state', 'string')).page === 'peers');
  }
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent');
  await page.keyboard.type(name, { delay: 10 });
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => Module.ccall('rapport_automation_state', 'string').includes(JSON.stringify(n)), name);
  await page.waitForTimeout(200);  // a few more frames
}

// The pixels of the item labelled `label` (the peer's row in the list).
async function shotOf(label) {
  const r = await itemRect(page, label);
  assert.ok(r, `no item labelled ${label} on screen`);
  return page.screenshot({ clip: { x: r.x, y: r.y, width: Math.max(1, r.w), height: Math.max(1, r.h) } });
}

test('the app starts and draws Latin text without fetching the wide fonts', async () => {
  assert.equal((await appState(page)).openError, '');
  await addPeer('Łukasz Żółć-Müller');  // Latin Extended-A and Latin-1: in the Latin set
  assert.deepEqual(wideRequests, []);
});

test('a Cyrillic name fetches the wide fonts and is drawn again with them', async () => {
  await addPeer('Дмитрий');
  assert.equal(wideRequests.length, 2, `wide font requests: ${wideRequests}`);
  const before = await shotOf('Дмитрий');  // still drawn with the Latin set: replacement glyphs
  releaseWide();
  const start = Date.now();
  let after = before;
  while (after.equals(before) && Date.now() - start < 10000) {
    await page.waitForTimeout(100);
    after = await shotOf('Дмитрий');
  }
  assert.ok(!after.equals(before), 'the name looks the same after the wide fonts arrived');
  assert.deepEqual((await appState(page)).peers.sort(), ['Łukasz Żółć-Müller', 'Дмитрий'].sort());
});

test('the wide fonts are fetched once', async () => {
  await addPeer('Ελένη');
  assert.equal(wideRequests.length, 2);
});

test('no console errors or page errors', () => {
  assert.deepEqual(problems, []);
});
