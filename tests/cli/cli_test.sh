#!/usr/bin/env bash
# CLI tests of `rapport` (app/cli): every subcommand and exit code, on throw-away notebook folders.
# Prints TAP lines ("ok - ..." / "not ok - ..."); ./dev test runs it as the suite `cli`.
# Usage: tests/cli/cli_test.sh PATH/TO/rapport
set -u
RAPPORT="$1"
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="$HERE/../data/interchange"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
NB="$TMP/data/rapport"
N=0 FAILED=0
OUT="$TMP/out" ERR="$TMP/err"

ok() { N=$((N + 1)); echo "ok - $1"; }
not_ok() { N=$((N + 1)); FAILED=$((FAILED + 1)); echo "not ok - $1"; sed 's/^/# /' "$OUT" "$ERR" | head -20; }

# expect CODE DESCRIPTION -- ARGS...: runs rapport, checks the exit code.
expect() {
  local want="$1" what="$2"; shift 3
  "$RAPPORT" "$@" >"$OUT" 2>"$ERR"
  local got=$?
  if [ "$got" -eq "$want" ]; then ok "$what (exit $got)"; else echo "# expected exit $want, got $got"; not_ok "$what"; fi
}
# check DESCRIPTION COMMAND...: a shell condition.
check() {
  local what="$1"; shift
  if "$@" >/dev/null 2>&1; then ok "$what"; else not_ok "$what"; fi
}
# A fingerprint of every file of a folder (names and bytes).
fingerprint() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
one_line_error() { [ "$(wc -l <"$ERR")" -ge 1 ] && grep -q '^rapport: ' "$ERR"; }

# --- help and usage errors
for c in "" export import backup check stats; do expect 0 "help of '${c:-rapport}'" -- $c --help; done
check "help names every command" grep -q "stats" "$OUT"
expect 0 "--version" -- --version
check "--version prints the name and the version of CMakeLists.txt" grep -qx "rapport $(sed -n 's/^project(Rapport VERSION \([0-9.]*\) .*/\1/p' "$HERE/../../CMakeLists.txt")" "$OUT"
expect 2 "no command" --
expect 2 "unknown command" -- frobnicate
check "usage errors are one clear line" one_line_error
expect 2 "unknown option" -- stats --verbose
expect 2 "export needs a format" -- export --data-dir "$NB"
expect 2 "export with an unknown format" -- export --format pdf --data-dir "$NB"
expect 2 "import needs a file" -- import --data-dir "$NB"
expect 2 "option missing its value" -- export --format
expect 2 "bad --time" -- export --format ics --time 25:00 --data-dir "$NB"

# --- no notebook yet
expect 1 "stats without a notebook" -- stats --data-dir "$NB"
check "it says there is no notebook" grep -q "There is no notebook" "$ERR"
expect 1 "check without a notebook" -- check --data-dir "$NB"
expect 1 "export without a notebook" -- export --format json --data-dir "$NB"
expect 0 "import --dry-run into no notebook" -- import "$DATA/backup_v1.json" --dry-run --data-dir "$NB"
check "the dry run previews counts" grep -q "Adds 2 peers" "$OUT"
check "the dry run creates nothing" test ! -e "$NB"

# --- import a backup, then look at it
expect 0 "import a backup" -- import "$DATA/backup_v1.json" --data-dir "$NB"
check "the import reports an undoable step" grep -q "1 undoable step" "$OUT"
expect 0 "stats" -- stats --data-dir "$NB"
check "stats counts the peers" grep -q "peer: 2" "$OUT"
expect 0 "check a sound notebook" -- check --data-dir "$NB"
check "check says OK" grep -q "^OK: " "$OUT"
expect 0 "import the same backup again" -- import "$DATA/backup_v1.json" --data-dir "$NB"
check "nothing is imported twice" grep -q "Already there: 2 peers" "$OUT"

# --- exports
expect 0 "export json to stdout" -- export --format json --data-dir "$NB"
check "the JSON export equals the imported backup (but its date)" \
  diff <(grep -v exportedAt "$OUT") <(grep -v exportedAt "$DATA/backup_v1.json")
