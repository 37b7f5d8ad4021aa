// What every browser test file shares: Chromium's flags for this machine, where the build is, waiting
// for the app, asking it what it holds, finding an item on the canvas, and collecting console errors.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const appDir = path.join(root, 'build/web-release/app');
export const shots = path.join(root, 'build/screenshots');
export const CHROMIUM_ARGS = ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

// Records console errors, failed requests and page errors of `page` into `problems`.
export function watch(page, problems, tag = '') {
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console${tag}: ${m.text()} (${m.location().url})`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}${tag}: ${r.url()}`); });
  page.on('pageerror', (e) => problems.push(`page error${tag}: ${e.message}`));
}

// Waits until main() runs and a frame or two are drawn.
export async function waitForApp(page) {
  await page.waitForFunction(() => window.Module && Module.calledRun === true, null, { timeout: 30000 });
  await page.waitForTimeout(300);
}

export async function appState(page) {
  return JSON.parse(await page.evaluate(() => Module.ccall('rapport_automation_state', 'string')));
}

// The rectangle (CSS px) of the ImGui item labelled `label` in the frame drawn now, or null.
export async function itemRect(page, label) {
  return JSON.parse(await page.evaluate((l) => Module.ccall('rapport_item_rect', 'string', ['string'], [l]), label));
}

export async function itemCentre(page, label) {
  const r = await itemRect(page, label);
  if (!r) throw new Error(`no item labelled ${label} on screen`);
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}
