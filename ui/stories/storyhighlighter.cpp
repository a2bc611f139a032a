#include "storyhighlighter.h"

#include "stories/storyinsights.h"

namespace loopcraft {

StoryHighlighter::StoryHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void StoryHighlighter::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    rehighlight();
}

// Translucent, so the text keeps its palette colour and reads in light and dark themes.
QColor StoryHighlighter::weColour()
{
    return QColor(64, 140, 255, 90);
}
QColor StoryHighlighter::fillerColour()
{
    return QColor(245, 150, 20, 110);
}

void StoryHighlighter::highlightBlock(const QString &text)
{
    if (!m_active)
        return;
    const SectionInsights insights = StoryInsights::analyse(text);
    QTextCharFormat we;
    we.setBackground(weColour());
    we.setToolTip(tr("\"We\": say what you did with \"I\""));
    for (const TextSpan &span : insights.weSpans)
        setFormat(span.start, span.length, we);
    QTextCharFormat filler;
    filler.setBackground(fillerColour());
    filler.setUnderlineStyle(QTextCharFormat::DotLine);
    filler.setToolTip(tr("Filler or hedge word"));
    for (const TextSpan &span : insights.fillerSpans)
        setFormat(span.start, span.length, filler);
}

} // namespace loopcraft
