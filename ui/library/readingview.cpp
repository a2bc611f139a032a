#include "readingview.h"

#include "highlightdelegate.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace loopcraft {

ReadingView::ReadingView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QTextEdit::FixedPixelWidth);
    document()->setDocumentMargin(20);
    viewport()->installEventFilter(this);
}

void ReadingView::showMarkdown(const QString &markdown, const SearchResult &matches)
{
    if (markdown == m_markdown && matches.terms == m_matches.terms && matches.phrases == m_matches.phrases)
        return;
    m_markdown = markdown;
    m_matches = matches;
    restyle();
}

void ReadingView::restyle()
{
    // The text is imported and styled in a document with no layout yet, then handed to the
    // view: importing into the shown document would lay it out again after every fragment.
    auto *styled = new QTextDocument(this);
    styled->setDefaultFont(font());
    styled->setDocumentMargin(document()->documentMargin());
    styled->setUndoRedoEnabled(false);
    styled->setMarkdown(m_markdown);
    QTextCursor all(styled);
    all.select(QTextCursor::Document);
    QTextBlockFormat spacing;
    spacing.setLineHeight(145, QTextBlockFormat::ProportionalHeight);
    all.mergeBlockFormat(spacing);

    m_highlighted = 0;
    if (m_matches.hasHighlights()) {
        QTextCharFormat marked;
        marked.setBackground(HighlightDelegate::highlightColor(palette()));
        for (QTextBlock block = styled->begin(); block.isValid(); block = block.next()) {
            for (const auto &[start, length] : m_matches.matchRanges(block.text())) {
                all.setPosition(block.position() + start);
                all.setPosition(block.position() + start + length, QTextCursor::KeepAnchor);
                all.mergeCharFormat(marked);
                m_highlighted += length;
            }
        }
    }
    // The view deletes the document it made itself; the ones made here are ours to delete.
    const QPointer<QTextDocument> previous = document();
    setDocument(styled);
    if (previous && previous->parent() == this)
        delete previous.data();
    verticalScrollBar()->setValue(0);
    fitColumn();
}

void ReadingView::fitColumn()
{
    const int column =
        fontMetrics().averageCharWidth() * kColumnCharacters + 2 * int(document()->documentMargin());
    const int available = viewport()->width();
    const int width = std::max(120, std::min(column, available));
    if (width != lineWrapColumnOrWidth())
        setLineWrapColumnOrWidth(width);
}

void ReadingView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitColumn();
}

void ReadingView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The marker colour follows the palette (light/dark switch).
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) &&
        !m_markdown.isEmpty())
        restyle();
}

bool ReadingView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && anchorAt(mouse->position().toPoint()).isEmpty() &&
            textCursor().selectedText().isEmpty())
            emit clicked();
    }
    return QTextBrowser::eventFilter(watched, event);
}

} // namespace loopcraft
