#!/usr/bin/env bash
# `./dev bench sync`: first sync and incremental sync times of `rapport sync` against Apache on
# 127.0.0.1 (the docs/sync.md block), for notebooks of N peers. Appends rows to OUT (a results file
# of docs/bench/, see tests/bench/report.py). One measurement per figure (p10 = p50 = p90).
# Usage: tests/bench/sync_bench.sh PATH/TO/rapport OUT.tsv [N...]   (default 1000 10000 100000)
set -eu
RAPPORT="$1" OUT="$2"; shift 2
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$HERE/../.."
. "$ROOT/tests/sync/dav_config.sh"
work="$(mktemp -d)"
chmod 755 "$work"
apache_pid=""
trap '[ -n "$apache_pid" ] && kill "$apache_pid" 2>/dev/null; rm -rf "$work"' EXIT
export RAPPORT_DAV_PASSWORD='bench' RAPPORT_PASSPHRASE='bench passphrase'
htpasswd -bc "$work/htpasswd" bench bench >/dev/null 2>&1 && chmod 644 "$work/htpasswd"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
apache_dav_config "$work" "$port"
apache2 -d "$work/apache" -f "$work/apache/apache2.conf" -DFOREGROUND >>"$work/apache/error.log" 2>&1 &
apache_pid=$!
for _ in $(seq 1 100); do curl -s -o /dev/null -u bench:bench "http://127.0.0.1:$port/dav/" && break; sleep 0.1; done

now() { date +%s%N; }
row() { local ms; ms=$(awk "BEGIN { printf \"%.1f\", ($4 - $3) / 1e6 }"); printf 'sync\tnative\tapache\t%s\t%s\t%s\t%s\t%s\t%s\tms\n' "$5" "$2" "$1" "$ms" "$ms" "$ms" >>"$OUT"; }
label() { case "$1" in 1000) echo 1k ;; 10000) echo 10k ;; 100000) echo 100k ;; *) echo "$1" ;; esac; }

printf 'sync\tnative\t#note\tpeers imported from a generated vCard; A sends, then B (an empty notebook) receives; incremental: 3 more contacts on A\n' >>"$OUT"
for n in "${sizes[@]}"; do
  d="$work/n$n" url="http://127.0.0.1:$port/dav/n$n"
  mkdir -p "$work/apache-dav/n$n" && chown www-data:www-data "$work/apache-dav/n$n"
  # One import takes at most 20,000 contacts (interchange's limit), so larger notebooks come in parts.
  python3 - "$d" "$n" <<'PY'
import sys
base, n = sys.argv[1], int(sys.argv[2])
for part, start in enumerate(range(0, n, 20000)):
    with open(f"{base}-{part:02d}.vcf", "w") as f:
        for i in range(start, min(n, start + 20000)):
            f.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i:06d} Example\r\nTITLE:Role {i % 37}\r\n"
                    f"ORG:Team {i % 11}\r\nNOTE:Met at event {i % 97}\r\nEND:VCARD\r\n")
PY
  for part in "$d"-*.vcf; do "$RAPPORT" import "$part" --data-dir "$d-a" >/dev/null; done
  "$RAPPORT" sync setup --url "$url" --user bench --data-dir "$d-a" >/dev/null
  "$RAPPORT" sync setup --url "$url" --user bench --data-dir "$d-b" >/dev/null
  t0=$(now); "$RAPPORT" sync --data-dir "$d-a" >/dev/null; t1=$(now); "$RAPPORT" sync --data-dir "$d-b" >/dev/null; t2=$(now)
  row "first sync send" "$n" "$t0" "$t1" "$(label "$n")"
  row "first sync receive" "$n" "$t1" "$t2" "$(label "$n")"
  "$RAPPORT" import "$ROOT/tests/data/interchange/contacts_v3.vcf" --data-dir "$d-a" >/dev/null
  t0=$(now); "$RAPPORT" sync --data-dir "$d-a" >/dev/null; t1=$(now); "$RAPPORT" sync --data-dir "$d-b" >/dev/null; t2=$(now)
  row "incremental send" "$n" "$t0" "$t1" "$(label "$n")"
  row "incremental receive" "$n" "$t1" "$t2" "$(label "$n")"
  rm -rf "$d-a" "$d-b" "$d"-*.vcf
done
