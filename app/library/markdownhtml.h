#pragma once

#include <QString>

namespace loopcraft {

// The small Markdown subset our answers use (paragraphs, headings, lists, code, bold, italic,
// links) to single-line HTML and back, for moving cards to and from Anki. The core cannot use
// QTextDocument (QtGui), and a card needs no more than this.
class MarkdownHtml {
public:
    // HTML with no newline or tab characters, so it fits one field of a tab-separated line.
    static QString toHtml(const QString &markdown);
    // Markdown from the HTML Anki stores (tags it does not know are dropped, entities decoded).
    static QString toMarkdown(const QString &html);
    static QString escape(const QString &text);
};

} // namespace loopcraft
