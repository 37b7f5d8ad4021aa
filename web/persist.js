// Linked with --pre-js. The notebook's files live on an IndexedDB-backed file system (IDBFS) at
// /rapport, loaded before main() runs.
//
// Why more than FS.syncfs: syncfs is asynchronous, and a reload or a closed tab can cut it off, so an
// edit made just before would be lost. After every commit we therefore also copy the files changed
// since the last completed sync into localStorage, which is written synchronously; the copy is
// dropped once a sync that started after it completes, and put back over the IndexedDB files at the
// next start if it is still there. syncfs itself runs at most 250 ms after a commit and when the page
// is hidden, never two at once.

// The database opens while the wasm downloads and compiles (this file runs as rapport.js is read);
// IDBFS then takes the open connection from its cache instead of opening it only after. Same name,
// version and schema as Emscripten 3.1.6's IDBFS (library_idbfs.js: the mount point, DB_VERSION 21,
// the FILE_DATA store with a timestamp index); any failure leaves IDBFS to open it as before.
var rapportEarlyDb = { db: null, settled: false, waiting: [] };
(function () {
  function settle() {
    performance.mark('rapport-storage-open');
    rapportEarlyDb.settled = true;
    rapportEarlyDb.waiting.splice(0).forEach(function (f) { f(); });
  }
  try {
    var req = indexedDB.open('/rapport', 21);
    req.onupgradeneeded = function () {
      var db = req.result;
      var files = db.objectStoreNames.contains('FILE_DATA') ? req.transaction.objectStore('FILE_DATA')
                                                             : db.createObjectStore('FILE_DATA');
      if (!files.indexNames.contains('timestamp')) files.createIndex('timestamp', 'timestamp', { unique: false });
    };
    req.onsuccess = function () { rapportEarlyDb.db = req.result; settle(); };
    req.onerror = function (e) { e.preventDefault(); settle(); };
  } catch (e) {
    settle();
  }
})();

Module.preRun = Module.preRun || [];
Module.preRun.push(function () {
  performance.mark('rapport-prerun');  // wasm compiled, .data loaded (phase marks: tests/bench/web_bench.mjs)
  var MOUNT = '/rapport';              // keep in step with platform/storage_web.cpp
  var STASH_KEY = 'rapport-unsynced';  // localStorage copy of files not yet in IndexedDB
  var DEBOUNCE_MS = 250;
  var state = { running: false, again: false, timer: 0, flushes: 0, error: '', syncedAt: 0, stashedAt: 0,
    persistent: undefined };
  Module.rapportPersistence = state;
  function tell() { if (Module.rapportOnSaveState) Module.rapportOnSaveState(state); }  // web/shell.js

  function filesOnMount() {
    return FS.readdir(MOUNT).filter(function (name) {
      return name !== '.' && name !== '..' && FS.isFile(FS.stat(MOUNT + '/' + name).mode);
    });
  }

  function toBase64(bytes) {
    var text = '';
    for (var i = 0; i < bytes.length; i += 0x8000) {
      text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(text);
  }

  function fromBase64(text) {
    var raw = atob(text), bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }

  // Copies every file changed since the last completed sync, and the list of all files (so that
  // files removed by a compaction stay removed), into localStorage.
  function stashUnsynced() {
    var names = filesOnMount(), files = {}, any = false;
    names.forEach(function (name) {
      var path = MOUNT + '/' + name;
      if (FS.stat(path).mtime.getTime() >= state.syncedAt) {
        files[name] = toBase64(FS.readFile(path));
        any = true;
      }
    });
    if (!any) return;
    try {
      state.stashedAt = Date.now();
      localStorage.setItem(STASH_KEY, JSON.stringify({ version: 1, names: names, files: files }));
    } catch (e) {
      console.warn('Rapport could not keep a quick copy of the latest changes: ' + e);
    }
  }

  // Puts a copy left by a session that ended before its sync completed back over the loaded files.
  function restoreStash() {
    var text = localStorage.getItem(STASH_KEY);
    if (!text) return false;
    var stash = JSON.parse(text);
    if (stash.version !== 1) return false;
    Object.keys(stash.files).forEach(function (name) {
      FS.writeFile(MOUNT + '/' + name, fromBase64(stash.files[name]));
    });
    filesOnMount().forEach(function (name) {
      if (stash.names.indexOf(name) < 0) FS.unlink(MOUNT + '/' + name);
    });
    return true;
  }

  function flushNow() {
    if (state.timer) { clearTimeout(state.timer); state.timer = 0; }
    // A read-only tab (another tab writes) holds an old copy: syncing it would put that copy back over
    // IndexedDB, removing what the writing tab saved since (IDBFS mirrors the whole mount).
    if (Module.rapportOtherTab) return;
    if (state.running) { state.again = true; return; }
    state.running = true;
    var startedAt = Date.now();
    FS.syncfs(false, function (err) {
      state.running = false;
      state.flushes++;
      state.error = err ? String(err) : '';
      if (err) {
        console.error('Rapport could not save to browser storage: ' + err);
      } else {
        state.syncedAt = startedAt;
        if (state.stashedAt < startedAt) localStorage.removeItem(STASH_KEY);
      }
      if (state.again) { state.again = false; flushNow(); }
      tell();
    });
  }

  // Writes what is pending now, then calls done (web/shell.js, before reloading into a new version).
  Module.rapportFlush = function (done) {
    if (Module.rapportOtherTab) { done(); return; }  // read-only: nothing of its own to write
    stashUnsynced();
    var waitIdle = function () {
      if (state.running || state.timer || state.again) setTimeout(waitIdle, 20); else done();
    };
    flushNow();
    waitIdle();
  };

  // Called by the app after every durable commit (platform/storage_web.cpp).
  Module.rapportRequestFlush = function () {
    stashUnsynced();
    if (!state.timer) state.timer = setTimeout(flushNow, DEBOUNCE_MS);
    tell();
  };
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') flushNow();
  });
  window.addEventListener('pagehide', flushNow);

  // One tab writes the notebook; another tab of the same browser would overwrite its files on the
  // next sync. The first tab takes a Web Lock for its whole life; later tabs open read-only.
  if (navigator.locks && navigator.locks.request) {
    addRunDependency('rapport-lock');
    navigator.locks.request('rapport-notebook', { ifAvailable: true }, function (lock) {
      Module.rapportOtherTab = !lock;
      removeRunDependency('rapport-lock');
      return lock ? new Promise(function () {}) : undefined;  // held until the tab closes
    });
  }

  FS.mkdir(MOUNT);
  FS.mount(IDBFS, {}, MOUNT);
  addRunDependency('rapport-storage');
  if (rapportEarlyDb.settled) readStorage(); else rapportEarlyDb.waiting.push(readStorage);

  function readStorage() {
    if (rapportEarlyDb.db && IDBFS.DB_VERSION === rapportEarlyDb.db.version && !IDBFS.dbs[MOUNT]) {
      IDBFS.dbs[MOUNT] = rapportEarlyDb.db;
    }
    FS.syncfs(true, function (err) {
      if (err) {
        // No usable IndexedDB: take the mount away so the app says so instead of pretending to save.
        console.error('Rapport could not open browser storage: ' + err);
        FS.unmount(MOUNT);
        FS.rmdir(MOUNT);
      } else {
        state.syncedAt = Date.now();
        if (restoreStash()) flushNow();
      }
      performance.mark('rapport-storage-read');
      removeRunDependency('rapport-storage');
    });
  }
  if (navigator.storage && navigator.storage.persist) {
    navigator.storage.persist().then(function (granted) { state.persistent = granted; tell(); });
  }
});