expect 0 "export ics" -- export --format ics --out "$TMP/notebook.ics" --data-dir "$NB"
if out=$(/usr/bin/python3 "$HERE/ics_check.py" "$TMP/notebook.ics" 2>&1); then ok "python3-icalendar parses the .ics: $out"; else echo "# $out"; not_ok "python3-icalendar parses the .ics"; fi
check "the .ics moves and skips occurrences" grep -q "RECURRENCE-ID:20240213T090000" "$TMP/notebook.ics"
expect 0 "export md to a folder" -- export --format md --out "$TMP/md" --data-dir "$NB"
check "the Markdown folder has the index and peer pages" test -f "$TMP/md/index.md" -a -f "$TMP/md/peers/maria-chen.md"
expect 0 "export md to a zip" -- export --format md --out "$TMP/notebook.zip" --data-dir "$NB"
check "the zip is valid and holds the peer pages" \
  /usr/bin/python3 -c "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; assert 'peers/maria-chen.md' in z.namelist()" "$TMP/notebook.zip"
expect 2 "export md needs --out" -- export --format md --data-dir "$NB"
expect 0 "export csv" -- export --format csv --data-dir "$NB"
check "the CSV has its header" grep -q "^Name,Title,Organisation,Birthday" "$OUT"
expect 1 "export to a folder that does not exist" -- export --format csv --out "$TMP/nowhere/x.csv" --data-dir "$NB"
check "exports are private files" test "$(stat -c %a "$TMP/notebook.ics")" = 600

# --- backup
expect 0 "backup next to the data folder" -- backup --data-dir "$NB"
check "the backup is in the sibling rapport-backups/ folder" grep -q "^$TMP/data/rapport-backups/rapport-.*\.json$" "$OUT"
expect 0 "backup --out" -- backup --out "$TMP/b.json" --data-dir "$NB"
expect 0 "a backup imports (dry run)" -- import "$TMP/b.json" --dry-run --data-dir "$TMP/other"

# --- contacts
expect 0 "import vCards" -- import "$DATA/contacts_v3.vcf" --data-dir "$NB"
check "the vCard import skips Maria (already a peer)" grep -q "Skips 1 duplicate" "$OUT"
expect 0 "import CSV" -- import "$DATA/contacts.csv" --data-dir "$NB"
expect 1 "a CSV without a name column" -- import "$DATA/contacts_custom.csv" --data-dir "$NB"
expect 0 "the same CSV with --map" -- import "$DATA/contacts_custom.csv" --map "name=Person,email=Mail" --data-dir "$NB"
expect 2 "a bad --map" -- import "$DATA/contacts_custom.csv" --map "phone=Tel" --data-dir "$NB"
before=$(fingerprint "$NB")
expect 1 "a CSV with bad rows is refused" -- import "$DATA/contacts_row_errors.csv" --data-dir "$NB"
check "the refusal lists errors by line" grep -q "line 4: The birthday" "$ERR"
expect 1 "a Latin-1 CSV is refused" -- import "$DATA/contacts_latin1.csv" --data-dir "$NB"
check "the refusal names the encoding" grep -q "not UTF-8" "$ERR"
expect 1 "a vCard 2.1 file is refused" -- import "$DATA/contacts_v21.vcf" --data-dir "$NB"
expect 1 "a backup from a newer Rapport is refused" -- import "$DATA/backup_newer.json" --data-dir "$NB"
expect 1 "a missing file" -- import "$TMP/missing.csv" --data-dir "$NB"
check "refused imports leave the notebook byte-identical" test "$before" = "$(fingerprint "$NB")"

# --- damage: a flipped byte in the first of several change records
cp -r "$NB" "$TMP/damaged"
seg=$(ls "$TMP/damaged"/log-*.seg | head -1)
printf '\xff' | dd of="$seg" bs=1 seek=100 conv=notrunc 2>/dev/null
damaged=$(fingerprint "$TMP/damaged")
expect 3 "check finds the damage" -- check --data-dir "$TMP/damaged"
check "check explains the damage" grep -q "is damaged" "$ERR"
expect 3 "export of a damaged notebook says so" -- export --format json --out "$TMP/partial.json" --data-dir "$TMP/damaged"
expect 3 "import into a damaged notebook is refused" -- import "$DATA/contacts_v4.vcf" --data-dir "$TMP/damaged"
expect 3 "backup of a damaged notebook saves what is readable" -- backup --out "$TMP/rescue.json" --data-dir "$TMP/damaged"
check "the damaged notebook is never modified" test "$damaged" = "$(fingerprint "$TMP/damaged")"

# --- an interrupted last save is only noted
cp -r "$NB" "$TMP/torn"
last=$(ls "$TMP/torn"/log-*.seg | tail -1)
printf 'RPR' >>"$last"
expect 0 "check accepts an interrupted last save" -- check --data-dir "$TMP/torn"
check "and notes it" grep -q "interrupted" "$OUT"

echo "1..$N"
[ "$FAILED" -eq 0 ]
