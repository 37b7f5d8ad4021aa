// The iCalendar export read by ical.js (a second, independent parser besides python3-icalendar in the
// CLI suite): 1:1s with a time, a DURATION, an alarm before them and an UNTIL; important dates yearly;
// UIDs the same between two exports and after an unrelated edit. Runs the native `rapport` command line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { root } from './harness.mjs';

const cli = ['native-debug', 'native-asan', 'native-release']
  .map((p) => path.join(root, 'build', p, 'app/cli/rapport')).find((p) => fs.existsSync(p));
const data = path.join(root, 'tests/data/interchange');

function events(ics) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent');
}
const uids = (ics) => events(ics).map((e) => e.getFirstPropertyValue('uid')).sort();
const run = (...args) => execFileSync(cli, args, { encoding: 'utf8' });

test('ical.js reads the sample calendar: times, lengths, alarms, UNTIL, yearly dates', { skip: !cli && 'no native build' }, () => {
  const ics = run('export', '--format', 'ics', '--demo');
  const all = events(ics);
  const series = all.filter((e) => e.getFirstPropertyValue('uid').startsWith('series-') && !e.hasProperty('recurrence-id'));
  assert.ok(series.length >= 5, `${series.length} series events`);
  const starts = new Set();
  for (const ev of series) {
    const start = ev.getFirstPropertyValue('dtstart');
    assert.equal(start.isDate, false, 'a 1:1 has a time of day');
    assert.ok(ev.getFirstPropertyValue('duration').toSeconds() >= 5 * 60);
    assert.ok(ev.getFirstPropertyValue('rrule').until, 'the rule ends at the review');
    const alarm = ev.getFirstSubcomponent('valarm');
    assert.ok(alarm, 'an alarm');
    assert.equal(alarm.getFirstPropertyValue('trigger').toSeconds(), -600);
    starts.add(`${start.hour}:${start.minute}`);
  }
  assert.ok(starts.size > 1, 'the 1:1s are not all at one time');
  const dates = all.filter((e) => e.getFirstPropertyValue('uid').startsWith('date-'));
  assert.ok(dates.length > 0);
  for (const ev of dates) {
    assert.equal(ev.getFirstPropertyValue('dtstart').isDate, true);
    assert.equal(ev.getFirstPropertyValue('rrule').freq, 'YEARLY');
    assert.equal(ev.getFirstSubcomponent('valarm').getFirstPropertyValue('trigger').toSeconds(), -15 * 3600);
  }
  // Expanding a series stops at its UNTIL.
  const ev = new ICAL.Event(series[0]);
  const it = ev.iterator();
  let n = 0;
  for (let next = it.next(); next && n < 500; next = it.next()) n++;
  assert.ok(n > 0 && n < 500, `${n} occurrences`);
});

test('UIDs stay the same between two exports and after an unrelated edit', { skip: !cli && 'no native build' }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-ics-'));
  try {
    const nb = path.join(dir, 'nb');
    run('import', path.join(data, 'backup_v2.json'), '--data-dir', nb);
    const first = run('export', '--format', 'ics', '--data-dir', nb);
    assert.deepEqual(uids(run('export', '--format', 'ics', '--data-dir', nb)), uids(first));
    // New peers (some with birthdays, which add events): every earlier event keeps its UID.
    run('import', path.join(data, 'contacts_v3.vcf'), '--data-dir', nb);
    const after = new Set(uids(run('export', '--format', 'ics', '--data-dir', nb)));
    for (const uid of uids(first)) assert.ok(after.has(uid), `${uid} kept`);
    assert.ok(after.size > new Set(uids(first)).size);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
