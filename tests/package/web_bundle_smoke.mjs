// The web bundle served by nginx (tests/package/package_test.sh starts it), in headless Chromium as a
// user meets it: it loads with the right MIME types and the CSP header, Help > About names the version,
// it keeps an edit, starts offline after the first visit, and when the site is switched to a rebuilt
// bundle (new hashed names, the old files gone) the open tab says a new version is ready, does not
// reload by itself (nor while a field is being typed in, whose text stays), and after Reload runs the
// new files with the same notebook, an edit made just before Reload included. Prints TAP lines.
//   usage: node web_bundle_smoke.mjs URL WEB_DIR VERSION
//   (WEB_DIR holds v1/ and rapport-web-VERSION+upgrade.test/; WEB_DIR/current is the served root)
import fs from 'node:fs';
import path from 'node:path';
import { launch, watch, waitForApp, appState, itemCentre, shots } from '../web/harness.mjs';

const [url, webDir, version] = process.argv.slice(2);
let failed = 0;
function check(pass, name, detail = '') {
  console.log(`${pass ? 'ok' : 'not ok'} - browser: ${name}`);
  if (!pass) {
    failed++;
    if (detail) console.log(`# ${String(detail).replace(/\n/g, '\n# ')}`);
  }
}

const EXPECTED_TYPES = { '.wasm': 'application/wasm', '.js': 'application/javascript', '.css': 'text/css',
  '.data': 'application/octet-stream', '.html': 'text/html', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png' };

// Clicks an ImGui item by its label (the app locates it: app/item_locator.h), as a user would.
async function clickItem(page, label) {
  await page.waitForFunction((l) => Module.ccall('rapport_item_rect', 'string', ['string'], [l]) !== 'null', label,
    { timeout: 10000 });
  const at = await itemCentre(page, label);
  await page.mouse.click(at.x, at.y);
  await page.waitForTimeout(150);
}

// Whether an item with this label is on screen within `ms`.
function shows(page, label, ms = 10000) {
  return page.waitForFunction((l) => Module.ccall('rapport_item_rect', 'string', ['string'], [l]) !== 'null', label,
    { timeout: ms }).then(() => true, () => false);
}

const browser = await launch();
const problems = [];
try {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  watch(page, problems);
  const responses = [];
  page.on('response', (r) => responses.push(r));

  // --- first visit
  const first = await page.goto(url);
  await waitForApp(page);
  const state = await appState(page);
  check(state.version === version, `the page runs version ${version} (Help > About shows it)`,
    `${JSON.stringify(state)} status: ${await page.textContent('#status')}`);
  // Help > About, opened as a user would, says the version the bundle's name carries.
  await clickItem(page, 'Help');
  await clickItem(page, 'About Rapport');
  check(await shows(page, `Rapport ${version}`), `Help > About says "Rapport ${version}"`);
  await clickItem(page, 'Close');
  check(!(await shows(page, `Rapport ${version}`, 2000)), 'Close closes About');
  const metaCsp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  check(first.headers()['content-security-policy'] === metaCsp, 'the page comes with the CSP of its <meta> tag as a header',
    first.headers()['content-security-policy']);
  const wrong = [];
  for (const r of responses) {
    const ext = path.extname(new URL(r.url()).pathname) || '.html';
    const type = (r.headers()['content-type'] || '').split(';')[0];
    if (EXPECTED_TYPES[ext] && type !== EXPECTED_TYPES[ext]) wrong.push(`${r.url()}: ${type}`);
  }
  const loaded = responses.map((r) => new URL(r.url()).pathname);
  check(loaded.some((p) => /^\/rapport\.[0-9a-f]{10}\.wasm$/.test(p)) && loaded.some((p) => /^\/rapport\.[0-9a-f]{10}\.data$/.test(p)),
    'the page loads the hashed .wasm and .data', loaded.join(' '));
  check(wrong.length === 0 && responses.length > 5, `every file has its MIME type (${responses.length} responses)`, wrong.join('\n'));
  const encodings = responses.filter((r) => /\.wasm$/.test(r.url())).map((r) => r.headers()['content-encoding']);
  check(encodings.includes('gzip'), 'the .wasm arrives gzip-compressed', JSON.stringify(encodings));

  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  await page.locator('#canvas').focus();
  await page.keyboard.press('Alt+2');  // Peers (a browser keeps Ctrl+digits for its tabs)
  await page.waitForFunction(() => Module.rapportTextAgent && Module.rapportTextAgent.wanted, null, { timeout: 10000 });
  await page.keyboard.type('Mary Jackson', { delay: 10 });
  await page.keyboard.press('Enter');
  // The peer first, then the save: "Saved in this browser" may already show from the first visit's
  // own save (the shipped topics), before the peer's Enter has reached a frame.
  const added = await page.waitForFunction(
    () => JSON.parse(Module.ccall('rapport_automation_state', 'string')).peers.includes('Mary Jackson'), null,
    { timeout: 30000 }).then(() => true, () => false);
  await page.waitForFunction(() => /Saved in this browser/.test(document.getElementById('save-state').textContent), null,
    { timeout: 30000 });
  check(added && (await appState(page)).peers.includes('Mary Jackson'), 'a peer added on the first visit is saved');

  // --- offline
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  check((await appState(page)).peers.includes('Mary Jackson'), 'with the network gone, a reload starts the app with its data');
  await context.setOffline(false);

  // --- upgrade: the site now serves the rebuilt bundle
  const newer = path.join(webDir, `rapport-web-${version}+upgrade.test`);
  const newerCache = /var CACHE = '([^']+)'/.exec(fs.readFileSync(path.join(newer, 'sw.js'), 'utf8'))[1];
  const styleOf = (dir) => /href="(style\.[0-9a-f]{10}\.css)"/.exec(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'))[1];
  const newerStyle = styleOf(newer);
  fs.symlinkSync(newer, path.join(webDir, 'current.next'));
  fs.renameSync(path.join(webDir, 'current.next'), path.join(webDir, 'current'));
  await page.evaluate(() => { window.rapportTestMarker = 'old page'; });
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForFunction(() => document.getElementById('update').className !== 'hidden', null, { timeout: 60000 });
  check(/new version of Rapport is ready/.test(await page.textContent('#update')), 'the open tab says a new version is ready');
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'browser-update-ready.png') });
  await page.waitForTimeout(1000);
  check(await page.evaluate(() => window.rapportTestMarker === 'old page'), 'it does not reload by itself');

  // Mid-edit: the add field of Peers has the keyboard; Reload asks to finish first.
  await page.locator('#canvas').focus();
  await page.keyboard.press('Alt+2');
  await page.waitForFunction(() => Module.rapportTextAgent && Module.rapportTextAgent.wanted, null, { timeout: 10000 });
  await page.keyboard.type('Grace Hop', { delay: 10 });
  await page.click('#update-reload');
  await page.waitForTimeout(500);
  check(await page.evaluate(() => window.rapportTestMarker === 'old page') &&
    /Finish typing first/.test(await page.textContent('#update')), 'Reload while a field is being typed in asks to finish first');
  // Back in the app the user finishes the name where they were, and adds the peer: nothing typed was
  // lost, and the old version (whose files are gone from the server) still saves.
  await page.locator('#canvas').focus();
  await page.keyboard.type('per', { delay: 10 });
  await page.keyboard.press('Enter');
  const finished = await page.waitForFunction(
    () => JSON.parse(Module.ccall('rapport_automation_state', 'string')).peers.includes('Grace Hopper'), null,
    { timeout: 10000 }).then(() => true, () => false);
  check(finished, 'the name typed before and after the refused Reload is one peer, Grace Hopper',
    JSON.stringify((await appState(page)).peers));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !Module.rapportTextAgent.wanted, null, { timeout: 10000 });

  // Reload right away: the edit may not be in IndexedDB yet; Reload writes it first.
  await Promise.all([page.waitForEvent('load', { timeout: 60000 }), page.click('#update-reload')]);
  await waitForApp(page);
  check(await page.evaluate(() => window.rapportTestMarker === undefined), 'Reload loads the new version');
  check(await page.evaluate((style) => document.querySelector('link[rel="stylesheet"]').getAttribute('href') === style, newerStyle),
    `the reloaded page runs the rebuilt bundle's files (${newerStyle})`);
  const keys = await page.evaluate(() => caches.keys());
  check(keys.length === 1 && keys[0] === newerCache, 'the new version\'s cache replaced the old one', JSON.stringify(keys));
  const after = (await appState(page)).peers;
  check(after.includes('Mary Jackson') && after.includes('Grace Hopper'),
    'the notebook is the same after the upgrade (the first visit\'s peer and the one added just before Reload)',
    JSON.stringify(after));
  check(problems.length === 0, 'no console errors, page errors or failed requests', problems.join('\n'));
} catch (e) {
  check(false, 'the browser test ran to its end', e.stack);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
