// Linked with --pre-js. The wide set of the UI fonts (Greek, Cyrillic, Latin Extended-B, Vietnamese),
// fetched from this origin only when the app drew a character its Latin set lacks
// (platform/fonts_web.cpp): a first visit that needs only Latin letters never downloads it.
Module.rapportFetchWideFonts = function () {
  var names = ['ui_font_wide.ttf', 'ui_font_bold_wide.ttf'];
  Promise.all(names.map(function (name) {
    var url = Module.locateFile ? Module.locateFile(name, '') : name;
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(name + ': HTTP ' + response.status);
      return response.arrayBuffer();
    });
  })).then(function (buffers) {
    names.forEach(function (name, i) { FS.writeFile('/assets/' + name, new Uint8Array(buffers[i])); });
    Module._rapport_wide_fonts_arrived();
  }).catch(function (e) {
    console.warn('Rapport could not load its fonts for more scripts: ' + e);
    Module._rapport_wide_fonts_failed();
  });
};
