// Linked with --pre-js. Touch on the canvas, turned into the mouse input ImGui understands: a tap is
// a left click, a drag scrolls (wheel events), a long press is a right click. SDL's own touch handling
// would press the mouse at the first contact, so a drag would select or drag widgets instead of
// scrolling; these capture-phase listeners keep touches from it and send it mouse events instead.
(function () {
  var canvas = document.getElementById('canvas');
  var TAP_SLOP = 10;          // CSS px a finger may wander and still tap
  var LONG_PRESS_MS = 500;
  var WHEEL_PER_PX = 1.25;    // SDL makes one wheel step of 100 "pixels"; ImGui scrolls ~5 lines (~80 px)
  var touch = null;           // { id, x, y, lastX, lastY, mode: 'pending' | 'scroll' | 'done', timer }

  function mouse(type, x, y, button) {
    canvas.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: button || 0,
      buttons: type === 'mousedown' ? 1 << (button === 2 ? 1 : 0) : 0, bubbles: true, cancelable: true, view: window }));
  }

  function click(x, y, button) {
    mouse('mousemove', x, y);
    mouse('mousedown', x, y, button);
    mouse('mouseup', x, y, button);
    // Draw now, still inside the gesture: a text field this tap activated asks for the keyboard.
    if (runtimeInitialized) Module._rapport_draw_now(2);
  }

  function find(list, id) {
    for (var i = 0; i < list.length; i++) if (list[i].identifier === id) return list[i];
    return null;
  }

  function onStart(e) {
    if (touch || e.touches.length > 1) return;
    var t = e.changedTouches[0];
    touch = { id: t.identifier, x: t.clientX, y: t.clientY, lastX: t.clientX, lastY: t.clientY, mode: 'pending' };
    mouse('mousemove', t.clientX, t.clientY);  // hover: the wheel scrolls the window under the finger
    touch.timer = setTimeout(function () {
      if (touch && touch.mode === 'pending') { touch.mode = 'done'; click(touch.x, touch.y, 2); }
    }, LONG_PRESS_MS);
  }

  function onMove(e) {
    var t = touch && find(e.changedTouches, touch.id);
    if (!t) return;
    if (touch.mode === 'pending' && Math.hypot(t.clientX - touch.x, t.clientY - touch.y) > TAP_SLOP) {
      touch.mode = 'scroll';
      clearTimeout(touch.timer);
    }
    if (touch.mode !== 'scroll') return;
    canvas.dispatchEvent(new WheelEvent('wheel', { clientX: touch.x, clientY: touch.y, deltaMode: 0,
      deltaX: (touch.lastX - t.clientX) * WHEEL_PER_PX, deltaY: (touch.lastY - t.clientY) * WHEEL_PER_PX,
      bubbles: true, cancelable: true }));
    touch.lastX = t.clientX;
    touch.lastY = t.clientY;
  }

  function onEnd(e) {
    var t = touch && find(e.changedTouches, touch.id);
    if (!t) return;
    clearTimeout(touch.timer);
    var tapped = e.type === 'touchend' && touch.mode === 'pending';
    touch = null;
    if (tapped) click(t.clientX, t.clientY, 0);
  }

  function capture(handler) {
    return function (e) {
      if (e.target !== canvas) return;
      e.stopPropagation();  // not to SDL's listeners on the canvas
      e.preventDefault();   // no emulated mouse events, no page scroll or zoom
      handler(e);
    };
  }
  var options = { capture: true, passive: false };
  window.addEventListener('touchstart', capture(onStart), options);
  window.addEventListener('touchmove', capture(onMove), options);
  window.addEventListener('touchend', capture(onEnd), options);
  window.addEventListener('touchcancel', capture(onEnd), options);
})();
