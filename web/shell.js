// The page side of the app: the Module object Emscripten's rapport.js picks up, a loading status,
// and a clear message when WebGL2 is missing. Loaded before rapport.js.
'use strict';
(function () {
  var status = document.getElementById('status');
  var canvas = document.getElementById('canvas');

  function showError(text) {
    status.textContent = text;
    status.className = 'error';
  }

  if (!document.createElement('canvas').getContext('webgl2')) {
    showError('Rapport needs WebGL2, which this browser has turned off or does not support.');
  }
  // Right-click belongs to the app, not the browser's menu.
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

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
    onAbort: function (what) { showError('Rapport stopped unexpectedly: ' + what); }
  };
})();
