#!/usr/bin/env python3
# Privacy by construction, checked on the built artefacts (suite `privacy` of ./dev test): no networking
# imported by the native programs or the wasm, no network calls in the page's scripts beyond
# Emscripten loading its own files, a Content-Security-Policy that allows only this origin, and a
# notebook folder only the user can read. Prints TAP lines.
# Usage: privacy_test.py NATIVE_BUILD_DIR WEB_APP_DIR SOURCE_DIR
import os
import re
import stat
import subprocess
import sys
import tempfile

NATIVE, WEB, SOURCE = sys.argv[1:4]
results = []


def check(ok, what, detail=""):
    results.append(ok)
    print(("ok" if ok else "not ok") + f" {len(results)} - {what}")
    for line in str(detail).splitlines()[:20]:
        if not ok and line:
            print(f"# {line}")


# Any of these in a dynamic import table, or a library that provides them, means networking code.
NET_SYMBOL = re.compile(
    r"^(socket|socketpair|connect|bind|listen|accept4?|send(to|msg|mmsg)?|recv(from|msg|mmsg)?|"
    r"getaddrinfo|gethostbyname2?(_r)?|getnameinfo|res_n?query|inet_(pton|aton|addr)|"
    r"curl_.*|SSL_.*|TLS_.*|g_socket_.*|soup_.*)(@.*)?$")
NET_LIBRARY = re.compile(r"lib(curl|ssl|crypto|gnutls|nghttp2|soup|websockets|zmq|mosquitto)\b")


def native_imports(binary):
    out = subprocess.run(["nm", "-D", "--undefined-only", binary], capture_output=True, text=True, check=True)
    return [line.split()[-1] for line in out.stdout.splitlines() if line.strip()]


def needed_libraries(binary):
    out = subprocess.run(["readelf", "-d", binary], capture_output=True, text=True, check=True)
    return re.findall(r"\(NEEDED\).*\[(.*)\]", out.stdout)


# The one exception: sync (docs/sync.md) reaches the user's own WebDAV server through libcurl, only
# when the user set sync up: `rapport sync` and the desktop app's Settings, Sync (platform/dav_native.cpp)
# may import curl_* and link libcurl, and nothing else networking (no socket call of their own). That
# the app opens no socket unless sync is set up is checked at run time below.
SYNC_ALLOWED = {name: (re.compile(r"^curl_.*(@.*)?$"), re.compile(r"^libcurl"))
                for name in ("app/cli/rapport", "app/rapport-desktop")}

for name in ("app/rapport-desktop", "app/cli/rapport"):
    path = os.path.join(NATIVE, name)
    if not os.path.exists(path):
        check(False, f"{name} exists", f"missing: {path}")
        continue
    allowed_symbol, allowed_lib = SYNC_ALLOWED.get(name, (None, None))
    imports = native_imports(path)
    bad = [s for s in imports if NET_SYMBOL.match(s) and not (allowed_symbol and allowed_symbol.match(s))]
    what = "imports no networking function" + (" but libcurl's, for sync" if allowed_symbol else "")
    check(len(imports) > 0 and not bad, f"{name} {what} ({len(imports)} imports)", "\n".join(bad))
    libs = needed_libraries(path)
    bad = [lib for lib in libs if NET_LIBRARY.search(lib) and not (allowed_lib and allowed_lib.match(lib))]
    check(not bad, f"{name} links no network library{' but libcurl' if allowed_lib else ''} ({', '.join(libs)})", "\n".join(bad))


