#include "storyexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace loopcraft {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StoryExport", text);
}
} // namespace

bool StoryExport::writeText(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool StoryExport::writePdf(const QString &path, const QString &markdown, const QString &title, QString *error)
{
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A4)) ||
        !writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter)) {
        if (error)
            *error = tr("Could not set up the PDF page.");
        return false;
    }
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Loopcraft"));
    writer.setResolution(300);
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    document.setMarkdown(markdown);
    document.print(&writer);
    // QPdfWriter reports no errors; an unwritable path leaves no file behind.
    if (!QFile::exists(path)) {
        if (error)
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace loopcraft
