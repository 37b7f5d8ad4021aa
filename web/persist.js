// Linked with --pre-js. Mounts the IndexedDB-backed file system at /rapport and loads it before
// main() runs; writes it back after each commit (at most 250 ms later) and when the page is hidden,
// the last moment a browser reliably lets us save. Never runs two syncs at once.
Module.preRun = Module.preRun || [];
Module.preRun.push(function () {
  var MOUNT = '/rapport';  // keep in step with platform/storage_web.cpp
  var DEBOUNCE_MS = 250;
  var state = { running: false, again: false, timer: 0, flushes: 0, error: '' };
  Module.rapportPersistence = state;

  function flushNow() {
    if (state.timer) { clearTimeout(state.timer); state.timer = 0; }
    if (state.running) { state.again = true; return; }
    state.running = true;
    FS.syncfs(false, function (err) {
      state.running = false;
      state.flushes++;
      state.error = err ? String(err) : '';
      if (err) console.error('Rapport could not save to browser storage: ' + err);
      if (state.again) { state.again = false; flushNow(); }
    });
  }
  Module.rapportRequestFlush = function () {
    if (!state.timer) state.timer = setTimeout(flushNow, DEBOUNCE_MS);
  };
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') flushNow();
  });
  window.addEventListener('pagehide', flushNow);

  FS.mkdir(MOUNT);
  FS.mount(IDBFS, {}, MOUNT);
  addRunDependency('rapport-storage');
  FS.syncfs(true, function (err) {
    if (err) {
      // No usable IndexedDB: take the mount away so the app says so instead of pretending to save.
      console.error('Rapport could not open browser storage: ' + err);
      FS.unmount(MOUNT);
      FS.rmdir(MOUNT);
    }
    removeRunDependency('rapport-storage');
  });
  if (navigator.storage && navigator.storage.persist) {
    navigator.storage.persist().then(function (granted) { state.persistent = granted; });
  }
});
