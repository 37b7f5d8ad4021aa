// Linked with --pre-js. The "text agent": SDL2 in a browser has no on-screen keyboard, IME or
// clipboard, so a hidden <input id="text-agent"> stands in for the text field ImGui has active. The app
// focuses it while io.WantTextInput (platform/text_input_web.cpp), which opens a phone's keyboard; what
// arrives there (typed, composed by an IME, pasted) goes to ImGui as SDL text events. Keys that edit
// (Backspace, Enter, arrows, Ctrl+…) still reach SDL's own keyboard handler on window.
(function () {
  var agent = document.getElementById('text-agent');
  var composing = false;

  function sendText(text) {
    if (text) Module.ccall('rapport_text_input', null, ['string'], [text]);
  }

  // A key SDL should see as pressed and released (virtual keyboards send some edits only as input
  // events). SDL reads the DOM `code`, which a constructed KeyboardEvent can carry.
  function sendKey(code) {
    ['keydown', 'keyup'].forEach(function (type) {
      window.dispatchEvent(new KeyboardEvent(type, { code: code, key: code, bubbles: true, cancelable: true }));
    });
  }

  Module.rapportTextAgent = {
    wanted: false,
    // Called by the app when a text field gains or loses the keyboard. Inside a tap (web/touch.js
    // draws at once) the focus counts as the user's gesture, which iOS needs to open its keyboard.
    want: function (wanted) {
      this.wanted = wanted;
      if (!agent) return;
      if (wanted && document.activeElement !== agent) {
        agent.value = '';
        agent.focus({ preventScroll: true });
      } else if (!wanted && document.activeElement === agent) {
        agent.blur();
      }
    }
  };

  // The app copied text: keep the system clipboard in step so other tabs and apps can paste it.
  Module.rapportClipboardWrite = function (text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function () { /* no permission: the app keeps its copy */ });
    }
  };

  if (!agent) return;
  // SDL would also turn keypresses into text; the input event below is the one path for text.
  agent.addEventListener('keypress', function (e) { e.stopPropagation(); });
  agent.addEventListener('keydown', function (e) {
    // SDL cancels Ctrl+V, which would stop the browser's paste event; the paste handler sends it on.
    if ((e.ctrlKey || e.metaKey) && e.code === 'KeyV') e.stopPropagation();
  });
  agent.addEventListener('paste', function (e) {
    e.preventDefault();
    var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    Module.ccall('rapport_paste', null, ['string'], [text]);
  });
  agent.addEventListener('compositionstart', function () { composing = true; });
  agent.addEventListener('compositionend', function (e) {
    composing = false;
    sendText(e.data);
    agent.value = '';
  });
  agent.addEventListener('input', function (e) {
    if (composing || e.isComposing) return;  // the composed text comes with compositionend
    if (e.inputType === 'deleteContentBackward') sendKey('Backspace');
    else if (e.inputType === 'insertLineBreak') sendKey('Enter');
    else sendText(agent.value);
    agent.value = '';
  });
})();
