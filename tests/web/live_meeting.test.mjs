// Live 1:1 mode in Chromium on the sample notebook: on a desktop window (1100×700) the whole screen fits
// with nothing to scroll and keys work; on a phone (390×844, devicePixelRatio 3, touch) it is one column
// with the agenda collapsible, every target at least 44 px, and a 1:1 can be held by taps and the
// on-screen keyboard. Screenshots: build/screenshots/desktop-live-meeting.png and phone-live-meeting.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './static_server.mjs';
import { decodePng, countColours } from './png.mjs';
import { appDir, shots, launch, watch, waitForApp, appState, itemRect, itemCentre } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
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

// Resolves once the app state's `key` is `value`, or (for a list) includes it; the page's CSP allows no
// eval, so the condition is data, not code.
async function until(page, key, value) {
  await page.waitForFunction(([k, v]) => {
    const s = JSON.parse(Module.ccall('rapport_automation_state', 'string'));
    return Array.isArray(s[k]) ? s[k].includes(v) : s[k] === v;
  }, [key, value], { timeout: 10000 });
}

async function waitForItem(page, label) {
  await page.waitForFunction((l) => Module.ccall('rapport_item_rect', 'string', ['string'], [l]) !== 'null', label,
    { timeout: 10000 });
}

// From the sample's home page to Maria Chen's live 1:1, the way a user gets there: Peers, her name, her
// prep card, "Start live 1:1". `act` clicks or taps.
async function openLiveMode(page, act) {
  for (const [label, pageName] of [['Peers', 'peers'], ['Maria Chen', 'peer'], ['Prep card', 'prep-card'],
    ['Start live 1:1', 'live-meeting']]) {
    await waitForItem(page, label);
    await act(label);
    await until(page, 'page', pageName);
  }
  await waitForItem(page, 'Discussed');  // the current item's decisions
}

test('desktop 1100×700: live mode fits without scrolling, and keys hold the 1:1', async () => {
  const page = await (await browser.newContext({ viewport: { width: 1100, height: 700 } })).newPage();
  watch(page, problems, ' (desktop)');
  await page.goto(server.url + '?demo');
  await waitForApp(page);
  await openLiveMode(page, async (label) => {
    const at = await itemCentre(page, label);
    await page.mouse.click(at.x, at.y);
  });
  // Everything of the screen is inside the window: the key hints at the bottom, the notes above them.
  for (const label of ['Finish', '##capture', '##live-notes']) {
    const r = await itemRect(page, label);
    assert.ok(r, `${label} is on screen`);
    assert.ok(r.y >= 0 && r.y + r.h <= 700, `${label} fits in the window: ${JSON.stringify(r)}`);
  }
  // Keys with no field active: "d" marks the current item discussed.
  await page.locator('#canvas').focus();
  await page.keyboard.press('d');
  await page.waitForFunction(() => JSON.parse(Module.ccall('rapport_automation_state', 'string')).status.startsWith('Marked'));
  // "a" puts the keyboard in the capture line; what is typed there is filed on Enter.
  await page.keyboard.press('a');
  await page.waitForFunction(() => document.activeElement.id === 'text-agent');
  await page.keyboard.type('Maria: training for the Lisbon half marathon', { delay: 5 });
  await page.keyboard.press('Enter');
  await until(page, 'facts', 'training for the Lisbon half marathon');
  await page.keyboard.type('I owe them the pricing deck by fri', { delay: 5 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => JSON.parse(Module.ccall('rapport_automation_state', 'string')).status.startsWith('Noted: I owe'));
  await page.waitForTimeout(200);
  const png = await page.screenshot({ path: path.join(shots, 'desktop-live-meeting.png') });
  assert.ok(countColours(decodePng(png)) > 16);
});

test('phone 390 px: one column, agenda collapsible, 44 px targets, a 1:1 held by taps', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  watch(page, problems, ' (phone)');
  const tap = async (label) => {
    const { x, y } = await itemCentre(page, label);
    await page.touchscreen.tap(x, y);
  };
  await page.goto(server.url + '?demo');
  await waitForApp(page);
  await openLiveMode(page, tap);
  const sized = (label, r) => {
    assert.ok(r, `${label} is on screen`);
    assert.ok(r.h >= 44, `${label} is at least 44 px tall: ${JSON.stringify(r)}`);
    assert.ok(r.x >= 0 && r.x + r.w <= 390, `${label} is inside the 390 px screen: ${JSON.stringify(r)}`);
  };
  for (const label of ['Discussed', 'Carry over', 'Drop', 'Finish', 'Agenda']) sized(label, await itemRect(page, label));
  await page.waitForTimeout(200);
  const shot = await page.screenshot({ path: path.join(shots, 'phone-live-meeting.png') });
  assert.ok(countColours(decodePng(shot)) > 16);

  await tap('Discussed');
  await page.waitForFunction(() => JSON.parse(Module.ccall('rapport_automation_state', 'string')).status.startsWith('Marked'));
  // The agenda folds away to give the capture line and the notes the screen (below the agenda, a phone
  // scrolls to them), and opens again.
  await tap('Agenda');
  await page.waitForFunction(() => Module.ccall('rapport_item_rect', 'string', ['string'], ['Discussed']) === 'null');
  await waitForItem(page, '##capture');
  const capture = await itemRect(page, '##capture');
  sized('##capture', capture);
  assert.ok(capture.w > 300, `one column: the capture line takes the screen's width: ${JSON.stringify(capture)}`);
  await tap('Agenda');
  await waitForItem(page, 'Discussed');
  await tap('Agenda');  // folded again for the capture line
  await waitForItem(page, '##capture');
  // A tap into the capture line brings up the on-screen keyboard; the line files what is typed.
  await tap('##capture');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-agent');
  await page.keyboard.type('kids Léa and Tom', { delay: 10 });
  await page.keyboard.press('Enter');
  await until(page, 'facts', 'kids Léa and Tom');
  await tap('Finish');
  await waitForItem(page, 'Finish the 1:1');
  await tap('Finish the 1:1');
  await page.waitForFunction(() => JSON.parse(Module.ccall('rapport_automation_state', 'string')).status.startsWith('Finished the 1:1'));
  await waitForItem(page, 'Open the 1:1 page');  // the summary
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(shots, 'phone-live-summary.png') });
  assert.equal((await appState(page)).page, 'live-meeting');
});

test('no console errors or page errors', () => {
  assert.deepEqual(problems, []);
});
