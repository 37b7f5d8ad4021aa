#!/usr/bin/env bash
# The shipped artefacts, used as a user would: the Debian package is built, inspected, judged by
# lintian, installed with apt, run from /usr/bin (command line and a window under Xvfb), upgraded and
# removed around a notebook that must stay byte-identical; the web bundle is unpacked, served by
# Debian's nginx with the site file from docs/deploy.md, and driven in headless Chromium (load, MIME
# types, CSP header, offline, upgrade to a rebuilt bundle); Apache's documented virtual host is checked
# for the same headers. Prints TAP "ok"/"not ok" lines.
#   usage: package_test.sh          (needs root for apt-get install; says "skipped" otherwise)
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work=$(mktemp -d)
chmod 755 "$work"  # nginx's workers (www-data) read the bundle from here
app_pid="" xvfb_pid="" nginx_pid="" apache_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
  [ -n "$apache_pid" ] && kill "$apache_pid" 2>/dev/null
  # The package must not stay installed on the test machine.
  dpkg-query -W -f='${db:Status-Status}' rapport 2>/dev/null | grep -qx installed &&
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq rapport >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
WAIT_TENTHS=600

ok() { echo "ok - $1"; }
not_ok() { echo "not ok - $1"; }
check() { local name="$1"; shift; if "$@" >/dev/null 2>&1; then ok "$name"; else not_ok "$name"; fi; }
wait_for() { for _ in $(seq $WAIT_TENTHS); do "$@" && return 0; sleep 0.1; done; return 1; }
contains() { grep -qE -- "$2" "$1"; }

if [ "$(id -u)" -ne 0 ]; then
  echo "ok - skipped: the package suite installs a .deb with apt-get and must run as root # SKIP not root"
  exit 0
fi

# --- The Debian package --------------------------------------------------------------------------
start=$SECONDS
deb=$("$ROOT/dev" package 2>"$work/package.log" | tail -1)
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
  not_ok "./dev package builds the .deb"
  sed 's/^/# /' "$work/package.log" >&2
  exit 1
fi
version=$(dpkg-deb -f "$deb" Version)
ok "./dev package builds $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB, $((SECONDS - start)) s)"
check "its name carries the version from CMakeLists.txt ($version)" \
  grep -q "project(Rapport VERSION $version " "$ROOT/CMakeLists.txt"
check "the version has a CHANGELOG.md entry" grep -q "^## \[$version\] - " "$ROOT/CHANGELOG.md"
# Keep a Changelog: Unreleased first, then versions with their dates, newest first, each change under
# one of its six kinds.
grep -E '^##' "$ROOT/CHANGELOG.md" >"$work/changelog-headings"
check "CHANGELOG.md's headings are Keep a Changelog's (Unreleased, [version] - date, Added/Changed/Deprecated/Removed/Fixed/Security)" \
  bash -c "head -1 '$work/changelog-headings' | grep -qx '## \[Unreleased\]' &&
    ! grep -vxE '## \[Unreleased\]|## \[[0-9]+\.[0-9]+\.[0-9]+\] - [0-9]{4}-[0-9]{2}-[0-9]{2}|### (Added|Changed|Deprecated|Removed|Fixed|Security)' '$work/changelog-headings' &&
    grep -E '^## \[[0-9]' '$work/changelog-headings' | cut -d' ' -f4 | sort -rc"
# The README's first section says how to install both, under their names of this version, and its
# set-up block is still exactly the two commands.
awk '/^## /{ n++ } n == 1' "$ROOT/README.md" >"$work/readme-first"
check "README's first section says to install build/dist/rapport_${version}_amd64.deb with apt-get" \
  grep -qF "apt-get install ./build/dist/rapport_${version}_amd64.deb" "$work/readme-first"
check "README's first section says where the web bundle is (build/dist/rapport-web-$version.tar.gz, docs/deploy.md)" \
  bash -c "grep -qF 'build/dist/rapport-web-$version.tar.gz' '$work/readme-first' && grep -qF '(docs/deploy.md)' '$work/readme-first'"
