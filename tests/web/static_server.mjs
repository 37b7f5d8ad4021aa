// A static file server on 127.0.0.1 for the browser tests: serves one folder with the right MIME
// types (application/wasm lets Chromium compile while downloading) and can be told to go offline.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.data': 'application/octet-stream', '.css': 'text/css',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.ttf': 'font/ttf',
};

// Starts serving `root` on a free loopback port; resolves to { url, close(), setOffline(bool) }.
// Offline, every request fails as a network error (the connection is dropped), as with no network.
export async function serve(root) {
  let offline = false;
  const server = http.createServer(async (req, res) => {
    if (offline) { req.socket.destroy(); return; }
    const urlPath = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const file = path.join(root, urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
    setOffline: (value) => { offline = value; },
  };
}
