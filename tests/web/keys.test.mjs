// Keys that work in a browser, and first run. A headless browser delivers even the keys a real one
// keeps (Ctrl+N/T/W, Ctrl+digits), so passing keystrokes prove little: these tests check the key set
// itself (what the page claims), that the page's own handler takes those keys (defaultPrevented) and
// the app acts on them; that on a phone navigation never focuses the text agent (the on-screen
// keyboard); and the welcome page with its sample notebook. Screenshots: build/screenshots/welcome-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './static_server.mjs';
import { appDir, shots, launch, watch, waitForApp, appState, itemCentre } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
const DESKTOP = { viewport: { width: 1100, height: 720 } };
let server, browser;
const problems = [];

before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await serve(appDir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openApp(options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  watch(page, problems);
  await page.goto(server.url);
  await waitForApp(page);
  // Records, after every other listener, whether the last keydown's default was prevented.
  await page.evaluate(() => window.addEventListener('keydown', (e) => {
    window.lastKey = { code: e.code, prevented: e.defaultPrevented };
  }));
  return { context, page };
}

const waitForPage = (page, name) =>
  page.waitForFunction((n) => JSON.parse(Module.ccall('rapport_automation_state', 'string')).page === n, name);
const taken = (page) => page.evaluate(() => Module.rapportKeys.taken);
const lastKey = (page) => page.evaluate(() => window.lastKey);
const agentFocused = (page) => page.evaluate(() => document.activeElement && document.activeElement.id === 'text-agent');

test('the web key set is one a browser lets a page have: none of Ctrl/Cmd+N, T, W or a digit', async () => {
  const { context, page } = await openApp(DESKTOP);
  const claimed = await page.evaluate(() => Module.rapportKeys.claimed);
  assert.ok(claimed.length >= 10, JSON.stringify(claimed));
  const reserved = /^(KeyN|KeyT|KeyW|Digit[1-9])$/;
  for (const key of claimed) {
    assert.ok(!((key.ctrl || key.meta) && reserved.test(key.code)), `binds a browser key: ${JSON.stringify(key)}`);
  }
  for (const code of ['Digit1', 'Digit2', 'Digit7']) {
    assert.ok(claimed.some((k) => k.code === code && k.alt && !k.ctrl && !k.meta), `no Alt+${code}`);
  }
  await context.close();
});

test("the page's handler takes its keys from the browser and the app acts on them", async () => {
  const { context, page } = await openApp(DESKTOP);
  await page.locator('#canvas').focus();
  let before = await taken(page);
  await page.keyboard.press('Alt+2');
  await waitForPage(page, 'peers');
  assert.equal(await taken(page), before + 1);
  assert.deepEqual(await lastKey(page), { code: 'Digit2', prevented: true });

  // The add field has the keyboard: "n" is a letter of a name, not quick capture, and is not taken.
  await page.waitForFunction(() => document.activeElement.id === 'text-agent');
  before = await taken(page);
  await page.keyboard.type('Ann', { delay: 10 });
  assert.equal(await taken(page), before);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => Module.ccall('rapport_automation_state', 'string').includes('"Ann"'));

  // Ctrl+1 is the browser's (switch to tab 1): the page's handler leaves it and the app does not move.
  before = await taken(page);
  await page.keyboard.press('Control+1');
  await page.waitForTimeout(200);
  assert.equal(await taken(page), before);
  assert.equal((await appState(page)).page, 'peers');

  // With no field typed in, the single keys are the app's.
  await page.keyboard.press('Alt+1');
  await waitForPage(page, 'this-week');
  await page.waitForFunction(() => !Module.rapportTextAgent.wanted);
  for (const key of ['Slash', 'n', 'Shift+Slash', 'F1', 'Control+k']) {
    before = await taken(page);
    await page.keyboard.press(key);
    await page.waitForTimeout(100);
    assert.equal(await taken(page), before + 1, `${key} was not taken`);
    assert.equal((await lastKey(page)).prevented, true, `${key} was left to the browser`);
    await page.keyboard.press('Escape');  // closes what the key opened
    await page.waitForTimeout(100);
  }
  await context.close();
});

test('on a phone, navigation never focuses the text agent (the on-screen keyboard stays closed)', async () => {
  const { context, page } = await openApp(PHONE);
  const tap = async (label) => {
    const { x, y } = await itemCentre(page, label);
    await page.touchscreen.tap(x, y);
  };
  await tap('Hide this welcome');
  for (const [label, name] of [['Peers', 'peers'], ['Projects', 'projects'], ['Previews', 'previews'],
    ['Rituals', 'rituals'], ['Journal', 'journal'], ['Settings', 'settings']]) {
    await tap(label);
    await waitForPage(page, name);
    await page.waitForTimeout(150);  // a few frames: a focus on open would have happened by now
    assert.equal(await agentFocused(page), false, `${label} focused a text field`);
  }
  await tap('Peers');
  await waitForPage(page, 'peers');
  await tap('##new-peer');
  assert.equal(await agentFocused(page), true);  // a tap into the field does open it
  await context.close();
});

test('first run: the welcome page, the sample notebook and back, the own notebook untouched', async () => {
  const { context, page } = await openApp(DESKTOP);
  assert.equal((await appState(page)).welcome, true);
  await page.screenshot({ path: path.join(shots, 'welcome-desktop.png') });
  const click = async (label) => {
    const { x, y } = await itemCentre(page, label);
    await page.mouse.click(x, y);
  };
  await click('Try the sample notebook');
  await page.waitForFunction(() => JSON.parse(Module.ccall('rapport_automation_state', 'string')).sample === true);
  assert.ok((await appState(page)).peers.length >= 3);
  await click('Back to my notebook');
  await page.waitForFunction(() => JSON.parse(Module.ccall('rapport_automation_state', 'string')).sample === false);
  assert.deepEqual((await appState(page)).peers, []);
  await page.reload();
  await waitForApp(page);
  assert.deepEqual((await appState(page)).peers, []);
  assert.equal((await appState(page)).welcome, true);
  await context.close();

  const phone = await openApp(PHONE);
  await phone.page.screenshot({ path: path.join(shots, 'welcome-phone.png') });
  await phone.context.close();
  assert.deepEqual(problems, []);
});