def wasm_imports(path):
    """(module, field) of every import of a wasm binary (the import section, id 2)."""
    data = open(path, "rb").read()
    assert data[:4] == b"\0asm", "not a wasm binary"
    pos = 8

    def leb():
        nonlocal pos
        value = shift = 0
        while True:
            byte = data[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return value

    def name():
        nonlocal pos
        length = leb()
        pos += length
        return data[pos - length:pos].decode()

    while pos < len(data):
        section, size = data[pos], None
        pos += 1
        size = leb()
        end = pos + size
        if section == 2:
            found = []
            for _ in range(leb()):
                module, field = name(), name()
                kind = data[pos]
                pos += 1
                # Skip the import's description: a type index, a table, a memory or a global type.
                if kind == 0:
                    leb()
                elif kind == 1:
                    pos += 1
                    flags = leb(); leb()
                    if flags & 1: leb()
                elif kind == 2:
                    flags = leb(); leb()
                    if flags & 1: leb()
                elif kind == 3:
                    pos += 2
                found.append((module, field))
            return found
        pos = end
    return []


wasm = os.path.join(WEB, "rapport.wasm")
imports = wasm_imports(wasm)
NET_WASM = re.compile(r"socket|connect|getaddrinfo|gethostbyname|getnameinfo|fetch|websocket|xhr|http|"
                      r"sendto|recvfrom|__syscall_(bind|listen|accept|send|recv)", re.I)
# The one exception: sync's transport (platform/dav_web.cpp) starts requests through emscripten_fetch,
# only to the WebDAV folder the user set up, and frees each answer's JavaScript side when done with it.
SYNC_WASM = {"emscripten_start_fetch", "_emscripten_fetch_free"}
bad = [f"{m}.{f}" for m, f in imports if NET_WASM.search(f) and f not in SYNC_WASM]
check(len(imports) > 0 and not bad,
      f"rapport.wasm imports nothing network-related but sync's emscripten_fetch ({len(imports)} imports)", "\n".join(bad))

# The page's scripts: every use of a network API must be one of Emscripten's loaders of its own
# rapport.wasm / rapport.data, the service worker answering the page's own requests from its cache, or
# emscripten_fetch's request for sync.
NET_JS = re.compile(r"\bfetch\s*\(|new XMLHttpRequest|\bWebSocket\b|\bEventSource\b|sendBeacon|"
                    r"RTCPeerConnection|WebTransport|importScripts\s*\(|\bimport\s*\(")
ALLOWED = {
    "rapport.js": [
        # Emscripten's preloader of rapport.data (the font and assets).
        r'function fetchRemotePackage\(packageName,packageSize,callback,errback\)\{var xhr=new XMLHttpRequest',
        # Its generic read_/readBinary/readAsync: used only for rapport.wasm when streaming is missing.
        r'read_=\(url=>\{var xhr=new XMLHttpRequest',
        r'readBinary=\(url=>\{var xhr=new XMLHttpRequest;xhr.open\("GET",url,false\);xhr.responseType="arraybuffer"',
        r'readAsync=\(\(url,onload,onerror\)=>\{var xhr=new XMLHttpRequest',
        # Fetching rapport.wasm itself (two code paths: streaming and plain).
        r'typeof fetch=="function"\)\{return fetch\(wasmBinaryFile,\{credentials:"same-origin"\}',
        r'typeof fetch=="function"\)\{return fetch\(binaryFile,\{credentials:"same-origin"\}',
        # FS lazy files: library code that only runs for FS.createLazyFile, which Rapport never calls.
        r'forceLoadFile:obj=>\{.{0,80}if\(typeof XMLHttpRequest!="undefined"\)',
        r'cacheLength=function LazyUint8Array_cacheLength\(\)\{var xhr=new XMLHttpRequest',
        r'programmer error!"\);var xhr=new XMLHttpRequest',
        r'this.lengthKnown=true\};if\(typeof XMLHttpRequest!="undefined"\)',
        r'\{throw new Error\("Cannot load without read\(\) or XMLHttpRequest',
        # The wide set of the UI fonts (web/fonts.js): this origin's own files, fetched when a frame needs them.
        r'rapportFetchWideFonts=function\(\)\{var names=\["ui_font_wide\.ttf","ui_font_bold_wide\.ttf"\];.{0,200}?return fetch\(url,\{credentials:"same-origin"\}\)',
        # emscripten_fetch's XMLHttpRequest: sync's WebDAV transport (platform/dav_web.cpp), to the folder
        # the user set up, nothing else.
        r'function fetchXHR\(fetch,onsuccess,onerror,onprogress,onreadystatechange\)\{.{0,2000}?var xhr=new XMLHttpRequest',
    ],
    "sw.js": [r"return hit \|\| fetch\(request\)"],
    # The page shell starts the download of rapport.wasm (its own URL, wasmUrl) before rapport.js runs,
    # streaming or, if that fails, as a whole.
    "shell.js": [r"var download = fetch\(wasmUrl, \{ credentials: 'same-origin' \}\)",
                 r"return fetch\(wasmUrl, \{ credentials: 'same-origin' \}\)\.then"],
}


def unexplained_network_uses(path, allowed):
    text = open(path, encoding="utf-8").read()
    covered = []
    for pattern in allowed:
        for m in re.finditer(pattern, text, re.S):
            covered.append((m.start(), m.end()))
    bad = []
    for m in NET_JS.finditer(text):
        if not any(start <= m.start() < end for start, end in covered):
            bad.append(f"{os.path.basename(path)} at {m.start()}: ...{text[max(0, m.start() - 80):m.end() + 60]}...")
    return bad, len(list(NET_JS.finditer(text)))


scripts = sorted(f for f in os.listdir(WEB) if f.endswith(".js"))
for script in scripts:
    bad, uses = unexplained_network_uses(os.path.join(WEB, script), ALLOWED.get(script, []))
    check(not bad, f"{script}: every network call ({uses}) is Emscripten loading its own files, or sync's emscripten_fetch",
          "\n".join(bad))
check("rapport.js" in scripts, "the page's scripts were found", ", ".join(scripts))

# The Content-Security-Policy of the page: nothing from, or to, another origin.
html = open(os.path.join(SOURCE, "web", "index.html"), encoding="utf-8").read()
csp_match = re.search(r'http-equiv="Content-Security-Policy"\s+content="([^"]*)"', html)
check(csp_match is not None, "web/index.html has a Content-Security-Policy")
csp = {}
for directive in (csp_match.group(1) if csp_match else "").split(";"):
    parts = directive.split()
    if parts:
        csp[parts[0]] = parts[1:]
SAFE_SOURCES = {"'self'", "'none'", "'wasm-unsafe-eval'", "data:"}
for directive, sources in csp.items():
    if directive == "connect-src":
        continue  # sync's WebDAV folder, checked below
    others = [s for s in sources if s not in SAFE_SOURCES]
    check(not others, f"CSP {directive} names no other origin", " ".join(others))
for directive in ("default-src", "connect-src", "script-src", "object-src", "base-uri", "form-action"):
    check(directive in csp, f"CSP sets {directive}")
# connect-src: this origin, and sync's WebDAV folder wherever the user has it: https anywhere, plain
# http only on this machine (docs/sync.md). Nothing else (no ws:, no http: to other hosts).
SYNC_CONNECT = ["'self'", "https:", "http://127.0.0.1:*", "http://localhost:*"]
check(csp.get("default-src") == ["'self'"] and csp.get("connect-src") == SYNC_CONNECT,
      "CSP default-src is 'self'; connect-src adds only sync's https (and loopback http)", str(csp))
check("data:" not in csp.get("script-src", []) + csp.get("connect-src", []), "CSP allows no data: scripts or connections")
check(not re.search(r'<(script|link|img|iframe)[^>]+(src|href)="(https?:)?//', html), "index.html loads nothing from another origin")

# The notebook folder is user-only (0700) and its files 0600, even with a permissive umask: the CLI
# creates a notebook through the same core store code as the app.
cli = os.path.join(NATIVE, "app/cli/rapport")
with tempfile.TemporaryDirectory() as tmp:
    contacts = os.path.join(tmp, "contacts.csv")
    with open(contacts, "w", encoding="utf-8") as f:
        f.write("Name,Notes\nAna Lima,private\n")
    folder = os.path.join(tmp, "data", "rapport")
    old = os.umask(0o002)
    try:
        run = subprocess.run([cli, "import", contacts, "--data-dir", folder], capture_output=True, text=True)
    finally:
        os.umask(old)
    check(run.returncode == 0, "the CLI creates a notebook", run.stderr)
    if os.path.isdir(folder):
        mode = stat.S_IMODE(os.stat(folder).st_mode)
        check(mode == 0o700, f"the notebook folder is user-only ({mode:o})")
        loose = [f"{n} {stat.S_IMODE(os.stat(os.path.join(folder, n)).st_mode):o}" for n in os.listdir(folder)
                 if stat.S_IMODE(os.stat(os.path.join(folder, n)).st_mode) & 0o077]
        check(not loose, "every notebook file is user-only", "\n".join(loose))

# At run time: the desktop app, started on a notebook without sync set up, makes no network socket
# (strace sees every socket() and connect() of it and its threads; the X11 connection is a Unix socket).
desktop = os.path.join(NATIVE, "app/rapport-desktop")
with tempfile.TemporaryDirectory() as tmp:
    trace = os.path.join(tmp, "trace")
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, "data"), HOME=tmp, SDL_VIDEODRIVER="x11")
    env.pop("DISPLAY", None)
    # It runs for 4 s (start, first frames, idle), then timeout ends it.
    run = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24 -nolisten tcp", "strace", "-f", "-qq",
                          "-e", "trace=socket,connect", "-o", trace, "timeout", "-s", "TERM", "4", desktop],
                         capture_output=True, text=True, env=env)
    lines = open(trace, encoding="utf-8", errors="replace").read().splitlines() if os.path.exists(trace) else []
    unix = [line for line in lines if "AF_UNIX" in line and "connect(" in line]
    check(len(unix) > 0, "the desktop app ran under strace (its X11 connection is seen)",
          run.stderr + "\n" + "\n".join(lines[:20]))
    net = [line for line in lines if re.search(r"AF_INET6?\b|AF_PACKET|sin6?_port", line)]
    check(not net, "without sync set up, the desktop app makes no network socket and no connection", "\n".join(net))
    made = os.listdir(os.path.join(tmp, "data", "rapport")) if os.path.isdir(os.path.join(tmp, "data", "rapport")) else []
    check("sync-state.bin" not in made, "... and writes no sync state", ", ".join(made))

failed = results.count(False)
print(f"1..{len(results)}")
sys.exit(1 if failed else 0)
