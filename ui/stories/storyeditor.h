#pragma once

#include "stories/story.h"

#include <array>
#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QUndoStack;

namespace loopcraft {

class PrincipleCatalogue;
class StoryHighlighter;
class StoryInsights;

// Edits one story: title, role, team, year, tags, principle chips, the four STAR sections (each
// with guidance and its own word count) and private notes. Each field keeps its own undo.
class StoryEditor : public QWidget {
    Q_OBJECT
public:
    StoryEditor(const PrincipleCatalogue &principles, QWidget *parent = nullptr);

    // Shows a story without emitting edited(); undo history starts afresh.
    void setStory(const Story &story);
    // The story as edited now (id and dates as given to setStory).
    Story story() const;
    const QString &storyId() const { return m_story.id; }

    void showInsights(const StoryInsights &insights);
    void setHighlighting(bool on);
    void focusTitle();

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *sectionEdit(Story::Section which) const
    {
        return m_sections[static_cast<std::size_t>(which)];
    }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QToolButton *chip(const QString &principleId) const { return m_chips.value(principleId); }
    // Undo for the principle chips (the text fields keep their own).
    QUndoStack *chipHistory() const { return m_chipHistory; }

signals:
    void edited();     // any field changed by the user
    void textEdited(); // one of the four sections changed (insights need recomputing)

private:
    void changed(bool sectionText);

    const PrincipleCatalogue &m_principles;
    Story m_story;
    bool m_loading = false;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_role = nullptr;
    QLineEdit *m_team = nullptr;
    QLineEdit *m_year = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    std::array<QPlainTextEdit *, 4> m_sections{};
    std::array<QLabel *, 4> m_sectionLabels{};
    std::array<StoryHighlighter *, 4> m_highlighters{};
    QHash<QString, QToolButton *> m_chips;
    QUndoStack *m_chipHistory = nullptr;
    bool m_replaying = false;        // a chip set by undo or redo is not a new step
    QStringList m_unknownPrinciples; // ids not in the catalogue: kept, never dropped
};

} // namespace loopcraft
