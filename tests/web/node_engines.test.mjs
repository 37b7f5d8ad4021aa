// ./dev's Node check (node_engines.mjs): Debian bookworm's Node 18 passes the pinned packages, an older
// or a refused Node gets one sentence naming the package and what to do. Needs no browser.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { satisfies, engineProblems } from './node_engines.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const lock = JSON.parse(fs.readFileSync(path.join(here, 'package-lock.json'), 'utf8'));

test('the pinned packages accept Debian bookworm\'s Node 18 and this machine\'s Node', () => {
  assert.deepEqual(engineProblems(lock, '18.20.4'), []);
  assert.deepEqual(engineProblems(lock, process.versions.node), []);
  assert.equal(lock.packages['node_modules/playwright-core'].version, '1.61.1');
});

test('an older Node is refused with the package and what to do', () => {
  const problems = engineProblems(lock, '16.20.2');
  assert.ok(problems.some((p) => p.startsWith('playwright-core 1.61.1 needs Node >=18; this machine has Node 16.20.2: install a newer nodejs')), problems.join('\n'));
});

test('a pin that needs Node 20 (playwright-core 1.65) is refused on Node 18', () => {
  const newer = { packages: { 'node_modules/playwright-core': { version: '1.65.0', engines: { node: '>=20' } } } };
  assert.deepEqual(engineProblems(newer, '18.20.4'),
    ['playwright-core 1.65.0 needs Node >=20; this machine has Node 18.20.4: install a newer nodejs, or pin a version whose engines accept 18.20.4 in tests/web/package.json']);
  assert.deepEqual(engineProblems(newer, '20.0.0'), []);
});

test('the range forms npm packages use', () => {
  const cases = [
    ['>=18', '18.0.0', true], ['>=18', '17.9.9', false], ['>=18.19.0', '18.12.1', false], ['>=18.19.0', '18.20.4', true],
    ['^18.19.0 || >=20', '18.20.4', true], ['^18.19.0 || >=20', '19.1.0', false], ['^18.19.0 || >=20', '22.3.0', true],
    ['>=16 <19', '18.20.4', true], ['>=16 <19', '20.1.0', false], ['18.x', '18.20.4', true], ['18.x', '20.0.0', false],
    ['~20.1', '20.1.9', true], ['~20.1', '20.2.0', false], ['*', '12.0.0', true], ['>18', '18.0.0', false],
  ];
  for (const [range, version, want] of cases) assert.equal(satisfies(range, version), want, `${range} vs ${version}`);
  assert.throws(() => satisfies('>=18 && <20', '18.0.0'), /cannot read/);
  const odd = { packages: { 'node_modules/x': { version: '1.0.0', engines: { node: 'lts/*' } } } };
  assert.match(engineProblems(odd, '18.20.4')[0], /^x 1.0.0 asks for Node "lts\/\*", and cannot read/);
});

test('run as ./dev runs it: exit 1 and the sentence on stderr for a refused Node, exit 0 otherwise', () => {
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'engines-'));
  const file = path.join(dir, 'package-lock.json');
  fs.writeFileSync(file, JSON.stringify({ packages: { 'node_modules/p': { version: '2.0.0', engines: { node: '>=999' } } } }));
  let failed;
  try { execFileSync(process.execPath, [path.join(here, 'node_engines.mjs'), file], { stdio: 'pipe' }); } catch (e) { failed = e; }
  assert.ok(failed, 'a Node older than >=999 must fail');
  assert.equal(failed.status, 1);
  assert.match(failed.stderr.toString(), /^\[dev\] error: p 2\.0\.0 needs Node >=999; this machine has Node /);
  execFileSync(process.execPath, [path.join(here, 'node_engines.mjs'), path.join(here, 'package-lock.json')], { stdio: 'pipe' });
  fs.rmSync(dir, { recursive: true });
});
