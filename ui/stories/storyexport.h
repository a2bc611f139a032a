#pragma once

#include <QString>

namespace loopcraft {

// Writes exports to disk: Markdown and JSON as UTF-8 text (atomically), PDF through Qt's own
// PDF writer from the same Markdown.
class StoryExport {
public:
    static bool writeText(const QString &path, const QByteArray &bytes, QString *error = nullptr);
    static bool writePdf(const QString &path, const QString &markdown, const QString &title,
                         QString *error = nullptr);
};

} // namespace loopcraft