check "README's set-up commands are still ./dev run and ./dev test, and only those" \
  test "$(awk '/^```sh$/ { f = 1; next } f && /^```$/ { exit } f { sub(/ *#.*/, ""); print }' "$work/readme-first" | tr '\n' '|')" = "./dev run|./dev test|"

# The web bundle now too: both are built before this test changes HOME (ccache and the dependency
# cache live under the real one).
start=$SECONDS
tarball=$("$ROOT/dev" package web 2>"$work/package-web.log" | tail -1)
web_seconds=$((SECONDS - start))
if [ -z "$tarball" ] || [ ! -f "$tarball" ]; then
  not_ok "./dev package web builds the bundle"
  sed 's/^/# /' "$work/package-web.log" >&2
  exit 1
fi

dpkg-deb -c "$deb" >"$work/contents"
ICON_SIZES="16 24 32 48 64 128 256 512"
for path in ./usr/bin/rapport-desktop ./usr/bin/rapport ./usr/share/applications/rapport.desktop \
  $(for n in $ICON_SIZES; do echo "./usr/share/icons/hicolor/${n}x${n}/apps/rapport.png"; done) \
  ./usr/share/icons/hicolor/scalable/apps/rapport.svg ./usr/share/metainfo/rapport.metainfo.xml \
  ./usr/share/man/man1/rapport.1.gz ./usr/share/man/man1/rapport-desktop.1.gz \
  ./usr/share/doc/rapport/copyright ./usr/share/doc/rapport/changelog.gz; do
  check "dpkg-deb -c lists ${path#.}" grep -q " $path\$" "$work/contents"
done
check "the UI font is a link into fonts-noto-core" contains "$work/contents" \
  ' \./usr/share/rapport/ui_font\.ttf -> \.\./fonts/truetype/noto/NotoSans-Regular\.ttf$'
check "the bold UI font is a link into fonts-noto-core" contains "$work/contents" \
  ' \./usr/share/rapport/ui_font_bold\.ttf -> \.\./fonts/truetype/noto/NotoSans-Bold\.ttf$'
check "nothing is installed outside /usr" bash -c "! awk '{ print \$6 }' '$work/contents' | grep -vE '^\./(usr/.*)?$'"
depends=$(dpkg-deb -f "$deb" Depends)
echo "# Depends: $depends"
check "dpkg-shlibdeps computed the library dependencies (libc6, libsdl2, libstdc++, libdbus for the 1:1 alarm)" \
  bash -c "grep -q 'libc6 (>=' <<<'$depends' && grep -q 'libsdl2-2.0-0 (>=' <<<'$depends' && grep -q 'libstdc++6 (>=' <<<'$depends' && grep -q 'libdbus-1-3 (>=' <<<'$depends'"
check "it depends on the font package" grep -q 'fonts-noto-core' <<<"$depends"
dpkg-deb -e "$deb" "$work/control"
check "no maintainer scripts (nothing runs at install, upgrade or removal)" \
  bash -c "! ls '$work/control' | grep -qE '^(pre|post)(inst|rm)$'"

# ./dev package ran lintian on this .deb (and stops on its errors); its report is kept beside it.
lintian_txt="$(dirname "$deb")/lintian.txt"
sed 's/^/# lintian: /' "$lintian_txt"
check "lintian reports no errors ($(grep -cE '^W: ' "$lintian_txt") warnings, printed above)" \
  bash -c "[ -s '$lintian_txt' ] || [ -f '$lintian_txt' ]; ! grep -qE '^E: ' '$lintian_txt'"
