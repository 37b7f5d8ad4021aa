// Linked with --pre-js. The page's keydown handler: the app tells it (platform/keys_web.cpp) which keys
// it acts on, and this takes exactly those from the browser with preventDefault, so Alt+2 opens
// Peers instead of switching tabs and "/" searches instead of opening the browser's find bar. Single
// keys ("/", "n", "?") stay the text field's while one has the keyboard. SDL's own listener still
// sees every key. It also tells the app whether the user is on a touch screen.
(function () {
  var keys = Module.rapportKeys = {
    claimed: [],  // [{code, ctrl, meta, alt, shift, outsideText}], from app/shortcuts.cpp
    taken: 0,     // keydowns this handler took from the browser (the browser tests read it)
    touch: !!(window.matchMedia && window.matchMedia('(pointer: coarse)').matches),
    claim: function (list) { this.claimed = list; }
  };

  function matches(key, e) {
    return key.code === e.code && key.ctrl === e.ctrlKey && key.meta === e.metaKey &&
      key.alt === e.altKey && key.shift === e.shiftKey;
  }

  window.addEventListener('keydown', function (e) {
    var typing = Module.rapportTextAgent && Module.rapportTextAgent.wanted;
    for (var i = 0; i < keys.claimed.length; i++) {
      var key = keys.claimed[i];
      if (matches(key, e) && !(key.outsideText && typing)) {
        e.preventDefault();
        keys.taken++;
        return;
      }
    }
  }, true);

  // The last pointer decides: a finger (or pen) means a phone or tablet, a mouse a desktop.
  window.addEventListener('pointerdown', function (e) { keys.touch = e.pointerType !== 'mouse'; }, true);
})();
