// The page side of the app: the Module object Emscripten's rapport.js picks up, a loading status,
// a clear message when WebGL2 is missing, whether edits are saved yet, the service worker that lets
// the app start offline, and the notice that a new version is ready. Loaded before rapport.js.
'use strict';
(function () {
  var status = document.getElementById('status');
  var canvas = document.getElementById('canvas');
  var saveState = document.getElementById('save-state');

  // The first error is the one to read (no WebGL2 also makes the app abort a moment later).
  function showError(text) {
    if (status.className === 'error') return;
    status.textContent = text;
    status.className = 'error';
  }

  if (!document.createElement('canvas').getContext('webgl2')) {
    showError('Rapport needs WebGL2, which this browser has turned off or does not support.');
  }
  // Right-click belongs to the app, not the browser's menu.
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

  // Told by web/persist.js whenever saving starts or ends, or the browser answers persist().
  function showSaveState(p) {
    var text = '', kind = '';
    if (p.error) { text = 'Not saved: ' + p.error; kind = 'error'; }
    else if (p.timer || p.running) { text = 'Saving…'; kind = 'saving'; }
    else if (p.flushes > 0) { text = 'Saved in this browser'; kind = 'saved'; }
    if (p.persistent === false && kind !== 'error') {
      // Chrome grants persistence to installed or often-used sites; until then a calm note, which one
      // tap explains (#backup-help), not an alarm.
      text = (text ? text + ' · ' : '') + 'keep a backup';
      kind = 'notice';
    }
    saveState.textContent = text;
    saveState.className = text ? kind : 'hidden';
    saveState.tabIndex = kind === 'notice' ? 0 : -1;
  }

  // The note's one tap: what the browser may do, and how a backup keeps the notes safe.
  var backupHelp = document.getElementById('backup-help');
  function toggleBackupHelp() {
    if (saveState.className !== 'notice') return;
    backupHelp.className = backupHelp.className === 'hidden' ? '' : 'hidden';
  }
  saveState.addEventListener('click', toggleBackupHelp);
  saveState.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggleBackupHelp(); }
  });
  document.getElementById('backup-help-close').onclick = function () { backupHelp.className = 'hidden'; };

  // The web bundle (web/bundle.py) names rapport.wasm and rapport.data after their content so a
  // server may cache them for a year; it fills this table with the new names. Empty in a build tree.
  var assetNames = {/*asset names*/};

  // The module downloads and compiles while rapport.js (Emscripten's runtime) is still loading and
  // being read: started here, handed over through Module.instantiateWasm. Compiled as it streams in
  // when the server says application/wasm, else from the whole download.
  var wasmUrl = assetNames['rapport.wasm'] || 'rapport.wasm';
  var wasmModule = null;
  if (typeof WebAssembly === 'object' && typeof fetch === 'function') {
    var download = fetch(wasmUrl, { credentials: 'same-origin' });
    wasmModule = (WebAssembly.compileStreaming ? WebAssembly.compileStreaming(download) : Promise.reject())
      .catch(function () {
        return fetch(wasmUrl, { credentials: 'same-origin' }).then(function (response) {
          if (!response.ok) throw new Error('rapport.wasm: HTTP ' + response.status);
          return response.arrayBuffer();
        }).then(function (bytes) { return WebAssembly.compile(bytes); });
      });
    wasmModule.catch(function () {});  // reported by instantiateWasm below
  }

  window.Module = {
    canvas: canvas,
    locateFile: function (name, prefix) { return prefix + (assetNames[name] || name); },
    // ?demo opens a sample notebook in memory instead of the one in this browser's storage.
    arguments: /[?&]demo\b/.test(location.search) ? ['--demo'] : [],
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    setStatus: function (text) {
      if (status.className === 'error') return;
      var m = /\((\d+)\/(\d+)\)/.exec(text || '');
      status.textContent = m ? 'Loading Rapport… ' + Math.round(100 * m[1] / m[2]) + '%' : (text || '');
      status.className = text ? '' : 'hidden';
    },
    onAbort: function (what) { showError('Rapport stopped unexpectedly: ' + what); },
    instantiateWasm: wasmModule && function (imports, receive) {
      wasmModule.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) { receive(instance, module); });
      }).catch(function (e) { showError('Rapport could not start: ' + e); });
      return {};  // the exports arrive through receive()
    },
    // Phase marks read by tests/bench/web_bench.mjs (also in web/persist.js).
    onRuntimeInitialized: function () { performance.mark('rapport-runtime-ready'); },
    rapportOnSaveState: showSaveState
  };

  // A newer version installed in the background (web/sw.js.in) waits; this tab keeps the one it
  // started with until the user presses Reload, which first writes pending edits to IndexedDB, and
  // refuses while a text field is being typed in, so an upgrade never interrupts an edit.
  var update = document.getElementById('update');
  var updateText = document.getElementById('update-text');
  var reloading = false;
  function offerUpdate(worker) {
    updateText.textContent = 'A new version of Rapport is ready.';
    update.className = '';
    document.getElementById('update-reload').onclick = function () {
      if (Module.rapportTextAgent && Module.rapportTextAgent.wanted) {
        updateText.textContent = 'Finish typing first (Enter or Esc), then reload.';
        return;
      }
      reloading = true;
      updateText.textContent = 'Saving, then reloading…';
      var activate = function () { worker.postMessage('activate'); };
      if (Module.rapportFlush) Module.rapportFlush(activate); else activate();
    };
    document.getElementById('update-later').onclick = function () { update.className = 'hidden'; };
  }

  // Offline start: web/sw.js.in. Registered after the app's first frame: installing the worker
  // downloads every file again into its cache, which must not compete with the first visit's start.
  var registerWorker = null;
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (reloading) location.reload();
    });
    registerWorker = function () {
      navigator.serviceWorker.register('sw.js').then(function (registration) {
        // Found waiting at start (another tab saw it first) or installed while this tab runs.
        if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
        registration.addEventListener('updatefound', function () {
          var worker = registration.installing;
          worker.addEventListener('statechange', function () {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
          });
        });
        // A tab left open for days still hears of new versions.
        setInterval(function () { registration.update().catch(function () {}); }, 60 * 60 * 1000);
      }).catch(function (e) { console.warn('Rapport will not start offline: ' + e); });
    };
  }
  // postRun: main() has opened the notebook and started the frame loop, whose animation frame was
  // asked for first: this one runs right after the app's first frame.
  Module.postRun = [function () {
    performance.mark('rapport-main-returned');
    requestAnimationFrame(function () {
      performance.mark('rapport-first-frame');
      if (registerWorker) setTimeout(registerWorker, 0);
    });
  }];
})();
