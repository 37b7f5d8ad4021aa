// The page around the app: clipboard round trip with another tab, the message when WebGL2 is off,
// and a size report of what a first visit downloads (raw and gzip -9).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve } from './static_server.mjs';
import { appDir, launch, watch, waitForApp, appState } from './harness.mjs';

let server, browser;
const problems = [];

before(async () => {
  server = await serve(appDir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('clipboard: text copied in the app pastes in another tab, and back', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  watch(page, problems);
  await page.goto(server.url + '?demo');
  await waitForApp(page);
  await page.locator('#canvas').focus();
  await page.keyboard.press('Alt+2');  // Peers: the add field has the keyboard
  await page.waitForFunction(() => document.activeElement.id === 'text-agent');
  await page.keyboard.type('Dorothy Vaughan');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) === 'Dorothy Vaughan');

  // Another tab puts text on the system clipboard; pasting it in the app adds that peer.
  const other = await context.newPage();
  await other.goto(server.url + 'manifest.webmanifest');
  await other.evaluate(() => navigator.clipboard.writeText('Annie Easley'));
  await other.close();
  await page.bringToFront();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  // The pasted text reaches the field in the app's next frame; Enter a moment later, as a person's would.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => Module.ccall('rapport_automation_state', 'string').includes('"Annie Easley"'));
  assert.ok(!(await appState(page)).peers.includes('Dorothy Vaughan'));
  await context.close();
});

test('without WebGL2 the page says so instead of staying blank', async () => {
  const noGl = await launch(['--disable-webgl2']);
  try {
    const page = await noGl.newPage();
    await page.goto(server.url);
    await page.waitForSelector('#status.error');
    assert.match(await page.textContent('#status'), /needs WebGL2/);
  } finally {
    await noGl.close();
  }
});

test('size report: what a first visit downloads', () => {
  const rows = ['rapport.wasm', 'rapport.js', 'rapport.data', 'index.html', 'shell.js', 'style.css', 'sw.js',
    'manifest.webmanifest', 'icon-192.png', 'icon-512.png'].map((file) => {
    const bytes = fs.readFileSync(path.join(appDir, file));
    return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  const total = rows.reduce((t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`.padStart(8);
  for (const r of [...rows, total]) console.log(`# size ${r.file.padEnd(22)} ${kb(r.raw)} raw ${kb(r.gzip)} gzip`);
  assert.ok(total.gzip < 1.5 * 1024 * 1024, `total gzip transfer ${total.gzip} bytes is over 1.5 MB`);
});

test('no console errors or page errors', () => {
  assert.deepEqual(problems, []);
});
