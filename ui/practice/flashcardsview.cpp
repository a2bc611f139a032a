#include "flashcardsview.h"

#include "navigator.h"
#include "schedulingdialog.h"
#include "review/studyday.h"
#include "services.h"

#include "widgets/headinglabel.h"
#include "widgets/shortcutaction.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace loopcraft {

namespace {

constexpr int kColumnWidth = 760;  // about 70 characters of answer text a line

// A centred column of readable width inside a page.
QWidget *column(QWidget *content, QWidget *parent)
{
    auto *outer = new QWidget(parent);
    auto *layout = new QHBoxLayout(outer);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addStretch(1);
    content->setMaximumWidth(kColumnWidth);
    layout->addWidget(content, 100);
    layout->addStretch(1);
    return outer;
}

} // namespace

FlashcardsView::FlashcardsView(Services &services, Navigator *navigator, QWidget *parent)
    : QWidget(parent), m_services(services), m_navigator(navigator), m_stack(new QStackedWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(buildSetup());
    m_stack->addWidget(buildCard());
    m_stack->addWidget(buildSummary());

    // Keyboard first: every step of a session has a key, scoped to this view.
    auto addAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        return addShortcutAction(this, text, key, std::move(slot));
    };
    m_startAction = addAction(tr("Start Studying"), QKeySequence(tr("Ctrl+Return")), [this] { startSession(); });
    m_revealAction = addAction(tr("Show Answer"), QKeySequence(Qt::Key_Space), [this] { reveal(); });
    const QString names[4] = {tr("Rate Again"), tr("Rate Hard"), tr("Rate Good"), tr("Rate Easy")};
    for (int i = 0; i < 4; ++i)
        m_rateActions[i] = addAction(names[i], QKeySequence(Qt::Key_1 + i), [this, i] { rate(i + 1); });
    m_undoAction = addAction(tr("Undo Last Rating"), QKeySequence::Undo, [this] { undo(); });
    m_endAction = addAction(tr("End Session"), QKeySequence(Qt::Key_Escape), [this] { endSession(); });
    // Enter starts from the setup and summary pages too.
    auto *enter = addAction(tr("Start Studying"), QKeySequence(Qt::Key_Return), [this] {
        if (!inSession())
            startSession();
    });
    enter->setObjectName(QStringLiteral("startWithEnter"));
    refresh();
}

FlashcardsView::~FlashcardsView() = default;

qint64 FlashcardsView::now() const { return m_services.reviews.now(); }

bool FlashcardsView::inSession() const { return m_session && m_stack->currentIndex() == 1; }

