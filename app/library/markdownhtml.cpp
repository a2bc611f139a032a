#include "markdownhtml.h"

#include <QRegularExpression>
#include <QStringList>

namespace loopcraft {

namespace {

QString inlineHtml(const QString &text)
{
    // Code spans first, so their contents are not read as emphasis.
    QString out;
    const QStringList parts = text.split(QLatin1Char('`'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString part = MarkdownHtml::escape(parts[i]);
        if (i % 2 == 1 && i + 1 < parts.size()) {
            out += QStringLiteral("<code>") + part + QStringLiteral("</code>");
            continue;
        }
        if (i % 2 == 1)
            out += QLatin1Char('`'); // an unmatched backtick stays literal
        static const QRegularExpression bold(QStringLiteral("\\*\\*(.+?)\\*\\*"));
        static const QRegularExpression italic(
            QStringLiteral("(?<![\\w*])[*_](?![\\s*_])(.+?)(?<![\\s*_])[*_](?![\\w*])"));
        static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)"));
        part.replace(bold, QStringLiteral("<b>\\1</b>"));
        part.replace(italic, QStringLiteral("<i>\\1</i>"));
        part.replace(link, QStringLiteral("<a href=\"\\2\">\\1</a>"));
        out += part;
    }
    return out;
}

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString out;
    qsizetype last = 0;
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code < 0x110000)
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    out.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&#39;"), QLatin1String("'"));
    out.replace(QLatin1String("&apos;"), QLatin1String("'"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

} // namespace

QString MarkdownHtml::escape(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return out;
}

QString MarkdownHtml::toHtml(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*)$"));
    static const QRegularExpression bullet(QStringLiteral("^\\s*[-*+]\\s+(.*)$"));
    static const QRegularExpression numbered(QStringLiteral("^\\s*\\d+[.)]\\s+(.*)$"));
    QString html;
    QStringList paragraph;
    QString list; // "ul", "ol" or empty
    bool code = false;
    QStringList codeLines;

    auto flushParagraph = [&] {
        if (!paragraph.isEmpty())
            html +=
                QStringLiteral("<p>") + inlineHtml(paragraph.join(QLatin1Char(' '))) + QStringLiteral("</p>");
        paragraph.clear();
    };
    auto closeList = [&] {
        if (!list.isEmpty())
            html += QStringLiteral("</%1>").arg(list);
        list.clear();
    };
    for (const QString &raw : markdown.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed() == QString() ? QString() : raw;
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            if (code) {
                QStringList escaped;
                for (const QString &c : codeLines)
                    escaped << escape(c);
                html += QStringLiteral("<pre><code>") + escaped.join(QStringLiteral("<br>")) +
                        QStringLiteral("</code></pre>");
                codeLines.clear();
                code = false;
            } else {
                flushParagraph();
                closeList();
                code = true;
            }
            continue;
        }
        if (code) {
            codeLines << raw;
            continue;
        }
        if (line.isEmpty()) {
            flushParagraph();
            closeList();
            continue;
        }
        if (const auto m = heading.match(line); m.hasMatch()) {
            flushParagraph();
            closeList();
            const int level = int(m.captured(1).size());
            html += QStringLiteral("<h%1>%2</h%1>").arg(level).arg(inlineHtml(m.captured(2).trimmed()));
            continue;
        }
        const auto b = bullet.match(line);
        const auto n = numbered.match(line);
        if (b.hasMatch() || n.hasMatch()) {
            flushParagraph();
            const QString kind = b.hasMatch() ? QStringLiteral("ul") : QStringLiteral("ol");
            if (list != kind) {
                closeList();
                list = kind;
                html += QStringLiteral("<%1>").arg(kind);
            }
            html += QStringLiteral("<li>") + inlineHtml((b.hasMatch() ? b : n).captured(1).trimmed()) +
                    QStringLiteral("</li>");
            continue;
        }
        if (!list.isEmpty() && raw.startsWith(QLatin1Char(' '))) {
            // A continuation line of a list item.
            html.chop(5); // "</li>"
            html += QLatin1Char(' ') + inlineHtml(line.trimmed()) + QStringLiteral("</li>");
            continue;
        }
        closeList();
        paragraph << line.trimmed();
    }
    if (code) {
        QStringList escaped;
        for (const QString &c : codeLines)
            escaped << escape(c);
        html += QStringLiteral("<pre><code>") + escaped.join(QStringLiteral("<br>")) +
                QStringLiteral("</code></pre>");
    }
    flushParagraph();
    closeList();
    return html;
}