dpkg-deb -x "$deb" "$work/root"
check "desktop-file-validate accepts the menu entry" desktop-file-validate "$work/root/usr/share/applications/rapport.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/rapport.metainfo.xml" >"$work/appstream.txt" 2>&1
sed 's/^/# appstream: /' "$work/appstream.txt"
check "appstreamcli finds no errors in the metainfo" bash -c "! grep -qE '^E: ' '$work/appstream.txt'"
# With the address where docs/screenshots/ is published (AppStream takes only web addresses), the
# metainfo lists the screenshots with their captions, and is still valid.
release_date=$(sed -n "s/^## \[$version\] - //p" "$ROOT/CHANGELOG.md")
cmake -DPROJECT_VERSION="$version" -DRAPPORT_RELEASE_DATE="$release_date" \
  -DRAPPORT_SCREENSHOT_BASE_URL=https://rapport.example/screenshots -DOUT="$work/shots.metainfo.xml" \
  -P "$ROOT/assets/linux/metainfo.cmake" >"$work/metainfo.log" 2>&1
appstreamcli validate --no-net "$work/shots.metainfo.xml" >"$work/appstream-shots.txt" 2>&1
check "with RAPPORT_SCREENSHOT_BASE_URL the metainfo has captioned screenshots, one the default, and no errors" \
  bash -c "[ \$(grep -c '<caption>' '$work/shots.metainfo.xml') -ge 3 ] && grep -q '<screenshot type=\"default\">' '$work/shots.metainfo.xml' &&
    grep -q '<image>https://rapport.example/screenshots/gallery/desktop-light-this-week.png</image>' '$work/shots.metainfo.xml' &&
    ! grep -qE '^E: ' '$work/appstream-shots.txt'"
check "the menu entry is in Office and ContactManagement" \
  grep -qx 'Categories=Office;ContactManagement;' "$work/root/usr/share/applications/rapport.desktop"
for key in Name Comment Keywords Icon Exec; do
  check "the menu entry has its $key" grep -qE "^$key=.+" "$work/root/usr/share/applications/rapport.desktop"
done
for n in $ICON_SIZES; do
  check "the ${n}x${n} icon is a ${n} x ${n} PNG (drawn from assets/rapport_icon.svg)" \
    bash -c "file '$work/root/usr/share/icons/hicolor/${n}x${n}/apps/rapport.png' | grep -q 'PNG image data, $n x $n,'"
done
check "the scalable icon is assets/rapport_icon.svg" \
  cmp -s "$ROOT/assets/rapport_icon.svg" "$work/root/usr/share/icons/hicolor/scalable/apps/rapport.svg"
zcat "$work/root/usr/share/man/man1/rapport.1.gz" >"$work/rapport.1"
check "the man page documents every command and the exit codes" \
  bash -c "for w in export import backup check stats 'EXIT STATUS'; do grep -q \"\$w\" '$work/rapport.1' || exit 1; done"

# A notebook made before the package is installed; every step below must leave it byte-identical.
real_home="$HOME"
export XDG_DATA_HOME="$work/data" HOME="$work/home"
mkdir -p "$HOME"
notebook="$XDG_DATA_HOME/rapport"
"$ROOT/build/native-release/app/cli/rapport" import "$ROOT/tests/data/interchange/backup_v1.json" >"$work/import.log" 2>&1
check "a notebook exists before the package is installed" test -n "$(ls "$notebook" 2>/dev/null)"
fingerprint() { (cd "$notebook" && find . -type f -print0 | sort -z | xargs -0 sha256sum; stat -c '%a %n' .); }
fingerprint >"$work/notebook.before"

apt_quiet() { DEBIAN_FRONTEND=noninteractive apt-get "$@" -y -qq >>"$work/apt.log" 2>&1; }
check "apt-get install ./$(basename "$deb") installs it with its dependencies" apt_quiet install "$deb"
fingerprint >"$work/notebook.after-install"
check "installing leaves the notebook byte-identical" cmp -s "$work/notebook.before" "$work/notebook.after-install"
check "the installed font link resolves" test -r /usr/share/rapport/ui_font.ttf
check "rapport --version from /usr/bin prints $version" bash -c "[ \"\$(/usr/bin/rapport --version)\" = 'rapport $version' ]"
check "rapport-desktop --version prints $version" bash -c "[ \"\$(/usr/bin/rapport-desktop --version)\" = 'rapport-desktop $version' ]"
check "the installed rapport reads the notebook" bash -c "/usr/bin/rapport stats | grep -qi peer"