QWidget *FlashcardsView::buildSetup()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addStretch(1);
    layout->addWidget(makeHeading(tr("Flashcards"), 1.6, content));
    auto *intro = new QLabel(tr("Spaced repetition with FSRS: cards you know come back rarely, cards you "
                                "miss come back soon. Space shows the answer, 1–4 rate it, Ctrl+Z undoes."),
                             content);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *scopeRow = new QHBoxLayout;
    m_scopeKind = new QComboBox(content);
    m_scopeKind->addItem(tr("Everything"), int(StudyScope::Kind::Everything));
    m_scopeKind->addItem(tr("A category"), int(StudyScope::Kind::Category));
    m_scopeKind->addItem(tr("A tag"), int(StudyScope::Kind::Tag));
    m_scopeKind->addItem(tr("A difficulty"), int(StudyScope::Kind::Difficulty));
    m_scopeKind->addItem(tr("A saved search"), int(StudyScope::Kind::Search));
    m_scopeKind->setObjectName(QStringLiteral("scopeKind"));
    m_scopeKind->setAccessibleName(tr("Scope"));
    m_scopeValue = new QComboBox(content);
    m_scopeValue->setObjectName(QStringLiteral("scopeValue"));
    m_scopeValue->setAccessibleName(tr("Scope value"));
    m_scopeValue->setMinimumContentsLength(18);
    scopeRow->addWidget(m_scopeKind);
    scopeRow->addWidget(m_scopeValue, 1);
    auto *scopeLabel = new QLabel(tr("&Study:"), content);
    scopeLabel->setBuddy(m_scopeKind);
    form->addRow(scopeLabel, scopeRow);
    m_newLimit = new QSpinBox(content);
    m_newLimit->setRange(0, 9999);
    m_newLimit->setSuffix(tr(" a day"));
    form->addRow(tr("&New cards:"), m_newLimit);
    m_reviewLimit = new QSpinBox(content);
    m_reviewLimit->setRange(0, 99999);
    m_reviewLimit->setSuffix(tr(" a day"));
    form->addRow(tr("&Reviews:"), m_reviewLimit);
    m_retention = new QDoubleSpinBox(content);
    m_retention->setRange(SchedulerSettings::kMinimumRetention, SchedulerSettings::kMaximumRetention);
    m_retention->setSingleStep(0.01);
    m_retention->setDecimals(2);
    m_retention->setToolTip(tr("The chance of remembering a card when it comes due. Higher means more "
                               "reviews; 0.90 is a good balance."));
    auto *retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_retention);
    auto *scheduling = new QPushButton(tr("Sc&heduling…"), content);
    scheduling->setObjectName(QStringLiteral("schedulingButton"));
    scheduling->setToolTip(tr("Learning steps, the longest interval and interval fuzz"));
    connect(scheduling, &QPushButton::clicked, this, &FlashcardsView::editScheduling);
    retentionRow->addWidget(scheduling);
    retentionRow->addStretch(1);
    auto *retentionLabel = new QLabel(tr("Desired re&tention:"), content);
    retentionLabel->setBuddy(m_retention); // a row holding a layout gets no buddy by itself
    form->addRow(retentionLabel, retentionRow);
    layout->addLayout(form);
    layout->addSpacing(8);

    m_setupStatus = new QLabel(content);
    m_setupStatus->setWordWrap(true);
    m_setupStatus->setTextFormat(Qt::RichText);
    m_setupStatus->setObjectName(QStringLiteral("setupStatus"));
    layout->addWidget(m_setupStatus);
    m_start = new QPushButton(tr("Start studying (Enter)"), content);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);

    const SessionLimits &limits = m_services.reviews.limits();
    m_newLimit->setValue(limits.newPerDay);
    m_reviewLimit->setValue(limits.reviewsPerDay);
    m_retention->setValue(m_services.reviews.settings().desiredRetention);

    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, [this] {
        fillScopeValues();
        refresh();
    });
    connect(m_scopeValue, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    for (QSpinBox *spin : {m_newLimit, m_reviewLimit})
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            applySettings();
            refresh();
        });
    connect(m_retention, &QDoubleSpinBox::valueChanged, this, [this] { applySettings(); });
    connect(m_start, &QPushButton::clicked, this, &FlashcardsView::startSession);
    // The Library saves, renames and deletes searches while this view lives.
    connect(&m_services.library, &LibraryStore::savedSearchesChanged, this, [this] {
        if (StudyScope::Kind(m_scopeKind->currentData().toInt()) != StudyScope::Kind::Search)
            return;
        fillScopeValues();
        refresh();
    });
    fillScopeValues();
    return column(content, this);
}

QWidget *FlashcardsView::buildCard()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *top = new QHBoxLayout;
    m_counts = new QLabel(content);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setTextFormat(Qt::RichText);
    m_scopeLabel = new QLabel(content);
    m_scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    m_scopeLabel->setTextFormat(Qt::PlainText);  // a saved search's name is the user's text
    m_scopeLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *end = new QPushButton(tr("End (Esc)"), content);
    end->setFocusPolicy(Qt::NoFocus);
    connect(end, &QPushButton::clicked, this, &FlashcardsView::endSession);
    top->addWidget(m_counts);
    top->addSpacing(12);
    top->addWidget(m_scopeLabel, 1);
    top->addWidget(end);
    layout->addLayout(top);
    layout->addSpacing(16);

    m_title = makeHeading(QString(), 1.15, content);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    m_prompt = makeHeading(QString(), 1.45, content);
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_prompt);
    layout->addSpacing(8);

    m_answer = new QTextBrowser(content);
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answer->setOpenExternalLinks(true);
    m_answer->setFrameShape(QFrame::NoFrame);
    m_answer->setFocusPolicy(Qt::NoFocus);  // Space belongs to the session, not to scrolling
    m_answer->document()->setDocumentMargin(12);
    layout->addWidget(m_answer, 1);
    m_error = new QLabel(content);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_showAnswer = new QPushButton(tr("Show answer (Space)"), content);
    m_showAnswer->setObjectName(QStringLiteral("showAnswer"));
    m_showAnswer->setFocusPolicy(Qt::NoFocus);
    m_showAnswer->setMinimumHeight(44);
    connect(m_showAnswer, &QPushButton::clicked, this, &FlashcardsView::reveal);
    layout->addWidget(m_showAnswer);

    m_ratingRow = new QWidget(content);
    auto *row = new QHBoxLayout(m_ratingRow);
    row->setContentsMargins(0, 0, 0, 0);
    const QString names[4] = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton(names[i], m_ratingRow);
        button->setObjectName(QStringLiteral("rate%1").arg(i + 1));
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumHeight(52);
        button->setToolTip(tr("%1 (%2)").arg(names[i]).arg(i + 1));
        connect(button, &QPushButton::clicked, this, [this, i] { rate(i + 1); });
        row->addWidget(button);
        m_ratingButtons[i] = button;
    }
    layout->addWidget(m_ratingRow);
    return column(content, this);
}

