// Browser: exports become downloads (a Blob behind a temporary link), imports come from the file
// picker (web/files.js reads the file and hands its bytes to rapport_file_picked).
#include <emscripten.h>

#include "platform/platform.h"

namespace {
std::optional<rapport::platform::PickedFile> g_picked;
}

EM_JS(void, rapport_download, (const char* name, const char* bytes, int length), {
    Module.rapportDownload(UTF8ToString(name), HEAPU8.slice(bytes, bytes + length));
});
EM_JS(void, rapport_pick_file, (), { Module.rapportPickFile(); });

extern "C" EMSCRIPTEN_KEEPALIVE void rapport_file_picked(const char* name, const char* bytes, int length) {
    g_picked = rapport::platform::PickedFile{name, std::string(bytes, static_cast<size_t>(length))};
}

namespace rapport::platform {

Result<std::string> saveExport(const std::string& fileName, const std::string& bytes) {
    rapport_download(fileName.c_str(), bytes.data(), static_cast<int>(bytes.size()));
    return "your browser's downloads (" + fileName + ")";
}

bool pickFileToImport() {
    rapport_pick_file();
    return true;
}

std::optional<PickedFile> takePickedFile() {
    std::optional<PickedFile> out;
    out.swap(g_picked);
    return out;
}

Result<std::string> readImport(const std::string& path, size_t /*maxBytes*/) {
    return makeError("Pick the file to import with the browser's file picker, not a path: " + path);
}

}  // namespace rapport::platform