# The installed app in a window (as tests/window/window_test.sh does it): no build tree anywhere.
export SDL_VIDEODRIVER=x11
source "$ROOT/tests/window/xvfb.sh"
start_xvfb "$work" "$WAIT_TENTHS" || not_ok "Xvfb starts"
(cd / && exec /usr/bin/rapport-desktop) >"$work/app.log" 2>&1 &
app_pid=$!
has_window() { xdotool search --name '^Rapport$' >/dev/null 2>&1; }
check "/usr/bin/rapport-desktop opens its window (from /, with no build tree)" wait_for has_window
sleep 1
check "it found its UI font (no fallback to the built-in one)" bash -c "! grep -q 'could not be loaded' '$work/app.log'"
check "it is still running" kill -0 "$app_pid"
window=$(xdotool search --name '^Rapport$' | head -1)
# The menu entry's StartupWMClass must match, or docks show a second, anonymous icon for the window.
check "the window's WM_CLASS is the menu entry's StartupWMClass" bash -c \
  "xprop -id '$window' WM_CLASS | grep -q '\"$(sed -n 's/^StartupWMClass=//p' "$work/root/usr/share/applications/rapport.desktop")\"'"
[ -n "$window" ] && xdotool mousemove --window "$window" 1000 660 click 1 && sleep 0.3 && xdotool key ctrl+q
quit() { ! kill -0 "$app_pid" 2>/dev/null; }
check "Ctrl+Q quits it" wait_for quit
kill -9 "$app_pid" 2>/dev/null; app_pid=""
sed 's/^/# app: /' "$work/app.log"
# The app opened the notebook: it may add its default topics, but must not lose anything.
fingerprint >"$work/notebook.after-app"

# An upgrade: the same package with a higher version, installed over it.
mkdir -p "$work/newer"
dpkg-deb -R "$deb" "$work/newer/tree"
sed -i "s/^Version: .*/Version: $version+upgrade.test/" "$work/newer/tree/DEBIAN/control"
dpkg-deb -b --root-owner-group "$work/newer/tree" "$work/newer/rapport_newer.deb" >/dev/null
check "an upgrade to a newer package installs" apt_quiet install "$work/newer/rapport_newer.deb"
check "dpkg now has the newer version" bash -c "dpkg-query -W -f='\${Version}' rapport | grep -qx '$version+upgrade.test'"
fingerprint >"$work/notebook.after-upgrade"
check "the upgraded rapport checks the notebook as sound" /usr/bin/rapport check
check "the upgrade leaves the notebook byte-identical" cmp -s "$work/notebook.after-app" "$work/notebook.after-upgrade"
check "apt-get remove removes the programs" bash -c "apt_quiet() { DEBIAN_FRONTEND=noninteractive apt-get \"\$@\" -y -qq >/dev/null 2>&1; }; apt_quiet remove rapport && [ ! -e /usr/bin/rapport ] && [ ! -e /usr/bin/rapport-desktop ]"
fingerprint >"$work/notebook.after-remove"
check "apt-get remove leaves the notebook byte-identical" cmp -s "$work/notebook.after-app" "$work/notebook.after-remove"
check "the notebook still opens (rapport check from the build)" \
  "$ROOT/build/native-release/app/cli/rapport" check
check "the notebook is still private (0700)" bash -c "[ \"\$(stat -c %a '$notebook')\" = 700 ]"
kill "$xvfb_pid" 2>/dev/null; xvfb_pid=""

# --- The web bundle --------------------------------------------------------------------------------
ok "./dev package web built $(basename "$tarball") ($(du -k "$tarball" | cut -f1) KiB, $web_seconds s)"
check "its name carries the same version" test "$(basename "$tarball")" = "rapport-web-$version.tar.gz"
mkdir -p "$work/web/v1"
tar -xzf "$tarball" -C "$work/web/v1" --strip-components=1
site="$work/web/v1"
for pattern in 'rapport\.[0-9a-f]{10}\.js' 'rapport\.[0-9a-f]{10}\.wasm' 'rapport\.[0-9a-f]{10}\.data' \
  'shell\.[0-9a-f]{10}\.js' 'style\.[0-9a-f]{10}\.css'; do
  check "the bundle has ${pattern//\\/} and its .gz copy" \
    bash -c "ls '$site' | grep -qxE '$pattern' && ls '$site' | grep -qxE '$pattern\.gz'"
