#!/usr/bin/env python3
"""The web bundle (`./dev package web`): the built web app (build/web-release/app) as a static site
any web server can host, packed as rapport-web-VERSION.tar.gz.

- The files the page loads (rapport.js/.wasm/.data, shell.js, style.css) are renamed after their
  content (rapport.1a2b3c4d5e.wasm), so a server can let browsers keep them for a year; index.html,
  the service worker's precache list and shell.js's table for Emscripten's locateFile name the new
  files. index.html, sw.js, the manifest and the icons keep their names (served with no-cache).
- The service worker's cache is named after the version and a hash of every file, so any change makes
  an open tab hear "a new version is ready".
- Every compressible file gets a .gz copy beside it (zopfli, else gzip -9; no name, no time stamp) for
  nginx's gzip_static or Apache's rewrite rules (docs/deploy.md).
- The tarball is reproducible: sorted names, fixed times, root ownership.

usage: bundle.py APP_DIR VERSION OUT_DIR      (prints the tarball's path)
"""
import gzip
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile

# named inside rapport.js and web/fonts.js (through locateFile)
HASHED_FIRST = ["rapport.wasm", "rapport.data", "ui_font_wide.ttf", "ui_font_bold_wide.ttf"]
HASHED_THEN = ["rapport.js", "shell.js", "style.css"]  # named by index.html; shell.js holds the table
KEPT = ["index.html", "manifest.webmanifest", "icon-192.png", "icon-512.png"]
COMPRESSED = (".html", ".js", ".css", ".wasm", ".data", ".webmanifest", ".ttf")
MTIME = 0  # 1970: the bundle's bytes depend only on its contents


def fail(message):
    sys.exit(f"bundle.py: {message}")


def content_hash(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:10]


def hashed_name(name, digest):
    stem, ext = os.path.splitext(name)
    return f"{stem}.{digest}{ext}"


def replace_once(text, old, new, where):
    if text.count(old) != 1:
        fail(f"expected {old!r} once in {where}, found it {text.count(old)} times")
    return text.replace(old, new)


def compress(path):
    """Writes path.gz: zopfli's gzip (Debian's zopfli; ./dev installs it), about 5 % smaller than
    gzip -9 and read by every browser the same way, else gzip -9. Both write no name and no time."""
    zopfli = shutil.which("zopfli")
    if zopfli:
        with open(path + ".gz", "wb") as dst:
            if subprocess.run([zopfli, "-c", path], stdout=dst).returncode == 0:
                return
    with open(path, "rb") as src:
        data = src.read()
    with open(path + ".gz", "wb") as dst:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=dst, mtime=MTIME) as z:
            z.write(data)


def main():
    if len(sys.argv) != 4:
        fail("usage: bundle.py APP_DIR VERSION OUT_DIR")
    app_dir, version, out_dir = sys.argv[1:]
    if not re.fullmatch(r"[0-9A-Za-z.+~-]+", version):
        fail(f"{version!r} is not a version")
    name = f"rapport-web-{version}"
    stage = os.path.join(out_dir, name)
    shutil.rmtree(stage, ignore_errors=True)
    os.makedirs(stage)
    for f in HASHED_FIRST + HASHED_THEN + KEPT + ["sw.js"]:
        if not os.path.isfile(os.path.join(app_dir, f)):
            fail(f"{f} is missing in {app_dir}: build the web-release preset first")
        shutil.copyfile(os.path.join(app_dir, f), os.path.join(stage, f))

    renamed = {}
    for f in HASHED_FIRST:
        renamed[f] = hashed_name(f, content_hash(os.path.join(stage, f)))
    shell_path = os.path.join(stage, "shell.js")
    with open(shell_path, encoding="utf-8") as fh:
        shell = fh.read()
    shell = replace_once(shell, "{/*asset names*/}", json.dumps(renamed, sort_keys=True), "shell.js")
    with open(shell_path, "w", encoding="utf-8") as fh:
        fh.write(shell)
    for f in HASHED_THEN:
        renamed[f] = hashed_name(f, content_hash(os.path.join(stage, f)))
    for old, new in renamed.items():
        os.rename(os.path.join(stage, old), os.path.join(stage, new))

    index_path = os.path.join(stage, "index.html")
    with open(index_path, encoding="utf-8") as fh:
        index = fh.read()
    for f in HASHED_THEN:
        attribute = "href" if f.endswith(".css") else "src"
        index = replace_once(index, f'{attribute}="{f}"', f'{attribute}="{renamed[f]}"', "index.html")
    with open(index_path, "w", encoding="utf-8") as fh:
        fh.write(index)

    # The service worker: the same worker as the build's, with the new names in its precache list and
    # a cache named after the version and everything it caches.
    sw_path = os.path.join(stage, "sw.js")
    with open(sw_path, encoding="utf-8") as fh:
        sw = fh.read()
    files = re.search(r"var FILES = \[(.*?)\];", sw)
    if not files:
        fail("sw.js has no FILES list")
    listed = re.findall(r"'([^']+)'", files.group(1))
    missing = (set(renamed) | set(KEPT)) - set(listed)
    if missing:
        fail(f"sw.js does not precache {sorted(missing)}")
    new_list = [renamed.get(f, f) for f in listed]
    everything = "".join(f"{f}:{content_hash(os.path.join(stage, f))}\n" for f in new_list if f != "./")
    cache = f"rapport-{version}-{hashlib.sha256(everything.encode()).hexdigest()[:12]}"
    sw = sw.replace(files.group(0), "var FILES = [" + ", ".join(f"'{f}'" for f in new_list) + "];")
    sw = re.sub(r"var CACHE = '[^']*';", f"var CACHE = '{cache}';", sw)
    with open(sw_path, "w", encoding="utf-8") as fh:
        fh.write(sw)

    for f in sorted(os.listdir(stage)):
        if f.endswith(COMPRESSED):
            compress(os.path.join(stage, f))

    tarball = os.path.join(out_dir, name + ".tar.gz")
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        def add(path, arcname):
            info = tar.gettarinfo(path, arcname)
            info.mtime, info.uid, info.gid, info.uname, info.gname = MTIME, 0, 0, "root", "root"
            info.mode = 0o755 if info.isdir() else 0o644
            if info.isdir():
                tar.addfile(info)
            else:
                with open(path, "rb") as fh:
                    tar.addfile(info, fh)
        add(stage, name)
        for f in sorted(os.listdir(stage)):
            add(os.path.join(stage, f), f"{name}/{f}")
    with open(tarball, "wb") as out:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=out, mtime=MTIME) as z:
            z.write(buffer.getvalue())
    print(tarball)


if __name__ == "__main__":
    main()
