// Linked with --pre-js. Exported files become browser downloads; imported ones come from a file
// picker. Both stay on this device: nothing is sent anywhere.
Module.rapportDownload = function (name, bytes) {
  var url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  var link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
};

Module.rapportPickFile = function () {
  var input = document.getElementById('file-picker');
  if (!input) {
    input = document.createElement('input');
    input.type = 'file';
    input.id = 'file-picker';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      input.value = '';
      if (!file) return;
      file.arrayBuffer().then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        var data = Module._malloc(bytes.length || 1);
        HEAPU8.set(bytes, data);
        Module.ccall('rapport_file_picked', null, ['string', 'number', 'number'], [file.name, data, bytes.length]);
        Module._free(data);
        if (Module._rapport_draw_now) Module._rapport_draw_now();
      });
    });
    document.body.appendChild(input);
  }
  input.click();
};