done
check "index.html names only files that exist" bash -c "cd '$site' && for f in \$(grep -oE '(src|href)=\"[^\":]+\"' index.html | cut -d'\"' -f2); do [ -f \"\$f\" ] || exit 1; done"
check "the service worker precaches the hashed names" bash -c "grep -qE \"'rapport\.[0-9a-f]{10}\.wasm'\" '$site/sw.js' && ! grep -q \"'rapport.wasm'\" '$site/sw.js'"
check "the service worker's cache is named after the version" grep -q "var CACHE = 'rapport-$version-" "$site/sw.js"
check "the .gz copies unpack to their files" bash -c "cd '$site' && for g in *.gz; do zcat \"\$g\" | cmp -s - \"\${g%.gz}\" || exit 1; done"
raw=$(cat "$site"/index.html "$site"/rapport.*.js "$site"/shell.*.js "$site"/style.*.css "$site"/rapport.*.wasm "$site"/rapport.*.data | wc -c)
gz=$(cat "$site"/index.html.gz "$site"/rapport.*.js.gz "$site"/shell.*.js.gz "$site"/style.*.css.gz "$site"/rapport.*.wasm.gz "$site"/rapport.*.data.gz | wc -c)
echo "# a first visit transfers $((raw / 1024)) KiB, $((gz / 1024)) KiB gzip-compressed; the tarball is $(du -k "$tarball" | cut -f1) KiB"

# A second bundle, as a newer version would be: another version string and a changed file (the style
# sheet), so its hashed names differ and the old version's files are gone from the served folder.
cp -r "$ROOT/build/web-release/app" "$work/web/app-next"
printf '\n/* the next version */\n' >>"$work/web/app-next/style.css"
python3 "$ROOT/web/bundle.py" "$work/web/app-next" "$version+upgrade.test" "$work/web" >/dev/null
check "a rebuilt bundle with another version can be made" test -d "$work/web/rapport-web-$version+upgrade.test"
check "the rebuilt bundle names its changed style sheet differently" \
  bash -c "! cmp -s <(ls '$site' | grep -E '^style\.') <(ls '$work/web/rapport-web-$version+upgrade.test' | grep -E '^style\.')"
ln -sfn "$work/web/v1" "$work/web/current"

# nginx with the site file from docs/deploy.md, included by Debian's own /etc/nginx/nginx.conf as
# sites-enabled would be: only the site's listen and TLS lines are swapped for a loopback port, and the
# main file's pid, logs and temp folders moved into the test's folder; everything else (types, headers,
# gzip_static, caching, Debian's gzip and MIME defaults) is served as documented and as installed.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/nginx/tmp"
ln -s /usr/share/nginx/modules "$work/nginx/modules"  # Debian's load_module lines name it from the prefix
awk '/^```nginx$/ { inside = 1; next } inside && /^```$/ { exit } inside { print }' "$ROOT/docs/deploy.md" |
  sed -E "s|^( *)listen 443 ssl http2;|\1listen 127.0.0.1:$port;|; /listen \[::\]:443/d; /ssl_certificate/d; s|root /var/www/rapport;|root $work/web/current;|" \
  >"$work/nginx/site.conf"
sed -E -e "s|^pid .*|pid $work/nginx/nginx.pid;|; s|^error_log .*|error_log $work/nginx/error.log;|" \
  -e "s|^([[:space:]]*)access_log .*|\1access_log $work/nginx/access.log;|" \
  -e "s|^([[:space:]]*)include /etc/nginx/sites-enabled/\*;|\1include $work/nginx/site.conf;|" \
  -e "s|^http \{|http {\n\tclient_body_temp_path $work/nginx/tmp/body; proxy_temp_path $work/nginx/tmp/proxy; fastcgi_temp_path $work/nginx/tmp/fastcgi; uwsgi_temp_path $work/nginx/tmp/uwsgi; scgi_temp_path $work/nginx/tmp/scgi;|" \
  /etc/nginx/nginx.conf >"$work/nginx/nginx.conf"
