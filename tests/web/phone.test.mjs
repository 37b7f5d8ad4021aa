// The web app on an emulated phone (390×844 CSS px, devicePixelRatio 3, touch): the canvas backing
// store is device pixels, a tap into a text field focuses the hidden text agent (the on-screen
// keyboard), text typed or composed by an IME there lands in the model, a drag scrolls, and
// screenshots of the home page and a peer page go to build/screenshots/phone-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './static_server.mjs';
import { decodePng, countColours } from './png.mjs';
import { appDir, shots, launch, watch, waitForApp, appState, itemCentre } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
let server, browser, context, page;
const problems = [];

async function tap(label) {
  const { x, y } = await itemCentre(page, label);
  await page.touchscreen.tap(x, y);
}

async function waitForPage(name) {
  await page.waitForFunction((n) => JSON.parse(Module.ccall('rapport_automation_state', 'string')).page === n, name);
}

const agentFocused = () => page.evaluate(() => document.activeElement && document.activeElement.id === 'text-agent');

before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await serve(appDir);
  browser = await launch();
  context = await browser.newContext(PHONE);
  page = await context.newPage();
  watch(page, problems);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the canvas backing store is CSS size × devicePixelRatio', async () => {
  await page.goto(server.url);
  await waitForApp(page);
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { width: c.width, height: c.height, css: c.getBoundingClientRect().width, dpr: devicePixelRatio };
  });
  assert.equal(size.dpr, 3);
  assert.equal(size.css, 390);
  assert.equal(size.width, 390 * 3);
  assert.equal(size.height, 844 * 3);
});

test('a tap on the phone navigation opens Peers; a tap into the add field opens the keyboard', async () => {
  assert.equal(await agentFocused(), false);  // no field wants text on the home page
  await tap('Peers');
  await waitForPage('peers');
  await tap('##new-peer');
  // Focused inside the tap's own handler (what iOS needs to show its keyboard).
  assert.equal(await agentFocused(), true);
});

test('text typed on the on-screen keyboard lands in the model', async () => {
  await page.keyboard.type('Ada Lovelac', { delay: 10 });
  await page.keyboard.press('Backspace');  // edits still go through SDL's key path
  await page.keyboard.type('ce');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => Module.ccall('rapport_automation_state', 'string').includes('"Ada Lovelace"'));
  assert.deepEqual((await appState(page)).peers, ['Ada Lovelace']);
});

test('an IME composition is committed as one piece of text', async () => {
  const cdp = await context.newCDPSession(page);
  assert.equal(await agentFocused(), true);  // Enter keeps the field, so the keyboard stays up
  await cdp.send('Input.imeSetComposition', { text: 'ちと', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: '千歳', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '千歳' });
  await page.keyboard.type(' Ota');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => Module.ccall('rapport_automation_state', 'string').includes('"千歳 Ota"'));
  assert.deepEqual([...(await appState(page)).peers].sort(), ['Ada Lovelace', '千歳 Ota'].sort());
  await cdp.detach();
});

test('the keyboard goes away when no field wants text', async () => {
  await tap('This week');
  await waitForPage('this-week');
  await page.waitForFunction(() => document.activeElement.id !== 'text-agent');
});

test('demo notebook on a phone: home, a drag scrolls it, a peer page (screenshots)', async () => {
  await page.goto(server.url + '?demo');
  await waitForApp(page);
  const home = await page.screenshot({ path: path.join(shots, 'phone-home.png') });
  assert.ok(countColours(decodePng(home)) > 16);
  // A drag scrolls the page: the same pixels no longer show.
  const cdp = await context.newCDPSession(page);
  const point = (y) => [{ x: 200, y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(700) });
  for (let y = 680; y >= 300; y -= 20) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(y) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  // The frame comes with the next animation frame; on a busy machine that can take a while.
  let scrolled = home;
  for (let i = 0; i < 20 && scrolled.equals(home); i++) {
    await page.waitForTimeout(150);
    scrolled = await page.screenshot({ path: path.join(shots, 'phone-home-scrolled.png') });
  }
  assert.ok(!scrolled.equals(home), 'the page did not scroll');
  assert.equal((await appState(page)).page, 'this-week');  // a drag is not a tap
  await tap('Peers');
  await waitForPage('peers');
  const state = await appState(page);
  await tap(state.peers.sort()[0]);
  await waitForPage('peer');
  await page.waitForTimeout(200);
  const peer = await page.screenshot({ path: path.join(shots, 'phone-peer.png') });
  assert.ok(countColours(decodePng(peer)) > 16);
});

test('no console errors or page errors', () => {
  assert.deepEqual(problems, []);
});
