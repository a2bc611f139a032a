#pragma once

#include <QSyntaxHighlighter>

namespace loopcraft {

// Marks every "we" and every filler or hedge word in one section's editor, so the user sees
// where the story hides behind the team or hedges; the rules are StoryInsights'.
class StoryHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit StoryHighlighter(QTextDocument *document);

    void setActive(bool active);
    bool isActive() const { return m_active; }

    static QColor weColour();
    static QColor fillerColour();

protected:
    void highlightBlock(const QString &text) override;

private:
    bool m_active = true;
};

} // namespace loopcraft
