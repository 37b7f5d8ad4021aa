// The screenshot gallery (docs/screenshots/README.md): every screen of the sample notebook on a desktop
// (1100×720) in the light and the dark theme, and on a phone (390×844, DPR 3), written to
// build/screenshots/gallery/. The dark one is the browser's prefers-color-scheme: dark, which the
// default "System" theme follows; the test checks that the page really is dark there and light elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './static_server.mjs';
import { decodePng, countColours } from './png.mjs';
import { appDir, shots, launch, watch, waitForApp, appState, itemRect, itemCentre } from './harness.mjs';

const gallery = path.join(shots, 'gallery');
const DESKTOP = { viewport: { width: 1100, height: 720 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
const SECTIONS = [['Peers', 'peers'], ['Projects', 'projects'], ['Previews', 'previews'], ['Rituals', 'rituals'],
  ['Journal', 'journal'], ['Settings', 'settings']];
let server, browser;
const problems = [];

before(async () => {
  fs.mkdirSync(gallery, { recursive: true });
  server = await serve(appDir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Mean brightness (0..255) of a screenshot.
function brightness(png) {
  const { pixels, channels } = decodePng(png);
  let sum = 0, count = 0;
  for (let i = 0; i < pixels.length; i += channels * 97) {  // a sample is plenty
    sum += (pixels[i] + pixels[i + 1] + pixels[i + 2]) / 3;
    count++;
  }
  return sum / count;
}

// Walks every screen in one browser context and screenshots each as `<name>-<screen>.png`.
async function walk(name, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  watch(page, problems, ` (${name})`);
  const touch = !!options.hasTouch;
  const press = async (label) => {
    await page.waitForTimeout(200);  // let the page settle (a busy machine draws late)
    // Below the fold (a phone's projects list under the add form): scroll down to it, as a user would.
    for (let i = 0; i < 8 && !(await itemRect(page, label)); i++) {
      await page.mouse.move(195, 700);  // over the page itself, below the peer checklist (which scrolls on its own)
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(200);
    }
    const { x, y } = await itemCentre(page, label);
    if (touch) await page.touchscreen.tap(x, y);
    else await page.mouse.click(x, y);
  };
  const reach = async (screen) => {
    try {
      await page.waitForFunction(
        (s) => JSON.parse(Module.ccall('rapport_automation_state', 'string')).page === s, screen, { timeout: 15000 });
    } catch (e) {
      await page.screenshot({ path: path.join(gallery, `${name}-FAILED-${screen}.png`) });
      throw new Error(`${name}: never reached ${screen} (now ${(await appState(page)).page})`);
    }
  };
  const shot = async (screen) => {
    await page.waitForTimeout(250);
    const png = await page.screenshot({ path: path.join(gallery, `${name}-${screen}.png`) });
    assert.ok(countColours(decodePng(png)) > 16, `${name}-${screen} is blank`);
    return png;
  };
  await page.goto(server.url + '?demo');
  await waitForApp(page);
  await reach('this-week');
  const home = await shot('this-week');
  for (const [label, screen] of SECTIONS) {
    await press(label);
    await reach(screen);
    await shot(screen);
  }
  await press('Peers');
  await reach('peers');
  const peers = (await appState(page)).peers.sort();
  await press(peers[0]);
  await reach('peer');
  await shot('peer');
  await press('Prep card');
  await reach('prep-card');
  await shot('prep-card');
  await press('Start the 1:1');
  await reach('meeting');
  await shot('meeting');
  await press('Projects');
  await reach('projects');
  await press('Fix the lead hand-off between sales and onboarding');
  await reach('project');
  await shot('project');
  await context.close();
  return home;
}

test('desktop, light: every screen', async () => {
  const home = await walk('desktop-light', { ...DESKTOP, colorScheme: 'light' });
  assert.ok(brightness(home) > 180, `the light home page is dark (${brightness(home)})`);
});

test('desktop, dark (the browser prefers dark; the app follows it by default): every screen', async () => {
  const home = await walk('desktop-dark', { ...DESKTOP, colorScheme: 'dark' });
  assert.ok(brightness(home) < 80, `the dark home page is light (${brightness(home)})`);
});

test('phone: every screen', async () => {
  const home = await walk('phone', { ...PHONE, colorScheme: 'light' });
  assert.ok(brightness(home) > 180);
});

test('no console errors or page errors while walking the screens', () => {
  assert.deepEqual(problems, []);
});
