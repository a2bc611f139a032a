#include "storyeditor.h"

#include "flowlayout.h"
#include "stories/principlecatalogue.h"
#include "stories/storyinsights.h"
#include "storyhighlighter.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace loopcraft {

namespace {

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

// One chip toggled by the user: undo sets it back, redo sets it again.
class ChipToggle : public QUndoCommand {
public:
    ChipToggle(QToolButton *chip, bool checked, bool &replaying)
        : QUndoCommand(chip->text()), m_chip(chip), m_checked(checked), m_replaying(replaying)
    {
    }
    void undo() override { set(!m_checked); }
    void redo() override { set(m_checked); }

private:
    void set(bool checked)
    {
        m_replaying = true;
        m_chip->setChecked(checked);
        m_replaying = false;
    }
    QToolButton *m_chip;
    bool m_checked;
    bool &m_replaying;
};

} // namespace

StoryEditor::StoryEditor(const PrincipleCatalogue &principles, QWidget *parent)
    : QWidget(parent), m_principles(principles)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(8);

    m_title = new QLineEdit(content);
    m_title->setObjectName(QStringLiteral("storyTitle"));
    m_title->setPlaceholderText(tr("Story title, e.g. \"Cut model latency before Prime Day\""));
    m_title->setAccessibleName(tr("Title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *facts = new QHBoxLayout;
    facts->setSpacing(6);
    auto makeField = [&](const QString &placeholder, const QString &name) {
        auto *edit = new QLineEdit(content);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(name);
        edit->setClearButtonEnabled(false);
        return edit;
    };
    m_role = makeField(tr("Your role"), tr("Role"));
    m_team = makeField(tr("Team"), tr("Team"));
    m_year = makeField(tr("Year"), tr("Year"));
    m_year->setValidator(new QIntValidator(1950, 2100, m_year));
    m_year->setMaximumWidth(72);
    m_tags = makeField(tr("Tags, separated by commas"), tr("Tags"));
    facts->addWidget(m_role, 2);
    facts->addWidget(m_team, 2);
    facts->addWidget(m_year, 0);
    facts->addWidget(m_tags, 3);
    layout->addLayout(facts);

    layout->addSpacing(4);
    layout->addWidget(sectionHeading(tr("Leadership Principles this story proves"), content));
    auto *chips = new QWidget(content);
    m_chipHistory = new QUndoStack(this);
    // Ctrl+Z and Ctrl+Shift+Z while a chip has focus; text fields handle the keys themselves.
    QAction *undoChip = m_chipHistory->createUndoAction(chips, tr("Undo Principle Change"));
    undoChip->setShortcuts(QKeySequence::Undo);
    undoChip->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    chips->addAction(undoChip);
    QAction *redoChip = m_chipHistory->createRedoAction(chips, tr("Redo Principle Change"));
    redoChip->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    redoChip->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    chips->addAction(redoChip);
    auto *flow = new FlowLayout(chips, 6);
    for (const LeadershipPrinciple &principle : principles.principles()) {
        auto *chip = new QToolButton(chips);
        chip->setText(principle.name);
        chip->setCheckable(true);
        chip->setProperty("chip", true);
        chip->setObjectName(QStringLiteral("chip_") + principle.id);
        chip->setToolTip(principle.summary.isEmpty() ? principle.name : principle.summary);
        chip->setAccessibleName(principle.name);
        chip->setFocusPolicy(Qt::TabFocus);
        connect(chip, &QToolButton::toggled, this, [this, chip](bool checked) {
            if (!m_loading && !m_replaying) {
                // push() runs redo(), which sets the state the chip already has.
                m_chipHistory->push(new ChipToggle(chip, checked, m_replaying));
            }
            changed(false);
        });
        flow->addWidget(chip);
        m_chips.insert(principle.id, chip);
    }
    chips->setStyleSheet(QStringLiteral(
        "QToolButton[chip=\"true\"] { border: 1px solid palette(mid); border-radius: 11px; padding: 3px 10px;"
        " background: palette(base); color: palette(text); }"
        "QToolButton[chip=\"true\"]:checked { background: palette(highlight); color: "
        "palette(highlighted-text);"
        " border-color: palette(highlight); }"
        "QToolButton[chip=\"true\"]:focus { border: 2px solid palette(highlight); }"));
    layout->addWidget(chips);

    for (const Story::Section which : Story::kSections) {
        const auto index = static_cast<std::size_t>(which);
        layout->addSpacing(4);
        m_sectionLabels[index] = sectionHeading(Story::sectionTitle(which), content);
        layout->addWidget(m_sectionLabels[index]);
        auto *edit = new QPlainTextEdit(content);
        edit->setObjectName(Story::sectionId(which));
        edit->setPlaceholderText(Story::sectionGuidance(which));
        edit->setAccessibleName(Story::sectionTitle(which));
        edit->setTabChangesFocus(true);
        // Room for a few lines (Action more); the page scrolls rather than stretching empty boxes.
        const int lines = which == Story::Section::Action ? 9 : 5;
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
        m_sections[index] = edit;
        m_highlighters[index] = new StoryHighlighter(edit->document());
        layout->addWidget(edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { changed(true); });
    }

    layout->addSpacing(4);
    layout->addWidget(sectionHeading(tr("Private notes"), content));
    m_notes = new QPlainTextEdit(content);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("Names, numbers to double-check, follow-up answers. Kept out of exports "
                                   "unless you ask."));
    m_notes->setAccessibleName(tr("Private notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 14);
    layout->addWidget(m_notes);
    layout->addStretch(1);

    for (QLineEdit *edit : {m_title, m_role, m_team, m_year, m_tags})
        connect(edit, &QLineEdit::textChanged, this, [this] { changed(false); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { changed(false); });
}

void StoryEditor::changed(bool sectionText)
{
    if (m_loading)
        return;
    emit edited();
    if (sectionText)
        emit textEdited();
}

void StoryEditor::setStory(const Story &story)
{
    m_loading = true;
    m_story = story;
    m_title->setText(story.title);
    m_role->setText(story.role);
    m_team->setText(story.team);
    m_year->setText(story.year > 0 ? QString::number(story.year) : QString());
    m_tags->setText(story.tags.join(QStringLiteral(", ")));
    for (const Story::Section which : Story::kSections)
        sectionEdit(which)->setPlainText(story.section(which)); // also clears the undo history
    m_notes->setPlainText(story.notes);
    m_unknownPrinciples.clear();
    for (const QString &id : story.principles)
        if (!m_chips.contains(id))
            m_unknownPrinciples << id;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
        it.value()->setChecked(story.principles.contains(it.key()));
    m_chipHistory->clear();
    for (QLineEdit *edit : {m_title, m_role, m_team, m_year, m_tags}) {
        edit->setModified(false);
        edit->setCursorPosition(0); // show the start of a long title, not its end
    }
    m_loading = false;
}

Story StoryEditor::story() const
{
    Story story = m_story;
    story.title = m_title->text();
    story.role = m_role->text().trimmed();
    story.team = m_team->text().trimmed();
    story.year = m_year->text().toInt();
    story.tags.clear();
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !story.tags.contains(trimmed, Qt::CaseInsensitive))
            story.tags << trimmed;
    }
    for (const Story::Section which : Story::kSections)
        story.section(which) = sectionEdit(which)->toPlainText();
    story.notes = m_notes->toPlainText();
    // Catalogue order for the known principles, then any the catalogue does not know.
    story.principles.clear();
    for (const LeadershipPrinciple &principle : m_principles.principles())
        if (const QToolButton *chip = m_chips.value(principle.id); chip && chip->isChecked())
            story.principles << principle.id;
    story.principles << m_unknownPrinciples;
    return story;
}

void StoryEditor::showInsights(const StoryInsights &insights)
{
    for (const Story::Section which : Story::kSections) {
        const int words = insights.section(which).words;
        m_sectionLabels[static_cast<std::size_t>(which)]->setText(
            tr("%1 · %n words", nullptr, words).arg(Story::sectionTitle(which)));
    }
}

void StoryEditor::setHighlighting(bool on)
{
    for (StoryHighlighter *highlighter : m_highlighters)
        highlighter->setActive(on);
}

void StoryEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

} // namespace loopcraft