QWidget *FlashcardsView::buildSummary()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addStretch(1);
    layout->addWidget(makeHeading(tr("Session complete"), 1.6, content));
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    auto *buttons = new QHBoxLayout;
    auto *again = new QPushButton(tr("Study more (Enter)"), content);
    auto *back = new QPushButton(tr("Change scope"), content);
    connect(again, &QPushButton::clicked, this, &FlashcardsView::startSession);
    connect(back, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentIndex(0);
        refresh();
    });
    buttons->addWidget(again);
    buttons->addWidget(back);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return column(content, this);
}

void FlashcardsView::fillScopeValues()
{
    const auto kind = StudyScope::Kind(m_scopeKind->currentData().toInt());
    const QString previous = m_scopeValue->currentData().toString();
    QSignalBlocker block(m_scopeValue);
    m_scopeValue->clear();
    const auto &questions = m_services.questions.questions();
    switch (kind) {
    case StudyScope::Kind::Everything:
        m_scopeValue->addItem((questions.size() == 1 ? tr("the one question") : tr("all %1 questions").arg(questions.size())), QString());
        break;
    case StudyScope::Kind::Category:
        for (const QString &category : m_services.questions.categories())
            m_scopeValue->addItem(categoryTitle(category), category);
        break;
    case StudyScope::Kind::Tag: {
        QStringList tags;
        for (const Question &q : questions)
            for (const QString &tag : q.tags)
                if (!tags.contains(tag))
                    tags << tag;
        tags.sort(Qt::CaseInsensitive);
        for (const QString &tag : tags)
            m_scopeValue->addItem(tag, tag);
        break;
    }
    case StudyScope::Kind::Difficulty:
        for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard})
            m_scopeValue->addItem(difficultyId(d), difficultyId(d));
        break;
    case StudyScope::Kind::Search:
        for (const SavedSearch &search : m_services.library.savedSearches()) {
            m_scopeValue->addItem(search.name, search.name);
            m_scopeValue->setItemData(m_scopeValue->count() - 1, search.query, Qt::ToolTipRole);
        }
        if (m_scopeValue->count() == 0)
            m_scopeValue->addItem(tr("no saved searches — save one in the Library"));
        break;
    }
    m_scopeValue->setEnabled(kind != StudyScope::Kind::Everything && !m_scopeValue->currentData().isNull());
    const int index = m_scopeValue->findData(previous);
    if (index >= 0)
        m_scopeValue->setCurrentIndex(index);
}

StudyScope FlashcardsView::chosenScope()
{
    StudyScope scope{StudyScope::Kind(m_scopeKind->currentData().toInt()), m_scopeValue->currentData().toString()};
    if (scope.kind != StudyScope::Kind::Search)
        return scope;
    // The query runs now, against the review state as it is now (is:due, is:new); the session
    // keeps what it found.
    const LibraryStore &library = m_services.library;
    const int index = library.savedSearchIndex(scope.value);
    if (index < 0) {
        scope.resolved.emplace();
        return scope;
    }
    scope.name = library.savedSearches().at(index).name;
    scope.value = library.savedSearches().at(index).query;
    SearchContext context;
    context.bookmarks = &library.bookmarks();
    context.studyState = m_services.studyState;
    if (m_scopeIndexRevision != m_services.questions.revision()) {
        m_scopeIndex.build(m_services.questions.questions());
        m_scopeIndexRevision = m_services.questions.revision();
    }
    scope.resolve(m_services.questions, context, &m_scopeIndex);
    return scope;
}

