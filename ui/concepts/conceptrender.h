#pragma once

#include <QStringList>

namespace loopcraft {

// `loopcraft render CONCEPT [--set NAME=VALUE]... [--png FILE] [--svg FILE] [--json FILE]
// [--size WxH] [--theme light|dark]`: the page's own views, computed and drawn headless.
// `arguments` are the whole command line (program, "render", ...). Returns the exit code:
// 0 done, 1 a file could not be written, 2 bad usage (with a message listing valid names).
int runConceptRender(const QStringList &arguments);

} // namespace loopcraft