check "Debian's /etc/nginx/nginx.conf includes the site file (in place of sites-enabled)" \
  bash -c "grep -qF 'include $work/nginx/site.conf;' '$work/nginx/nginx.conf' && grep -qF 'pid $work/nginx/nginx.pid;' '$work/nginx/nginx.conf' && ! grep -q sites-enabled '$work/nginx/nginx.conf'"
# The WebDAV folder on the same host, as docs/deploy.md says: its location block inside the server
# block, with its own password file (htpasswd, as documented) and a folder of the web server's user.
awk '/^    location \/dav\/ \{$/ { inside = 1 } inside { print } inside && /^    \}$/ { exit }' "$ROOT/docs/deploy.md" |
  sed -E "s|alias /srv/rapport-dav/;|alias $work/dav/;|; s|/etc/nginx/rapport-dav.htpasswd|$work/nginx/dav.htpasswd|" >"$work/nginx/dav.conf"
sed -i '$d' "$work/nginx/site.conf" && cat "$work/nginx/dav.conf" >>"$work/nginx/site.conf" && echo '}' >>"$work/nginx/site.conf"
mkdir -p "$work/dav" && chown www-data: "$work/dav"
htpasswd -cb "$work/nginx/dav.htpasswd" alex 'dav secret' >/dev/null 2>&1
check "the documented WebDAV location is found in docs/deploy.md" grep -q 'dav_ext_methods PROPFIND OPTIONS;' "$work/nginx/dav.conf"
check "the documented nginx site file is found in docs/deploy.md" grep -q 'gzip_static on;' "$work/nginx/site.conf"
check "nginx -t accepts it" nginx -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;'
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' 2>>"$work/nginx/error.log" &
nginx_pid=$!
url="http://127.0.0.1:$port/"
up() { curl -fsS -o /dev/null "$url"; }
check "nginx serves the bundle on $url" wait_for up

# Headers as a browser gets them (curl), from either documented server.
header() { curl -sS -o /dev/null -D - -H "Accept-Encoding: $4" "$1$2" | tr -d '\r' | grep -i "^$3:" | head -1 | cut -d' ' -f2-; }
wasm=$(cd "$site" && ls rapport.*.wasm)
meta_csp=$(grep -oE 'content="default-src[^"]*"' "$site/index.html" | cut -d'"' -f2)
served_as_documented() {
  local server="$1" base="$2"
  check "$server: index.html comes with the Content-Security-Policy of its <meta> tag" \
    test "$(header "$base" index.html Content-Security-Policy identity)" = "$meta_csp"
  check "$server: .wasm is application/wasm" test "$(header "$base" "$wasm" Content-Type gzip)" = "application/wasm"
  check "$server: .wasm is sent pre-compressed to browsers that accept gzip" \
    test "$(header "$base" "$wasm" Content-Encoding gzip)" = "gzip"
  check "$server: .wasm is sent whole to browsers that do not" \
    test "$(curl -sS "$base$wasm" | cmp - "$site/$wasm" && echo same)" = "same"
  check "$server: hashed files are cached for a year" \
    test "$(header "$base" "$wasm" Cache-Control gzip)" = "public, max-age=31536000, immutable"
  check "$server: index.html is not cached" test "$(header "$base" "" Cache-Control gzip)" = "no-cache"
  check "$server: sw.js is not cached" test "$(header "$base" sw.js Cache-Control gzip)" = "no-cache"
  check "$server: the manifest is application/manifest+json" \
    test "$(header "$base" manifest.webmanifest Content-Type gzip | cut -d';' -f1)" = "application/manifest+json"
}
served_as_documented nginx "$url"
# The WebDAV folder beside the app, on the same origin (so the app's connect-src 'self' allows it).
dav() { curl -sS -o "$work/dav.out" -w '%{http_code}' "$@"; }
check "nginx WebDAV: PUT without the password is refused (401)" test "$(dav -T "$ROOT/CHANGELOG.md" "${url}dav/backups/x.md")" = 401
check "nginx WebDAV: PUT with the password stores a file, making its folder (201)" \
  test "$(dav -u 'alex:dav secret' -T "$ROOT/CHANGELOG.md" "${url}dav/backups/x.md")" = 201
