// Offline and saved state: after one visit the service worker holds this build's app shell in one
// cache named after the build, so with the network gone a reload still starts the app with its data;
// the page says when edits are saved in IndexedDB (and warns if storage is not persistent).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './static_server.mjs';
import { appDir, launch, watch, waitForApp, appState } from './harness.mjs';

let server, browser, context, page;
const problems = [];

before(async () => {
  server = await serve(appDir);
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  page = await context.newPage();
  watch(page, problems);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the first visit installs a service worker that caches this build', async () => {
  await page.goto(server.url);
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const version = /var CACHE = '([^']+)'/.exec(fs.readFileSync(path.join(appDir, 'sw.js'), 'utf8'))[1];
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys[0]);
    return { keys, files: (await cache.keys()).map((r) => new URL(r.url).pathname).sort() };
  });
  assert.deepEqual(cached.keys, [version]);
  for (const file of ['/', '/index.html', '/rapport.js', '/rapport.wasm', '/rapport.data', '/manifest.webmanifest']) {
    assert.ok(cached.files.includes(file), `${file} is not cached`);
  }
});

test('an edit shows "Saving…" and then "Saved" once it is in IndexedDB', async () => {
  await page.locator('#canvas').focus();
  await page.keyboard.press('Alt+2');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent');
  await page.keyboard.type('Mary Jackson', { delay: 10 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Saving/.test(document.getElementById('save-state').textContent));
  await page.waitForFunction(() => /Saved in this browser/.test(document.getElementById('save-state').textContent));
  const persistent = await page.evaluate(() => Module.rapportPersistence.persistent);
  const text = await page.textContent('#save-state');
  // Headless Chromium does not grant persistent storage to a site it has never seen: the page says so.
  if (persistent === false) {
    assert.match(text, /keep a backup/);
    // One tap explains what the browser may do and how to keep a backup.
    await page.click('#save-state');
    assert.match(await page.textContent('#backup-help'), /Export backup/);
    assert.equal(await page.isVisible('#backup-help'), true);
    await page.click('#backup-help-close');
    assert.equal(await page.isVisible('#backup-help'), false);
  }
});

test('with the network gone, a reload starts the app and the data is there', async () => {
  server.setOffline(true);
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  assert.deepEqual((await appState(page)).peers, ['Mary Jackson']);
  await context.setOffline(false);
  server.setOffline(false);
});

test('no console errors or page errors', () => {
  assert.deepEqual(problems, []);
});
