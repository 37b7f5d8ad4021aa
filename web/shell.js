// The page side of the app: the Module object Emscripten's rapport.js picks up, a loading status,
// a clear message when WebGL2 is missing, whether edits are saved yet, and the service worker that
// lets the app start offline. Loaded before rapport.js.
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
      // Chrome grants persistence to installed or often-used sites; until then say what it means.
      text = (text ? text + ' · ' : '') + 'storage may be cleared: back up';
      kind = 'warning';
    }
    saveState.textContent = text;
    saveState.className = text ? kind : 'hidden';
    saveState.title = kind === 'warning' ? 'This browser has not promised to keep Rapport\'s data when disk space ' +
      'runs low. Add Rapport to the home screen or install it, and export a backup now and then.' : '';
  }

  window.Module = {
    canvas: canvas,
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
    rapportOnSaveState: showSaveState
  };

  // Offline start: web/sw.js.in. Registered once the page has loaded, so it doesn't compete with
  // the .wasm download; a new version waits until every tab of the old one is closed.
  if ('serviceWorker' in navigator) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('sw.js').then(function (registration) {
        registration.addEventListener('updatefound', function () {
          var worker = registration.installing;
          worker.addEventListener('statechange', function () {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) {
              saveState.textContent = 'A new version of Rapport starts when all its tabs are closed.';
              saveState.className = 'saving';
            }
          });
        });
      }).catch(function (e) { console.warn('Rapport will not start offline: ' + e); });
    });
  }
})();
