// The web build in Debian's headless Chromium (WebGL2 through SwiftShader): the page loads with no
// console errors, the canvas renders, and a peer added with the keyboard survives a reload and a
// browser restart with the same profile (IndexedDB through IDBFS).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './static_server.mjs';
import { decodePng, countColours } from './png.mjs';
import { CHROMIUM_ARGS, appDir, shots, watch, waitForApp as waitFor, appState as stateOf } from './harness.mjs';

let server, profile, context, page;
const problems = [];  // console errors and page errors, all of which fail the last test

async function openBrowser() {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
    viewport: { width: 1100, height: 720 },
  });
  page = context.pages()[0] || await context.newPage();
  watch(page, problems);
}

const waitForApp = () => waitFor(page);

async function loadApp() {
  await page.goto(server.url);
  await waitForApp();
}

// Types a name into the focused add field and presses Enter; resolves once the app holds the peer
// (the edit is acknowledged), without waiting for it to reach IndexedDB.
async function addPeer(name) {
  await page.keyboard.type(name, { delay: 10 });
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => Module.ccall('rapport_automation_state', 'string').includes(JSON.stringify(n)),
    name, { timeout: 10000 });
}

// Keyboard only: Alt+2 (the web's page keys) opens Peers, whose add field takes the focus.
async function openPeers() {
  await page.keyboard.press('Alt+2');
  await page.waitForFunction(() => JSON.parse(Module.ccall('rapport_automation_state', 'string')).page === 'peers');
  // The add field has the keyboard once the text agent has the focus; a key typed before is not its.
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent');
}

const sorted = (list) => [...list].sort();

const appState = () => stateOf(page);

// Waits until every commit has been written back to IndexedDB.
async function waitForFlush() {
  await page.waitForFunction(() => {
    const p = Module.rapportPersistence;
    return p && p.flushes > 0 && !p.running && !p.timer;
  }, null, { timeout: 10000 });
}

async function screenshotColours(file) {
  const png = await page.screenshot({ path: file });
  return countColours(decodePng(png));
}

before(async () => {
  assert.ok(fs.existsSync(path.join(appDir, 'rapport.wasm')), `no web build in ${appDir}`);
  fs.mkdirSync(shots, { recursive: true });
  server = await serve(appDir);
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-chromium-'));
  await openBrowser();
});

after(async () => {
  await context?.close();
  await server?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

test('the page loads and the app starts with an empty notebook', async () => {
  await loadApp();
  const state = await appState();
  assert.deepEqual(state.peers, []);
  assert.equal(state.openError, '');
  assert.equal(await page.title(), 'Rapport');
});

test('the canvas renders the UI, not a blank page', async () => {
  const colours = await screenshotColours(path.join(shots, 'browser-empty.png'));
  assert.ok(colours > 16, `only ${colours} colours on screen`);
});

test('a peer typed with the keyboard is added and saved to IndexedDB', async () => {
  await page.focus('#canvas');
  await openPeers();
  await addPeer('Ada Lovelace');
  assert.deepEqual((await appState()).peers, ['Ada Lovelace']);
  await waitForFlush();
  const colours = await screenshotColours(path.join(shots, 'browser.png'));
  assert.ok(colours > 16);
});

test('the peer is still there after a reload', async () => {
  await page.reload();
  await waitForApp();
  assert.deepEqual((await appState()).peers, ['Ada Lovelace']);
});

test('an edit followed at once by a reload is kept', async () => {
  await openPeers();
  await addPeer('Grace Hopper');  // returns as soon as the app has the peer, before any sync
  await page.reload();
  await waitForApp();
  await openPeers();
  assert.deepEqual(sorted((await appState()).peers), ['Ada Lovelace', 'Grace Hopper']);
});

test('an edit followed at once by closing the browser is kept', async () => {
  await openPeers();
  await addPeer('Katherine Johnson');
  await context.close();
  await openBrowser();
  await loadApp();
  assert.deepEqual(sorted((await appState()).peers), ['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson']);
});

test('everything is still there after another browser restart with the same profile', async () => {
  await waitForFlush();
  await context.close();
  await openBrowser();
  await loadApp();
  assert.deepEqual(sorted((await appState()).peers), ['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson']);
});

test('a second tab opens read-only instead of overwriting the first', async () => {
  const second = await context.newPage();
  second.on('pageerror', (e) => problems.push(`page error (second tab): ${e.message}`));
  await second.goto(server.url);
  await second.waitForFunction(() => window.Module && Module.calledRun === true, null, { timeout: 30000 });
  const state = JSON.parse(await second.evaluate(() => Module.ccall('rapport_automation_state', 'string')));
  // Not a damage report: the notebook opens, read-only, and the status line says why and what to do.
  assert.equal(state.openError, '');
  assert.equal(state.readOnly, true);
  assert.equal(state.status, 'Rapport is open in another tab; this one is read-only. Close the other tab to edit here.');
  assert.deepEqual(sorted(state.peers), ['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson']);
  await second.close();
  // The first tab still edits.
  await page.bringToFront();
  assert.equal((await appState()).openError, '');
});

test('a read-only tab that is hidden or closed does not put its old copy back over newer edits', async () => {
  const second = await context.newPage();
  second.on('pageerror', (e) => problems.push(`page error (second tab): ${e.message}`));
  await second.goto(server.url);
  await second.waitForFunction(() => window.Module && Module.calledRun === true, null, { timeout: 30000 });
  await page.bringToFront();
  await page.locator('#canvas').focus();
  await openPeers();
  await addPeer('Dorothy Vaughan');
  await waitForFlush();
  // The read-only tab is hidden (where tabs write back what they hold), then closed.
  await second.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await second.waitForTimeout(500);
  await second.close();
  // What IndexedDB holds now (IDBFS keeps one record per file of the /rapport mount).
  const saved = await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('/rapport');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('FILE_DATA').objectStore('FILE_DATA').getAll();
      all.onsuccess = () => resolve(all.result.filter((r) => r.contents)
        .map((r) => new TextDecoder('latin1').decode(r.contents)).join('\n'));
      all.onerror = () => reject(all.error);
    };
  }));
  assert.ok(saved.includes('Dorothy Vaughan'), 'the read-only tab removed the newer edit from IndexedDB');
});

test('no console errors or page errors', () => {
  assert.deepEqual(problems, []);
});
