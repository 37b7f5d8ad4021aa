#!/usr/bin/env python3
# A fault-injecting HTTP proxy in front of a WebDAV server, for the sync suite. It forwards every
# request unchanged unless the mode file (re-read at each request) says otherwise:
#   cut-upload     a PUT of a batch is cut off midway: half its body read, then the connection closed
#   drop-response  a PUT of a batch reaches the server, then the answer is dropped (connection closed)
#   flip           a GET of a batch comes back with one byte flipped
#   old-head       a GET of a head returns the first version of it this proxy ever passed on
#   error-500      every request is answered 500
#   slow           every answer is delayed by 1.5 s
# Usage: fault_proxy.py LISTEN_PORT UPSTREAM_PORT MODE_FILE
import http.client
import http.server
import sys
import time

PORT, UPSTREAM, MODE_FILE = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
first_heads = {}


def mode():
    try:
        with open(MODE_FILE) as f:
            return f.read().strip()
    except OSError:
        return ""


class Proxy(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def handle_any(self):
        m = mode()
        length = int(self.headers.get("Content-Length") or 0)
        is_batch = "/seg-" in self.path
        if m == "cut-upload" and self.command == "PUT" and is_batch:
            self.rfile.read(length // 2)
            self.close_connection = True
            self.connection.close()
            return
        body = self.rfile.read(length) if length else None
        if m == "error-500":
            self.answer(500, b"injected fault", {})
            return
        if m == "slow":
            time.sleep(1.5)
        upstream = http.client.HTTPConnection("127.0.0.1", UPSTREAM, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        upstream.request(self.command, self.path, body=body, headers=headers)
        r = upstream.getresponse()
        data = r.read()
        upstream.close()
        if m == "drop-response" and self.command == "PUT" and is_batch:
            self.close_connection = True
            self.connection.close()
            return
        if self.command == "GET" and self.path.endswith("/head") and r.status == 200:
            first_heads.setdefault(self.path, data)
            if m == "old-head":
                data = first_heads[self.path]
        if m == "flip" and self.command == "GET" and is_batch and r.status == 200 and data:
            data = bytearray(data)
            data[len(data) // 2] ^= 0x01
            data = bytes(data)
        keep = {k: v for k, v in r.getheaders() if k.lower() in ("content-type", "dav", "www-authenticate", "location")}
        self.answer(r.status, data, keep)

    def answer(self, status, data, headers):
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_PUT = do_PROPFIND = do_MKCOL = do_DELETE = do_OPTIONS = do_HEAD = handle_any


http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Proxy).serve_forever()
