# Run after each web build (cmake -DAPP_DIR=... -DSOURCE=... -P stamp_version.cmake): names this build
# by a hash of every file of the app shell and writes APP_DIR/sw.js from SOURCE (web/sw.js.in), so a
# changed file means a new service worker with a new cache.
set(files index.html shell.js style.css manifest.webmanifest icon-192.png icon-512.png
  rapport.js rapport.wasm rapport.data ui_font_wide.ttf ui_font_bold_wide.ttf)
set(all "")
set(list "'./'")
foreach(file IN LISTS files)
  file(SHA256 "${APP_DIR}/${file}" hash)
  string(APPEND all "${file}:${hash}\n")
  string(APPEND list ", '${file}'")
endforeach()
string(SHA256 version "${all}")
string(SUBSTRING "${version}" 0 16 RAPPORT_WEB_VERSION)
set(RAPPORT_WEB_FILES "${list}")
configure_file("${SOURCE}" "${APP_DIR}/sw.js" @ONLY)