void FlashcardsView::applySettings()
{
    m_services.reviews.setLimits({m_newLimit->value(), m_reviewLimit->value()});
    SchedulerSettings settings = m_services.reviews.settings();
    if (qAbs(settings.desiredRetention - m_retention->value()) > 1e-9) {
        settings.desiredRetention = m_retention->value();
        m_services.reviews.setSettings(settings);
    }
    emit answered();
}

void FlashcardsView::editScheduling()
{
    SchedulingDialog dialog(m_services.reviews.settings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SchedulerSettings settings = dialog.settings();
    settings.desiredRetention = m_retention->value();
    if (settings == m_services.reviews.settings())
        return;
    m_services.reviews.setSettings(settings);
    emit answered(); // saves the new settings with the cards
    refresh();
}

void FlashcardsView::refresh()
{
    const bool setup = m_stack->currentIndex() != 1;
    m_startAction->setEnabled(setup);
    m_revealAction->setEnabled(!setup && !m_revealed);
    for (QAction *action : m_rateActions)
        action->setEnabled(!setup && m_revealed);
    m_undoAction->setEnabled(m_session && m_session->canUndo());
    m_endAction->setEnabled(!setup);
    if (!setup)
        return;
    if (m_services.questions.questions().empty()) {
        m_setupStatus->setText(tr("There are no questions yet. Add a deck to the data folder's decks/ "
                                  "folder (Ctrl+Shift+D opens it), or wait for the shipped decks."));
        m_start->setEnabled(false);
        return;
    }
    const StudyScope scope = chosenScope();
    if (scope.kind == StudyScope::Kind::Search && scope.name.isEmpty()) {
        m_setupStatus->setText(tr("There are no saved searches yet. In the Library, search for what you "
                                  "want to study and press Ctrl+S to save the search."));
        m_start->setEnabled(false);
        return;
    }
    // What could not be read in a saved search's query is said, not silently dropped.
    const QString problems = scope.problems.isEmpty()
                                 ? QString()
                                 : QStringLiteral("<br>") + tr("In this search: %1")
                                                              .arg(scope.problems.join(QLatin1Char(' ')).toHtmlEscaped());
    if (scope.resolved && scope.resolved->isEmpty()) {
        m_setupStatus->setText(tr("The saved search \"%1\" finds no questions right now.")
                                   .arg(scope.name.toHtmlEscaped()) +
                               problems);
        m_start->setEnabled(false);
        return;
    }
    const StudySession preview(m_services.reviews, m_services.questions, scope,
                               {m_newLimit->value(), m_reviewLimit->value()}, now());
    const int due = preview.reviewRemaining() + preview.learningRemaining();
    const int fresh = preview.newRemaining();
    if (due + fresh == 0) {
        const SessionSummary summary = preview.summary();
        m_setupStatus->setText(summary.nextDueMs > 0
                                   ? tr("Nothing to study in this scope right now. The next card is due %1.")
                                         .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(summary.nextDueMs),
                                                                 QLocale::ShortFormat))
                                   : tr("Nothing to study in this scope: no new cards left today. "
                                        "Raise the new-card limit or choose another scope."));
        m_start->setEnabled(false);
    } else {
        m_setupStatus->setText(tr("Ready: <b>%1</b> due and <b>%2</b> new.").arg(due).arg(fresh) + problems);
        m_start->setEnabled(true);
    }
}

void FlashcardsView::startSession()
{
    if (m_services.questions.questions().empty())
        return;
    StudyScope scope = chosenScope();
    if (scope.kind == StudyScope::Kind::Search && scope.name.isEmpty())
        return;  // no saved search chosen: the setup says how to make one
    applySettings();
    m_scopeLabel->setText(scope.label());
    m_session = std::make_unique<StudySession>(m_services.reviews, m_services.questions, std::move(scope),
                                               SessionLimits{m_newLimit->value(), m_reviewLimit->value()}, now());
    if (m_session->finished()) {
        showSummary();
        return;
    }
    m_stack->setCurrentIndex(1);
    setFocus();
    showCurrent();
}

void FlashcardsView::showCurrent()
{
    m_revealed = false;
    m_error->hide();
    if (!m_session || m_session->finished()) {
        showSummary();
        return;
    }
    const Question *question = m_services.questions.find(m_session->current());
    if (!question) {  // a deck was removed mid-session; skip it
        m_session->rate(Rating::Good, now());
        showCurrent();
        return;
    }
    m_title->setText(question->title.isEmpty() ? categoryTitle(question->category)
                                               : tr("%1 · %2").arg(categoryTitle(question->category), question->title));
    m_prompt->setText(question->prompt);
    m_answer->clear();
    m_answer->hide();
    m_showAnswer->show();
    m_ratingRow->hide();
    updateCounts();
    refresh();
}

