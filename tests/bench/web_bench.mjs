// ./dev bench web: the transfer size of the web build (raw and gzip, file by file) and the time to first
// frame in Debian's headless Chromium on loopback with the demo notebook (?demo), cold (a fresh profile
// each time) and on reload, with the phases that make it up (web/shell.js and web/persist.js mark them).
//   usage: node web_bench.mjs BUILD/web-release/app OUT.tsv [RUNS]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serve } from '../web/static_server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { chromium } = createRequire(path.join(here, '../web/package.json'))('playwright-core');
// As in tests/web/browser.test.mjs: WebGL2 through SwiftShader, nothing phoning home.
const CHROMIUM_ARGS = ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const [appDir, out, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg || 5);
const rows = [];
const row = (subject, metric, values, unit) => {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.round(q * (s.length - 1)))];
  rows.push(['web', 'native', subject, 'app', 0, metric, at(0.5), at(0.1), at(0.9), unit, at(0.99), s[s.length - 1],
    s.length].join('\t'));
  console.log(`${subject.padEnd(28)} ${metric.padEnd(12)} ${at(0.5).toFixed(1)} ${unit} (max ${s[s.length - 1].toFixed(1)})`);
};

// Each file as the web bundle serves it (web/bundle.py's .gz copies): zopfli's gzip where Debian's
// zopfli is installed (./dev installs it), else gzip -9.
const zopfli = ['/usr/bin/zopfli', '/bin/zopfli'].find((p) => fs.existsSync(p));
const gzipped = (p) => (zopfli ? execFileSync(zopfli, ['-c', p], { maxBuffer: 1 << 30 }).length
  : zlib.gzipSync(fs.readFileSync(p), { level: 9 }).length);

// What a first visit downloads: every file the page loads to start.
let rawTotal = 0, gzipTotal = 0;
for (const file of ['index.html', 'shell.js', 'style.css', 'rapport.js', 'rapport.wasm', 'rapport.data']) {
  const p = path.join(appDir, file);
  if (!fs.existsSync(p)) continue;
  const bytes = fs.readFileSync(p);
  const gz = gzipped(p);
  rawTotal += bytes.length; gzipTotal += gz;
  if (/\.(wasm|js|data)$/.test(file) && file !== 'shell.js') {
    row(file, 'raw', [bytes.length / 1024], 'KiB');
    row(file, 'gzip', [gz / 1024], 'KiB');
  }
}
row('total', 'raw', [rawTotal / 1024], 'KiB');
row('total', 'gzip', [gzipTotal / 1024], 'KiB');
// Fetched later, only by a page that shows a letter outside the Latin set (web/fonts.js).
let wideRaw = 0, wideGzip = 0;
for (const file of ['ui_font_wide.ttf', 'ui_font_bold_wide.ttf']) {
  const p = path.join(appDir, file);
  if (!fs.existsSync(p)) continue;
  wideRaw += fs.statSync(p).size; wideGzip += gzipped(p);
}
if (wideRaw) {
  row('wide fonts, on demand', 'raw', [wideRaw / 1024], 'KiB');
  row('wide fonts, on demand', 'gzip', [wideGzip / 1024], 'KiB');
}

// Milliseconds from navigation start to the end of the first animation frame after main() ran, and the
// phases before it: each file's download end, then the page's own marks.
const FILES = ['rapport.js', 'rapport.wasm', 'rapport.data'];
const MARKS = ['rapport-storage-open', 'rapport-prerun', 'rapport-storage-read', 'rapport-runtime-ready', 'rapport-main-returned'];
// The first frame is the page's own mark (web/shell.js), taken in the animation frame of the app's first
// frame: asking for a frame from here instead would add this harness's round trips (100-250 ms seen).
async function firstFrame(page) {
  await page.waitForFunction(() => performance.getEntriesByName('rapport-first-frame').length > 0, null,
    { timeout: 30000, polling: 20 });
  const frame = await page.evaluate(() => performance.getEntriesByName('rapport-first-frame')[0].startTime);
  const phases = await page.evaluate(([files, marks]) => {
    const at = {};
    for (const r of performance.getEntriesByType('resource')) {
      const name = r.name.split('/').pop().split('?')[0];
      if (files.includes(name)) at[name + ' downloaded'] = r.responseEnd;
    }
    for (const m of marks) {
      const e = performance.getEntriesByName(m);
      if (e.length) at[m.replace('rapport-', '')] = e[0].startTime;
    }
    return at;
  }, [FILES, MARKS]);
  return { frame, phases };
}

const server = await serve(path.resolve(appDir));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
try {
  const runs = { cold: [], reload: [] };
  for (let i = 0; i < RUNS; ++i) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 720 } });
    const page = await context.newPage();
    await page.goto(server.url + '?demo');
    runs.cold.push(await firstFrame(page));
    await page.reload();
    runs.reload.push(await firstFrame(page));
    await context.close();
  }
  for (const kind of ['cold', 'reload']) {
    row(`first frame, ${kind}`, 'first frame', runs[kind].map((r) => r.frame), 'ms');
    const names = [...new Set(runs[kind].flatMap((r) => Object.keys(r.phases)))];
    names.sort((a, b) => runs[kind][0].phases[a] - runs[kind][0].phases[b]);
    for (const name of names) {
      const values = runs[kind].map((r) => r.phases[name]).filter((v) => v !== undefined);
      row(`${kind}: ${name}`, 'phase end', values, 'ms');
    }
  }
} finally {
  await browser.close();
  server.close();
}
rows.push(`web\tnative\t#note\tfirst frame: navigation start to the end of the app's first frame (its animation frame), with the demo `
  + `notebook (?demo: the sample notebook, built in memory at start) (${RUNS} runs, fresh browser context each, then a reload; `
  + 'SwiftShader WebGL2, loopback); phase end: when each file finished downloading and when the page passed each mark, '
  + 'from navigation start (a reload may be served from the HTTP cache); gzip: each file a first visit loads to start, '
  + `compressed as the web bundle serves it (${zopfli ? 'zopfli' : 'gzip -9'}); the wide fonts come later, only for `
  + 'letters outside the Latin set');
fs.appendFileSync(out, rows.join('\n') + '\n');
