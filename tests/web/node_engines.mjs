// Does this machine's Node satisfy the "engines" field of every package pinned in package-lock.json?
// ./dev runs it before installing the browser tests' packages, so an old Node (Debian bookworm's is
// 18) fails with one sentence saying what to do, not deep inside a suite ("Playwright requires
// Node.js 20 or higher"). Understands the range forms npm packages use: ">=18", ">=18.19.0 <21",
// "^18.19.0 || >=20", "~20.1", "18.x", "*"; a range it cannot read is reported, never passed.
//   node tests/web/node_engines.mjs PATH/TO/package-lock.json
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const parse = (v) => v.replace(/^v/, '').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : null));
const cmp = (a, b) => { for (let i = 0; i < 3; ++i) if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) - (b[i] || 0); return 0; };

// One comparator set ("a b c", all must hold) against the version `have` ([major, minor, patch]).
function satisfiesSet(set, have) {
  for (const c of set.trim().split(/\s+/).filter(Boolean)) {
    const m = /^(>=|<=|>|<|=|\^|~)?v?(\d+|x|\*)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(c);
    if (!m) throw new Error(`cannot read the range part "${c}"`);
    const parts = [m[2], m[3], m[4]].filter((p) => p !== undefined && p !== 'x' && p !== '*').map(Number);
    const want = [parts[0] || 0, parts[1] || 0, parts[2] || 0];
    const op = m[1] || (parts.length < 3 ? '~x' : '=');
    const d = cmp(have, want);
    const sameUpTo = (n) => parts.slice(0, n).every((p, i) => have[i] === p);
    const ok = { '>=': d >= 0, '>': d > 0, '<=': d <= 0, '<': d < 0, '=': d === 0,
      '^': d >= 0 && (want[0] !== 0 ? have[0] === want[0] : sameUpTo(2)),
      '~': d >= 0 && sameUpTo(Math.min(parts.length, 2)),
      '~x': sameUpTo(parts.length) }[op];
    if (!ok) return false;
  }
  return true;
}

export function satisfies(range, version) {
  const have = parse(version);
  return range.split('||').some((set) => satisfiesSet(set, have));
}

// One sentence per pinned package whose engines refuse `version` (empty: all accept it).
export function engineProblems(lock, version) {
  const out = [];
  for (const [path, p] of Object.entries(lock.packages || {})) {
    const want = p.engines && p.engines.node;
    if (!want) continue;
    const name = path ? `${path.replace(/^.*node_modules\//, '')} ${p.version}` : 'tests/web';
    let ok;
    try { ok = satisfies(want, version); } catch (e) {
      out.push(`${name} asks for Node "${want}", and ${e.message}: check it by hand (npm view ${name.replace(' ', '@')} engines)`);
      continue;
    }
    if (!ok) {
      out.push(`${name} needs Node ${want}; this machine has Node ${version}: install a newer nodejs, or pin a version whose engines accept ${version} in tests/web/package.json`);
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = engineProblems(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')), process.versions.node);
  for (const p of problems) console.error(`[dev] error: ${p}`);
  process.exit(problems.length ? 1 : 0);
}
