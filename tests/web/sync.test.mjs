// Sync in the browser, for real: the web build on one port, Apache (mod_dav) and then nginx (dav-ext)
// with the CORS blocks of docs/sync.md on another (so every request is cross-origin and CORS is
// enforced), and two browser contexts as two devices. Most tests set sync up and run cycles through the
// app's test hook (app/sync_automation.h), which uses the same web SyncRunner and emscripten_fetch
// transport as Settings, Sync; one connects through the Settings form itself, as a user does. A second Apache without the CORS headers shows what a user
// sees then: the connection test names CORS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve } from './static_server.mjs';
import { root, appDir, launch, waitForApp, appState, itemRect, itemCentre } from './harness.mjs';

const USER = 'alice';
const PASSWORD = 's3cret';
const PASSPHRASE = 'correct horse battery staple';
let server, browser, work;
const davs = [];
const problems = [];

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

// Apache or nginx on 127.0.0.1 from docs/sync.md's block, allowing `origin` (or, with 'none', no CORS
// headers).
async function startDav(kind, name, origin) {
  const port = await freePort();
  const dir = path.join(work, name);
  const child = spawn('bash', [path.join(root, 'tests/sync/serve_dav.sh'), kind, dir, String(port), origin, USER, PASSWORD],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => { if (String(d).includes('ready')) resolve(); });
    child.on('exit', (code) => reject(new Error(`Apache did not start (exit ${code}): ${err}`)));
  });
  davs.push(child);
  return { url: `http://127.0.0.1:${port}/dav/rapport`, folder: path.join(dir, `${kind}-dav/rapport`) };
}

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-web-sync-'));
  fs.chmodSync(work, 0o755);  // Apache's user reads its folder below
  server = await serve(appDir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  for (const d of davs) d.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  fs.rmSync(work, { recursive: true, force: true });
});

async function device() {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(server.url);
  await waitForApp(page);
  return page;
}

async function syncStatus(page) {
  return JSON.parse(await page.evaluate(() => Module.ccall('rapport_sync_status', 'string')));
}

// Sets sync up on `page` (connection test included); resolves to its outcome ("ok" or the message).
async function setUp(page, url) {
  const started = await page.evaluate(([u, n, p, s]) =>
    Module.ccall('rapport_sync_setup', 'number', ['string', 'string', 'string', 'string'], [u, n, p, s]),
  [url, USER, PASSWORD, PASSPHRASE]);
  assert.equal(started, 1, 'the setup did not start');
  await page.waitForFunction(() => JSON.parse(Module.ccall('rapport_sync_status', 'string')).setup !== '', null, { timeout: 60000 });
  return (await syncStatus(page)).setup;
}

// Runs one cycle; resolves to the status once it ended.
async function syncNow(page) {
  assert.equal(await page.evaluate(() => Module.ccall('rapport_sync_now', 'number')), 1, 'the cycle did not start');
  await page.waitForFunction(() => {
    const s = JSON.parse(Module.ccall('rapport_sync_status', 'string'));
    return !s.running && s.cycle !== '';
  }, null, { timeout: 60000 });
  return syncStatus(page);
}

async function addPeer(page, name) {
  await page.locator('#canvas').focus();
  await page.keyboard.press('Alt+2');
  await page.waitForFunction(() => JSON.parse(Module.ccall('rapport_automation_state', 'string')).page === 'peers');
  await page.waitForFunction(() => document.activeElement.id === 'text-agent');
  await page.keyboard.type(name, { delay: 10 });
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => Module.ccall('rapport_automation_state', 'string').includes(JSON.stringify(n)), name);
}

for (const kind of ['apache', 'nginx']) {
test(`${kind}: an edit in one browser appears in another after both sync through a cross-origin WebDAV folder`, async () => {
  const dav = await startDav(kind, `${kind}-cors`, server.url.replace(/\/$/, ''));
  const laptop = await device();
  const phone = await device();
  await addPeer(laptop, 'Katherine Johnson');

  // The first device creates the vault: one Argon2id (64 MiB, 3 passes) in the browser.
  const t0 = Date.now();
  assert.equal(await setUp(laptop, dav.url), 'ok');
  console.log(`# ${kind}: setup with a new vault (Argon2id 64 MiB, 3 passes, plus 4 requests) took ${Date.now() - t0} ms in headless Chromium`);
  let s = await syncNow(laptop);
  assert.equal(s.cycle, 'in sync');
  // The UI kept drawing while the requests were out.
  assert.ok(s.frames >= 3, `only ${s.frames} frames were drawn during the cycle`);

  // What the server holds: the vault and this device's files, no note readable.
  assert.ok(fs.existsSync(path.join(dav.folder, 'vault')));
  const devices = fs.readdirSync(path.join(dav.folder, 'devices'));
  assert.equal(devices.length, 1);
  const files = fs.readdirSync(path.join(dav.folder, 'devices', devices[0])).sort();
  assert.deepEqual(files, ['head', 'seg-1']);
  const sealed = fs.readFileSync(path.join(dav.folder, 'devices', devices[0], 'seg-1'));
  assert.ok(!sealed.includes('Katherine'), 'the batch on the server is readable');

  // The second device joins with the same passphrase and receives the edit.
  assert.equal(await setUp(phone, dav.url), 'ok');
  s = await syncNow(phone);
  assert.equal(s.cycle, 'in sync');
  assert.ok(s.applied >= 1);
  assert.ok((await appState(phone)).peers.includes('Katherine Johnson'), 'the edit did not arrive');

  // And back: an edit on the phone reaches the laptop.
  await addPeer(phone, 'Dorothy Vaughan');
  assert.equal((await syncNow(phone)).cycle, 'in sync');
  s = await syncNow(laptop);
  assert.equal(s.cycle, 'in sync');
  assert.deepEqual((await appState(laptop)).peers.sort(), ['Dorothy Vaughan', 'Katherine Johnson']);
  assert.deepEqual(problems, []);
  await laptop.context().close();
  await phone.context().close();
});
}

