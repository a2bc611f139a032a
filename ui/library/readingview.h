#pragma once

#include "library/searchresult.h"

#include <QTextBrowser>

namespace loopcraft {

// A calm reading column for Markdown: about 70 characters a line, generous line spacing, and
// the words a search matched marked.
class ReadingView : public QTextBrowser {
    Q_OBJECT
public:
    static constexpr int kColumnCharacters = 72;

    explicit ReadingView(QWidget *parent = nullptr);

    // Shows Markdown, marking what result matched (nothing is redone when both are unchanged).
    void showMarkdown(const QString &markdown, const SearchResult &matches = {});
    // Characters marked by the last showMarkdown(), for tests.
    int highlightedCharacters() const { return m_highlighted; }

signals:
    void clicked();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumn();
    void restyle();

    QString m_markdown;
    SearchResult m_matches;
    int m_highlighted = 0;
};

} // namespace loopcraft