QString MarkdownHtml::toMarkdown(const QString &html)
{
    // A tag-by-tag walk: enough for what Anki and our own export write.
    static const QRegularExpression tag(QStringLiteral("<\\s*(/?)\\s*([a-zA-Z0-9]+)([^>]*)>"));
    static const QRegularExpression href(QStringLiteral("href\\s*=\\s*[\"']([^\"']*)[\"']"));
    QString out;
    QStringList lists; // "ul"/"ol" stack
    QList<int> counters;
    bool pre = false;
    QString linkTarget;
    qsizetype last = 0;
    auto text = [&](const QString &chunk) {
        QString t = decodeEntities(chunk);
        if (!pre) {
            static const QRegularExpression spaces(QStringLiteral("\\s+"));
            t.replace(spaces, QStringLiteral(" "));
            if (out.isEmpty() || out.endsWith(QLatin1Char('\n')))
                while (t.startsWith(QLatin1Char(' ')))
                    t.remove(0, 1);
        }
        out += t;
    };
    auto blockBreak = [&] {
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        if (out.isEmpty() || out.endsWith(QLatin1String("\n\n")))
            return;
        out += out.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n");
    };
    auto lineBreak = [&] {
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
    };
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        text(html.mid(last, m.capturedStart() - last));
        last = m.capturedEnd();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        if (name == QLatin1String("br")) {
            if (pre)
                out += QLatin1Char('\n');
            else
                lineBreak();
        } else if (name == QLatin1String("p") || name == QLatin1String("div")) {
            blockBreak();
        } else if (name.size() == 2 && name[0] == QLatin1Char('h') && name[1].isDigit()) {
            blockBreak();
            if (!closing)
                out += QString(name[1].digitValue(), QLatin1Char('#')) + QLatin1Char(' ');
        } else if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            if (closing) {
                if (!lists.isEmpty()) {
                    lists.removeLast();
                    counters.removeLast();
                }
                if (lists.isEmpty())
                    blockBreak();
            } else {
                if (lists.isEmpty())
                    blockBreak();
                lists << name;
                counters << 0;
            }
        } else if (name == QLatin1String("li")) {
            if (!closing) {
                lineBreak();
                const qsizetype depth = std::max<qsizetype>(0, lists.size() - 1);
                out += QString(depth * 2, QLatin1Char(' '));
                if (!lists.isEmpty() && lists.last() == QLatin1String("ol"))
                    out += QString::number(++counters.last()) + QStringLiteral(". ");
                else
                    out += QStringLiteral("- ");
            }
        } else if (name == QLatin1String("b") || name == QLatin1String("strong")) {
            out += QStringLiteral("**");
        } else if (name == QLatin1String("i") || name == QLatin1String("em")) {
            out += QLatin1Char('*');
        } else if (name == QLatin1String("code")) {
            if (!pre)
                out += QLatin1Char('`');
        } else if (name == QLatin1String("pre")) {
            if (!closing) {
                blockBreak();
                out += QStringLiteral("```\n");
                pre = true;
            } else {
                pre = false;
                if (!out.endsWith(QLatin1Char('\n')))
                    out += QLatin1Char('\n');
                out += QStringLiteral("```");
                blockBreak();
            }
        } else if (name == QLatin1String("a")) {
            if (!closing) {
                const auto h = href.match(m.captured(3));
                linkTarget = h.hasMatch() ? h.captured(1) : QString();
                if (!linkTarget.isEmpty())
                    out += QLatin1Char('[');
            } else if (!linkTarget.isEmpty()) {
                out += QStringLiteral("](") + linkTarget + QLatin1Char(')');
                linkTarget.clear();
            }
        }
        // Any other tag (span, font, img, ...) is dropped; its text stays.
    }
    text(html.mid(last));
    // Tidy: no trailing spaces on lines, at most one blank line in a row.
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &line : lines)
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
    QString result = lines.join(QLatin1Char('\n'));
    static const QRegularExpression blanks(QStringLiteral("\n{3,}"));
    result.replace(blanks, QStringLiteral("\n\n"));
    return result.trimmed();
}

} // namespace loopcraft
