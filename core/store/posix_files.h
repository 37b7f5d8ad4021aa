// The one POSIX file layer: open with EINTR retried, whole writes and reads, mkdir -p, a private file
// written atomically, and the desktop's data-folder rule. Used by the store's PosixMedium, the
// platform's storage and files, and the command line.
//
// Why here and not in platform/: the store's PosixMedium needs it, and the core may not include
// platform/. It is plain POSIX, which Emscripten provides over its file system too, so it keeps the
// core building the same way on both targets (no SDL, no <emscripten.h>); store/ is the lowest level
// that touches files, so util/ stays about values (dates, results, the clock).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/util/result.h"

namespace rapport::store {

// "Could not WHAT PATH: reason." from an errno; a full disk (ENOSPC, EDQUOT) is "The disk is full:
// could not WHAT PATH."
Error fileError(const std::string& what, const std::string& path, int err);

// open() with O_CLOEXEC, retried on EINTR; files it creates are user-only (0600 by default) because the
// notes are about real colleagues. Returns the descriptor, or -1 with errno set.
int openFile(const std::string& path, int flags, unsigned mode = 0600);
// Writes all of `bytes` to fd, continuing after short writes and EINTR; returns 0 or an errno.
int writeAll(int fd, std::string_view bytes);
// writeAll, then fsync and close fd (closed in every case); returns 0 or the first errno.
int writeSyncClose(int fd, std::string_view bytes);
// Appends what fd holds up to its end to `out`; returns 0, an errno, or EFBIG once more than
// `maxBytes` would have been read (`out` then holds what was read so far).
int readAll(int fd, std::string& out, size_t maxBytes = static_cast<size_t>(-1));

// mkdir -p, every folder it creates user-only (0700); fails naming the part that cannot be created.
Status makeDirectories(const std::string& path);
// Writes `bytes` to `path` (0600) through a temporary file beside it, fsync'd and renamed over it, so a
// failure never leaves half a file; the temporary file is removed on failure.
Status writeFileAtomically(const std::string& path, std::string_view bytes);

// The desktop's notebook folder: $XDG_DATA_HOME/rapport, else $HOME/.local/share/rapport (only
// absolute values count). Creates nothing; fails when neither variable is an absolute path.
Result<std::string> defaultDataDirectory();

}  // namespace rapport::store