test('a server that does not allow the app\'s origin: the connection test names CORS', async () => {
  const dav = await startDav('apache', 'no-cors', 'none');
  const page = await device();
  const outcome = await setUp(page, dav.url);
  assert.match(outcome, /CORS/);
  assert.match(outcome, /did not answer this browser/);
  // Nothing was created on the server.
  assert.deepEqual(fs.readdirSync(dav.folder), []);
  await page.context().close();
});

// Scrolls the page until the item labelled `label` is inside the viewport, then clicks its centre.
async function clickItem(page, label) {
  for (let i = 0; i < 20; i++) {
    const r = await itemRect(page, label);
    if (r && r.y >= 60 && r.y + r.h <= 600) break;  // inside the page, clear of the menu and status lines
    await page.mouse.move(500, 400);
    await page.mouse.wheel(0, r && r.y < 0 ? -200 : 200);
    await page.waitForTimeout(100);
  }
  const c = await itemCentre(page, label);
  await page.mouse.click(c.x, c.y);
}

async function typeInto(page, label, text) {
  await clickItem(page, label);
  await page.waitForFunction(() => document.activeElement.id === 'text-agent');
  await page.waitForTimeout(300);  // the click reaches a frame before the keys, which go to the field it activated
  await page.keyboard.type(text, { delay: 5 });
}

test('Settings, Sync in the browser: connecting through the form sends the notebook, another device receives it', async () => {
  const dav = await startDav('apache', 'settings-cors', server.url.replace(/\/$/, ''));
  const laptop = await device();
  await addPeer(laptop, 'Mary Jackson');
  await clickItem(laptop, 'Settings');
  await laptop.waitForFunction(() => JSON.parse(Module.ccall('rapport_automation_state', 'string')).page === 'settings');
  await typeInto(laptop, 'Server folder (WebDAV URL)', dav.url);
  await typeInto(laptop, 'User name', USER);
  await typeInto(laptop, 'Password', PASSWORD);
  await typeInto(laptop, 'Sync passphrase', PASSPHRASE);
  await clickItem(laptop, 'Connect##connect');
  // Connecting makes the vault, then the app's first cycle uploads this device's batch and head.
  const devicesDir = path.join(dav.folder, 'devices');
  const deadline = Date.now() + 60000;
  let heads = [];
  while (Date.now() < deadline) {
    if (fs.existsSync(devicesDir)) {
      heads = fs.readdirSync(devicesDir).filter((d) => fs.existsSync(path.join(devicesDir, d, 'head')));
      if (heads.length === 1) break;
    }
    await laptop.waitForTimeout(250);
  }
  assert.equal(heads.length, 1, 'the app did not sync after Connect');
  // The sync state outlives a reload (kept in the browser's storage beside the notebook): an edit after
  // the reload is sent by itself a few seconds later, as a second batch.
  await laptop.reload();
  await waitForApp(laptop);
  await addPeer(laptop, 'Christine Darden');
  const mine = path.join(devicesDir, heads[0]);
  while (Date.now() < deadline + 30000 && !fs.existsSync(path.join(mine, 'seg-2'))) await laptop.waitForTimeout(250);
  assert.ok(fs.existsSync(path.join(mine, 'seg-2')), 'the edit after a reload was not synced by itself');
  const phone = await device();
  assert.equal(await setUp(phone, dav.url), 'ok');
  const s = await syncNow(phone);
  assert.equal(s.cycle, 'in sync');
  const peers = (await appState(phone)).peers;
  assert.ok(peers.includes('Mary Jackson'), 'the edit made before Connect did not arrive');
  assert.ok(peers.includes('Christine Darden'), 'the edit made after the reload did not arrive');
  assert.deepEqual(problems, []);
  await laptop.context().close();
  await phone.context().close();
});

test('without sync set up the page requests nothing but its own files', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForApp(page);
  await addPeer(page, 'Annie Easley');
  await clickItem(page, 'Settings');
  await page.waitForFunction(() => JSON.parse(Module.ccall('rapport_automation_state', 'string')).page === 'settings');
  await page.waitForTimeout(4000);  // longer than the sync debounce after an edit
  const origin = new URL(server.url).origin;
  assert.ok(requests.length > 0, 'no request was seen at all');
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), []);
  await context.close();
});