void FlashcardsView::updateCounts()
{
    if (!m_session)
        return;
    // Anki's colours: new blue, learning red, due green.
    m_counts->setText(tr("<span style='color:#3b82f6'>New %1</span> · <span style='color:#e5484d'>Learning %2</span> "
                         "· <span style='color:#30a46c'>Due %3</span>")
                          .arg(m_session->newRemaining())
                          .arg(m_session->learningRemaining())
                          .arg(m_session->reviewRemaining()));
}

void FlashcardsView::reveal()
{
    if (!inSession() || m_revealed || m_session->finished())
        return;
    const Question *question = m_services.questions.find(m_session->current());
    if (!question)
        return;
    QString markdown = question->answer;
    if (!question->keyPoints.isEmpty()) {
        markdown += QStringLiteral("\n\n### ") + tr("Key points") + QStringLiteral("\n");
        for (const QString &point : question->keyPoints)
            markdown += QStringLiteral("- ") + point + QLatin1Char('\n');
    }
    m_answer->setMarkdown(markdown);
    m_answer->show();
    m_revealed = true;
    const auto intervals = m_services.reviews.scheduler().preview(m_services.reviews.cardFor(m_session->current()), now());
    const QString names[4] = {tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    for (int i = 0; i < 4; ++i)
        m_ratingButtons[i]->setText(
            tr("%1\n%2 (%3)").arg(Scheduler::formatInterval(intervals[std::size_t(i)]), names[i]).arg(i + 1));
    m_showAnswer->hide();
    m_ratingRow->show();
    refresh();
}

void FlashcardsView::rate(int rating)
{
    if (!inSession() || !m_revealed || rating < 1 || rating > 4)
        return;
    QString error;
    if (!m_session->rate(Rating(rating), now(), &error)) {
        m_error->setText(tr("The answer could not be saved: %1").arg(error));
        m_error->show();
        return;
    }
    emit answered();
    showCurrent();
}

void FlashcardsView::undo()
{
    if (!m_session || !m_session->canUndo())
        return;
    QString error;
    if (!m_session->undo(&error)) {
        m_error->setText(tr("Could not undo: %1").arg(error));
        m_error->show();
        return;
    }
    emit answered();
    m_stack->setCurrentIndex(1);
    showCurrent();
    if (m_navigator)
        m_navigator->notify(tr("Undid the last rating"));
}

void FlashcardsView::endSession()
{
    if (!inSession())
        return;
    showSummary();
}

void FlashcardsView::showSummary()
{
    m_stack->setCurrentIndex(2);
    if (!m_session) {
        refresh();
        return;
    }
    const SessionSummary s = m_session->summary();
    QString next = tr("nothing scheduled");
    if (s.nextDueMs > 0) {
        const qint64 in = s.nextDueMs - now();
        next = in <= 0 ? tr("now")
                       : tr("%1 (in %2)")
                             .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.nextDueMs), QLocale::ShortFormat),
                                  Scheduler::formatInterval(in));
    }
    const qint64 minutes = s.elapsedMs / 60000;
    const qint64 seconds = (s.elapsedMs / 1000) % 60;
    m_summary->setText(
        tr("<p>You answered <b>%1</b> in %2.</p>")
            .arg(s.cards == 1 ? tr("1 card") : tr("%1 cards").arg(s.cards), tr("%1 min %2 s").arg(minutes).arg(seconds))
        + tr("<p>Again %1 · Hard %2 · Good %3 · Easy %4</p>")
              .arg(s.ratings[0])
              .arg(s.ratings[1])
              .arg(s.ratings[2])
              .arg(s.ratings[3])
        + (s.learningLeft > 0 ? (s.learningLeft == 1 ? tr("<p>1 card is still in its learning steps today.</p>") : tr("<p>%1 cards are still in their learning steps today.</p>").arg(s.learningLeft))
                              : QString())
        + tr("<p>Next card due: %1.</p>").arg(next)
        + tr("<p>Ctrl+Z takes back the last rating.</p>"));
    refresh();
    m_undoAction->setEnabled(m_session->canUndo());
}

} // namespace loopcraft
