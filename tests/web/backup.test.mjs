// Backups in the browser: File > Export backup downloads the notebook as JSON; File > Import backup
// opens the file picker, and the picked backup restores the notebook in another browser profile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './static_server.mjs';
import { appDir, launch, watch, waitForApp, appState, itemCentre } from './harness.mjs';

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

// Clicks an ImGui item by its label, as a user would with the mouse.
async function clickItem(page, label) {
  await page.waitForFunction((l) => Module.ccall('rapport_item_rect', 'string', ['string'], [l]) !== 'null', label);
  const at = await itemCentre(page, label);
  await page.mouse.click(at.x, at.y);
  await page.waitForTimeout(150);
}

async function addPeer(page, name) {
  await page.keyboard.type(name, { delay: 10 });
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => Module.ccall('rapport_automation_state', 'string').includes(JSON.stringify(n)), name);
}

test('a backup downloaded from one browser profile restores the notebook in another', async () => {
  const first = await browser.newContext();
  const page = await first.newPage();
  watch(page, problems);
  await page.goto(server.url);
  await waitForApp(page);
  await page.locator('#canvas').focus();
  await page.keyboard.press('Alt+2');
  await page.waitForFunction(() => JSON.parse(Module.ccall('rapport_automation_state', 'string')).page === 'peers');
  // The add field takes the keyboard a frame after the page opens (the text agent then has the focus);
  // a key typed before that is not the field's.
  await page.waitForFunction(() => document.activeElement.id === 'text-agent');
  await addPeer(page, 'Katherine Johnson');
  await addPeer(page, 'Dorothy Vaughan');

  await clickItem(page, 'File');
  const downloading = page.waitForEvent('download');
  await clickItem(page, 'Export backup');
  const download = await downloading;
  assert.match(download.suggestedFilename(), /^rapport-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-backup-')), download.suggestedFilename());
  await download.saveAs(file);  // the download itself goes away with its browser context
  const backup = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(backup.peers.length, 2);
  await first.close();

  // A fresh profile: nothing there until the backup is imported through the file picker.
  const second = await browser.newContext();
  const other = await second.newPage();
  watch(other, problems);
  await other.goto(server.url);
  await waitForApp(other);
  assert.deepEqual((await appState(other)).peers, []);
  await clickItem(other, 'File');
  const choosing = other.waitForEvent('filechooser');
  await clickItem(other, 'Import backup...');
  await (await choosing).setFiles(file);
  await clickItem(other, 'Import');
  await other.waitForFunction(() => JSON.parse(Module.ccall('rapport_automation_state', 'string')).peers.length === 2);
  assert.deepEqual((await appState(other)).peers.sort(), ['Dorothy Vaughan', 'Katherine Johnson']);
  await second.close();
});

test('no console errors or page errors', () => {
  assert.deepEqual(problems, []);
});