check "nginx WebDAV: the file comes back whole" \
  bash -c "[ \"\$(curl -sS -u 'alex:dav secret' '${url}dav/backups/x.md' | sha256sum)\" = \"\$(sha256sum <'$ROOT/CHANGELOG.md')\" ]"
check "nginx WebDAV: PROPFIND lists the folder (207, as file managers and sync need)" \
  bash -c "[ \"\$(curl -sS -o '$work/propfind.xml' -w '%{http_code}' -u 'alex:dav secret' -X PROPFIND -H 'Depth: 1' '${url}dav/backups/')\" = 207 ] && grep -q 'x.md' '$work/propfind.xml'"
check "nginx WebDAV: the folder is never cached" test \
  "$(curl -sS -o /dev/null -D - -u 'alex:dav secret' "${url}dav/backups/x.md" | tr -d '\r' | sed -n 's/^Cache-Control: //Ip')" = "no-store"

# Apache with the virtual host from docs/deploy.md (TLS lines swapped for a loopback port as above),
# on the modules Debian enables by default plus the ones the document says to enable.
aport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/apache/run"
awk '/^```apache$/ { inside = 1; next } inside && /^```$/ { exit } inside { print }' "$ROOT/docs/deploy.md" |
  awk '/<VirtualHost \*:80>/ { exit } { print }' |
  sed -E "s|<VirtualHost \*:443>|<VirtualHost 127.0.0.1:$aport>|; /SSLEngine|SSLCertificate/d; s|/var/www/rapport|$work/web/current|g" \
  >"$work/apache/site.conf"
cat >"$work/apache/apache2.conf" <<EOF
ServerName 127.0.0.1
DefaultRuntimeDir $work/apache/run
PidFile $work/apache/run/apache2.pid
Mutex file:$work/apache/run default
User www-data
Group www-data
ErrorLog $work/apache/error.log
Listen 127.0.0.1:$aport
IncludeOptional /etc/apache2/mods-enabled/*.load
IncludeOptional /etc/apache2/mods-enabled/*.conf
LoadModule headers_module /usr/lib/apache2/modules/mod_headers.so
LoadModule rewrite_module /usr/lib/apache2/modules/mod_rewrite.so
Include $work/apache/site.conf
EOF
check "apache2 -t accepts the documented virtual host" apache2 -t -d "$work/apache" -f "$work/apache/apache2.conf"
apache2 -d "$work/apache" -f "$work/apache/apache2.conf" -DFOREGROUND >>"$work/apache/error.log" 2>&1 &
apache_pid=$!
aurl="http://127.0.0.1:$aport/"
aup() { curl -fsS -o /dev/null "$aurl"; }
check "Apache serves the bundle on $aurl" wait_for aup
served_as_documented Apache "$aurl"
kill "$apache_pid" 2>/dev/null; wait "$apache_pid" 2>/dev/null; apache_pid=""

# The browser: loads, MIME types, CSP, offline after the first visit, upgrade to the rebuilt bundle.
# Chromium gets the real HOME and no X display (the Xvfb above is gone; headless needs none).
env -u DISPLAY -u SDL_VIDEODRIVER -u XDG_DATA_HOME HOME="$real_home" \
  node "$ROOT/tests/package/web_bundle_smoke.mjs" "$url" "$work/web" "$version" >"$work/browser.log" 2>&1
rc=$?
cat "$work/browser.log"
[ $rc -eq 0 ] || grep -q '^not ok' "$work/browser.log" || not_ok "the browser test ran to its end (exit $rc)"
exit 0
