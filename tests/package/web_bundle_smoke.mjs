// The web bundle served by nginx (tests/package/package_test.sh starts it), in headless Chromium as a
// user meets it: it loads with the right MIME types and the CSP header, keeps an edit, starts offline
// after the first visit, and when the site is switched to a rebuilt bundle the open tab says a new
// version is ready, does not reload by itself (nor while a field is being typed in), and after Reload
// runs the new version with the same notebook. Prints TAP "ok"/"not ok" lines.
//   usage: node web_bundle_smoke.mjs URL WEB_DIR VERSION
//   (WEB_DIR holds v1/ and rapport-web-VERSION+upgrade.test/; WEB_DIR/current is the served root)
import fs from 'node:fs';
import path from 'node:path';
import { launch, watch, waitForApp, appState, shots } from '../web/harness.mjs';

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
  await page.keyboard.type('Half a na', { delay: 10 });
  await page.click('#update-reload');
  await page.waitForTimeout(500);
  check(await page.evaluate(() => window.rapportTestMarker === 'old page') &&
    /Finish typing first/.test(await page.textContent('#update')), 'Reload while a field is being typed in asks to finish first');
  await page.locator('#canvas').focus();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !Module.rapportTextAgent.wanted, null, { timeout: 10000 });

  await Promise.all([page.waitForEvent('load', { timeout: 60000 }), page.click('#update-reload')]);
  await waitForApp(page);
  check(await page.evaluate(() => window.rapportTestMarker === undefined), 'Reload loads the new version');
  const keys = await page.evaluate(() => caches.keys());
  check(keys.length === 1 && keys[0] === newerCache, 'the new version\'s cache replaced the old one', JSON.stringify(keys));
  check((await appState(page)).peers.includes('Mary Jackson'), 'the notebook is the same after the upgrade');
  check(problems.length === 0, 'no console errors, page errors or failed requests', problems.join('\n'));
} catch (e) {
  check(false, 'the browser test ran to its end', e.stack);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
