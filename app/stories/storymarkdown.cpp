#include "storymarkdown.h"

#include "principlecatalogue.h"

#include <algorithm>
#include <QCoreApplication>
#include <QRegularExpression>

namespace loopcraft {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("StoryMarkdown", text, disambiguation, n);
}

QString heading(int level, const QString &text)
{
    return QString(std::clamp(level, 1, 6), QLatin1Char('#')) + QLatin1Char(' ') + text +
           QStringLiteral("\n\n");
}

} // namespace

QString StoryMarkdown::escape(const QString &plainText)
{
    static const QString special = QStringLiteral("\\`*_{}[]<>#|~");
    QString out;
    out.reserve(plainText.size() + plainText.size() / 8);
    QString text = plainText;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression orderedItem(QStringLiteral("^(\\s*\\d+)([.)])"));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line;
        for (const QChar c : lines[n]) {
            if (special.contains(c))
                line += QLatin1Char('\\');
            line += c;
        }
        // A line that would start a list or a quote in Markdown stays a plain line.
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('-')) || trimmed.startsWith(QLatin1Char('+')) ||
            trimmed.startsWith(QLatin1Char('=')))
            line.insert(line.indexOf(trimmed.front()), QLatin1Char('\\'));
        line.replace(orderedItem, QStringLiteral("\\1\\\\2"));
        out += line;
        if (n + 1 < lines.size())
            out +=
                lines[n].isEmpty() || lines[n + 1].isEmpty() ? QStringLiteral("\n") : QStringLiteral("  \n");
    }
    return out;
}

QString StoryMarkdown::story(const Story &story, const PrincipleCatalogue *principles, const Options &options)
{
    QString md;
    const QString title = story.title.trimmed().isEmpty() ? tr("Untitled story") : story.title.trimmed();
    md += heading(options.headingLevel, escape(title));

    QStringList facts;
    if (!story.principles.isEmpty()) {
        QStringList names;
        for (const QString &id : story.principles)
            names << escape(principles ? principles->nameOf(id) : id);
        facts << tr("**Principles:** %1").arg(names.join(QStringLiteral(", ")));
    }
    if (!story.role.isEmpty())
        facts << tr("**Role:** %1").arg(escape(story.role));
    if (!story.team.isEmpty())
        facts << tr("**Team:** %1").arg(escape(story.team));
    if (story.year > 0)
        facts << tr("**Year:** %1").arg(story.year);
    if (!story.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : story.tags)
            tags << escape(tag);
        facts << tr("**Tags:** %1").arg(tags.join(QStringLiteral(", ")));
    }
    if (!facts.isEmpty())
        md += facts.join(QStringLiteral("  \n")) + QStringLiteral("\n\n");

    for (const Story::Section which : Story::kSections) {
        md += heading(options.headingLevel + 1, Story::sectionTitle(which));
        const QString text = story.section(which).trimmed();
        md += (text.isEmpty() ? tr("*(not written yet)*") : escape(text)) + QStringLiteral("\n\n");
    }
    if (options.includeNotes && !story.notes.trimmed().isEmpty()) {
        md += heading(options.headingLevel + 1, tr("Notes"));
        md += escape(story.notes.trimmed()) + QStringLiteral("\n\n");
    }
    return md;
}

QString StoryMarkdown::bank(const QList<const Story *> &stories, const PrincipleCatalogue *principles,
                            const Options &options)
{
    QString md = heading(1, tr("My STAR stories"));
    md += tr("%n stories.", nullptr, static_cast<int>(stories.size())) + QStringLiteral("\n\n");
    Options inner = options;
    inner.headingLevel = 2;
    for (const Story *story : stories)
        md += StoryMarkdown::story(*story, principles, inner);
    return md;
}

} // namespace loopcraft
