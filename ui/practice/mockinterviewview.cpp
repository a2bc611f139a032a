#include "mockinterviewview.h"

#include "navigator.h"
#include "services.h"

#include "widgets/headinglabel.h"
#include "widgets/shortcutaction.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace loopcraft {

namespace {

QString mmss(qint64 ms)
{
    const qint64 seconds = (qMax<qint64>(0, ms) + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

MockInterviewView::MockInterviewView(Services &services, Navigator *navigator, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_navigator(navigator),
      m_history(services.data.root()),
      m_stack(new QStackedWidget(this)),
      m_timer(new QTimer(this))
{
    m_history.load();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(buildSetup());
    m_stack->addWidget(buildRunning());
    m_stack->addWidget(buildScoring());
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &MockInterviewView::tick);

    auto addAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        return addShortcutAction(this, text, key, std::move(slot));
    };
    m_startAction = addAction(tr("Start Mock Loop"), QKeySequence(tr("Ctrl+Return")), [this] { startLoop(); });
    m_runningActions << addAction(tr("Next Question"), QKeySequence(tr("Ctrl+N")), [this] { nextQuestion(); })
                     << addAction(tr("Pause or Resume the Clock"), QKeySequence(tr("Ctrl+P")), [this] { togglePause(); })
                     << addAction(tr("Show Model Answer"), QKeySequence(tr("Ctrl+M")), [this] { toggleAnswer(); })
                     << addAction(tr("Finish Loop and Score"), QKeySequence(tr("Ctrl+Shift+F")), [this] { finishLoop(); });
    m_saveAction = addAction(tr("Save Loop Report"), QKeySequence::Save, [this] { saveReport(); });
    refresh();
}

bool MockInterviewView::running() const { return m_stack->currentIndex() == 1; }

QString MockInterviewView::countdownText() const { return m_countdown->text(); }

QWidget *MockInterviewView::buildSetup()
{
    auto *page = new QWidget(this);
    auto *outer = new QHBoxLayout(page);
    outer->setContentsMargins(24, 16, 24, 16);
    outer->setSpacing(24);

    auto *planBox = new QWidget(page);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(makeHeading(tr("Mock interview loop"), 1.6, planBox));
    auto *intro = new QLabel(tr("An Amazon-style loop: one round after another, each question against the "
                                "clock. Answer out loud as you would to an interviewer, then score yourself."),
                             planBox);
    intro->setWordWrap(true);
    planLayout->addWidget(intro);
    planLayout->addSpacing(8);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Round</b>"), planBox), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Questions</b>"), planBox), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Minutes each</b>"), planBox), 0, 2);
    grid->addWidget(new QLabel(tr("<b>In the library</b>"), planBox), 0, 3);
    int row = 1;
    for (const MockRoundPlan &p : MockLoop::defaultPlan()) {
        RoundRow r{new QCheckBox(MockLoop::title(p.kind), planBox), new QSpinBox(planBox), new QSpinBox(planBox),
                   new QLabel(planBox)};
        r.enabled->setChecked(p.enabled);
        r.count->setRange(1, 10);
        r.count->setValue(p.questionCount);
        r.count->setAccessibleName(tr("%1: questions").arg(MockLoop::title(p.kind)));
        r.minutes->setRange(1, 90);
        r.minutes->setValue(p.minutesPerQuestion);
        r.minutes->setSuffix(tr(" min"));
        r.minutes->setAccessibleName(tr("%1: minutes per question").arg(MockLoop::title(p.kind)));
        r.available->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(r.enabled, row, 0);
        grid->addWidget(r.count, row, 1);
        grid->addWidget(r.minutes, row, 2);
        grid->addWidget(r.available, row, 3);
        m_rows << r;
        ++row;
    }
    grid->setColumnStretch(3, 1);
    planLayout->addLayout(grid);
    planLayout->addSpacing(8);
    m_start = new QPushButton(tr("Start loop (Ctrl+Enter)"), planBox);
    m_start->setObjectName(QStringLiteral("startLoop"));
    connect(m_start, &QPushButton::clicked, this, &MockInterviewView::startLoop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addStretch(1);
    planLayout->addLayout(buttons);
    planLayout->addStretch(1);

    auto *historyBox = new QWidget(page);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(makeHeading(tr("History"), 1.2, historyBox));
    m_historyMessage = new QLabel(historyBox);
    m_historyMessage->setWordWrap(true);
    historyLayout->addWidget(m_historyMessage);
    m_historyList = new QTreeWidget(historyBox);
    m_historyList->setObjectName(QStringLiteral("history"));
    m_historyList->setHeaderLabels({tr("When"), tr("Rounds"), tr("Score")});
    m_historyList->setRootIsDecorated(false);
    m_historyList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_historyList->setAccessibleName(tr("Past loops"));
    historyLayout->addWidget(m_historyList, 2);
    m_historyDetails = new QTextBrowser(historyBox);
    m_historyDetails->setObjectName(QStringLiteral("historyDetails"));
    historyLayout->addWidget(m_historyDetails, 3);
    connect(m_historyList, &QTreeWidget::currentItemChanged, this, &MockInterviewView::showHistoryDetails);

    outer->addWidget(planBox, 3);
    outer->addWidget(historyBox, 2);
    return page;
}

QWidget *MockInterviewView::buildRunning()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 16);
    auto *top = new QHBoxLayout;
    m_roundLabel = new QLabel(page);
    m_roundLabel->setObjectName(QStringLiteral("roundLabel"));
    m_countdown = makeHeading(QStringLiteral("00:00"), 2.4, page);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_countdown->setWordWrap(false);
    m_countdown->setAccessibleName(tr("Time left"));
    top->addWidget(m_roundLabel, 1);
    top->addWidget(m_countdown);
    layout->addLayout(top);
    m_questionTitle = makeHeading(QString(), 1.1, page);
    m_questionTitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_questionTitle);
    m_questionPrompt = makeHeading(QString(), 1.45, page);
    m_questionPrompt->setObjectName(QStringLiteral("mockPrompt"));
    layout->addWidget(m_questionPrompt);
    m_stories = new QLabel(page);
    m_stories->setObjectName(QStringLiteral("stories"));
    m_stories->setWordWrap(true);
    m_stories->setTextFormat(Qt::RichText);
    m_stories->setFrameShape(QFrame::StyledPanel);
    m_stories->setMargin(10);
    m_stories->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_stories, &QLabel::linkActivated, this, [this](const QString &link) {
        // The principle opens in Stories; the loop's clock keeps running, as in a real interview.
        if (m_navigator && link.startsWith(QLatin1String("principle:")))
            m_navigator->openPrinciple(link.mid(10));
    });
    layout->addWidget(m_stories);
    m_answer = new QTextBrowser(page);
    m_answer->setFrameShape(QFrame::NoFrame);
    m_answer->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_answer, 1);
    layout->addStretch(0);
    auto *buttons = new QHBoxLayout;
    auto *answer = new QPushButton(tr("Model answer (Ctrl+M)"), page);
    m_pause = new QPushButton(tr("Pause (Ctrl+P)"), page);
    auto *next = new QPushButton(tr("Next question (Ctrl+N)"), page);
    next->setObjectName(QStringLiteral("nextQuestion"));
    auto *finish = new QPushButton(tr("Finish and score (Ctrl+Shift+F)"), page);
    connect(answer, &QPushButton::clicked, this, &MockInterviewView::toggleAnswer);
    connect(m_pause, &QPushButton::clicked, this, &MockInterviewView::togglePause);
    connect(next, &QPushButton::clicked, this, &MockInterviewView::nextQuestion);
    connect(finish, &QPushButton::clicked, this, &MockInterviewView::finishLoop);
    buttons->addWidget(answer);
    buttons->addWidget(m_pause);
    buttons->addStretch(1);
    buttons->addWidget(finish);
    buttons->addWidget(next);
    layout->addLayout(buttons);
    return page;
}

QWidget *MockInterviewView::buildScoring()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(makeHeading(tr("Score the loop"), 1.6, page));
    auto *intro = new QLabel(tr("Score each round 1–4 per dimension: 1 missed, 2 partly, 3 solid, 4 would "
                                "impress a Bar Raiser. Be honest: the history is for you."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_scoringForm = new QWidget(scroll);
    m_scoringLayout = new QVBoxLayout(m_scoringForm);
    scroll->setWidget(m_scoringForm);
    layout->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save report (Ctrl+S)"), page);
    save->setObjectName(QStringLiteral("saveReport"));
    connect(save, &QPushButton::clicked, this, &MockInterviewView::saveReport);
    buttons->addStretch(1);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    return page;
}

QList<MockRoundPlan> MockInterviewView::plan() const
{
    QList<MockRoundPlan> result = MockLoop::defaultPlan();
    for (int i = 0; i < result.size() && i < m_rows.size(); ++i) {
        result[i].enabled = m_rows[i].enabled->isChecked();
        result[i].questionCount = m_rows[i].count->value();
        result[i].minutesPerQuestion = m_rows[i].minutes->value();
    }
    return result;
}

void MockInterviewView::refresh()
{
    const QList<MockRoundPlan> p = MockLoop::defaultPlan();
    int anyQuestions = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        int count = 0;
        for (const Question &q : m_services.questions.questions())
            count += MockLoop::fits(p[i].kind, q);
        m_rows[i].available->setText(count ? (count == 1 ? tr("1 question") : tr("%1 questions").arg(count)) : tr("none yet"));
        anyQuestions += count;
    }
    m_start->setEnabled(anyQuestions > 0);
    m_start->setToolTip(anyQuestions ? QString() : tr("The library has no questions for these rounds yet."));

    m_historyList->clear();
    const auto &reports = m_history.reports();
    for (auto it = reports.rbegin(); it != reports.rend(); ++it) {
        auto *item = new QTreeWidgetItem(m_historyList);
        item->setText(0, QLocale().toString(QDateTime::fromMSecsSinceEpoch(it->startedMs), QLocale::ShortFormat));
        QStringList titles;
        for (const MockRound &round : it->rounds)
            if (!round.questionIds.isEmpty())
                titles << MockLoop::title(round.kind);
        item->setText(1, QString::number(titles.size()));
        item->setToolTip(1, titles.join(QStringLiteral(", ")));
        item->setText(2, it->average() > 0 ? QString::number(it->average(), 'f', 1) : tr("–"));
        item->setData(0, Qt::UserRole, int(std::distance(reports.begin(), it.base()) - 1));
    }
    QStringList messages = m_history.loadMessages();
    if (reports.empty() && messages.isEmpty())
        m_historyDetails->setMarkdown(tr("No loops yet. Plan the rounds on the left and press **Ctrl+Enter**: "
                                         "the report of each loop you score is kept here."));
    m_historyMessage->setText(messages.join(QStringLiteral("\n")));
    m_historyMessage->setVisible(!messages.isEmpty());
    if (m_historyList->topLevelItemCount() > 0)
        m_historyList->setCurrentItem(m_historyList->topLevelItem(0));

    const bool isRunning = running();
    for (QAction *action : m_runningActions)
        action->setEnabled(isRunning);
    m_startAction->setEnabled(m_stack->currentIndex() == 0 && anyQuestions > 0);
    m_saveAction->setEnabled(m_stack->currentIndex() == 2);
}

void MockInterviewView::showHistoryDetails()
{
    QTreeWidgetItem *item = m_historyList->currentItem();
    if (!item)
        return;
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index < 0 || index >= int(m_history.reports().size()))
        return;
    const MockReport &report = m_history.reports()[std::size_t(index)];
    const QStringList rubric = MockLoop::rubric();
    QString md = tr("### Loop of %1\n\n")
                     .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(report.startedMs), QLocale::LongFormat));
    for (const MockRound &round : report.rounds) {
        if (round.questionIds.isEmpty()) {
            md += tr("**%1** — not run: the library had no questions for it.\n\n").arg(MockLoop::title(round.kind));
            continue;
        }
        md += QStringLiteral("**%1** — ").arg(MockLoop::title(round.kind));
        QStringList parts;
        for (int i = 0; i < 4; ++i)
            parts << QStringLiteral("%1 %2").arg(rubric[i]).arg(round.scores[std::size_t(i)]);
        md += parts.join(QStringLiteral(", "));
        md += tr(" (%1 of %2 min)").arg(mmss(round.secondsUsed * 1000)).arg(round.minutesPerQuestion * round.questionIds.size());
        md += QStringLiteral("\n\n");
        for (const QString &id : round.questionIds) {
            const Question *q = m_services.questions.find(id);
            md += QStringLiteral("- %1\n").arg(q ? (q->title.isEmpty() ? q->prompt : q->title) : id);
        }
        if (!round.notes.isEmpty())
            md += QStringLiteral("\n> %1\n").arg(round.notes);
        md += QStringLiteral("\n");
    }
    m_historyDetails->setMarkdown(md);
}

void MockInterviewView::startLoop()
{
    if (m_stack->currentIndex() != 0)
        return;
    m_report = MockLoop::draw(m_services.questions, plan(), QRandomGenerator::global()->generate64(),
                              QDateTime::currentMSecsSinceEpoch());
    // Rounds the library cannot fill are kept (so the report says so) but skipped when running.
    m_round = 0;
    m_question = 0;
    while (m_round < int(m_report.rounds.size()) && m_report.rounds[std::size_t(m_round)].questionIds.isEmpty())
        ++m_round;
    if (m_round >= int(m_report.rounds.size())) {
        if (m_navigator)
            m_navigator->notify(tr("No questions match these rounds yet."));
        return;
    }
    m_stack->setCurrentIndex(1);
    m_paused = false;
    showQuestion();
    m_timer->start();
    refresh();
    setFocus();
}

void MockInterviewView::showQuestion()
{
    const MockRound &round = m_report.rounds[std::size_t(m_round)];
    const Question *question = m_services.questions.find(round.questionIds[m_question]);
    int roundNumber = 0;
    int roundCount = 0;
    for (int i = 0; i < int(m_report.rounds.size()); ++i)
        if (!m_report.rounds[std::size_t(i)].questionIds.isEmpty()) {
            ++roundCount;
            if (i <= m_round)
                ++roundNumber;
        }
    m_roundLabel->setText(tr("<b>Round %1 of %2 · %3</b><br>Question %4 of %5")
                              .arg(roundNumber)
                              .arg(roundCount)
                              .arg(MockLoop::title(round.kind))
                              .arg(m_question + 1)
                              .arg(round.questionIds.size()));
    m_questionTitle->setText(question ? categoryTitle(question->category)
                                            + (question->title.isEmpty() ? QString() : QStringLiteral(" · ") + question->title)
                                      : QString());
    m_questionPrompt->setText(question ? question->prompt : round.questionIds[m_question]);
    m_answer->clear();
    m_answer->hide();

    // Behavioural questions: the user's own stories for the principles the question probes.
    const bool behavioural = round.kind == RoundKind::Behavioural;
    m_stories->setVisible(behavioural);
    if (behavioural && question) {
        QString html;
        const QStringList principles = question->principles;
        if (principles.isEmpty())
            html = tr("This question names no Leadership Principle; pick your strongest story.");
        for (const QString &principle : principles) {
            const QString name = QStringLiteral("<a href=\"principle:%1\">%2</a>")
                                     .arg(principle.toHtmlEscaped(), m_services.principles.nameOf(principle).toHtmlEscaped());
            const QList<StorySummary> stories = m_services.storyDirectory
                                                    ? m_services.storyDirectory->storiesForPrinciple(principle)
                                                    : QList<StorySummary>();
            if (stories.isEmpty()) {
                html += tr("<p>No stories tagged <b>%1</b> yet — write one in Stories (Ctrl+4).</p>").arg(name);
            } else {
                html += tr("<p><b>Your stories for %1:</b></p><ul>").arg(name);
                for (const StorySummary &story : stories)
                    html += QStringLiteral("<li>%1</li>").arg(story.title.toHtmlEscaped());
                html += QStringLiteral("</ul>");
            }
        }
        m_stories->setText(html);
    }
    m_remainingMs = qint64(round.minutesPerQuestion) * 60'000;
    m_clock.restart();
    tick();
}

void MockInterviewView::tick()
{
    if (!running())
        return;
    const qint64 elapsed = m_clock.restart();
    if (!m_paused)
        m_remainingMs -= elapsed;
    const bool lastMinute = m_remainingMs <= 60'000;
    m_countdown->setText(m_remainingMs > 0 ? mmss(m_remainingMs) : tr("Time"));
    QPalette palette = m_countdown->palette();
    palette.setColor(QPalette::WindowText, lastMinute ? QColor(0xe5, 0x48, 0x4d) : this->palette().color(QPalette::WindowText));
    m_countdown->setPalette(palette);
    m_countdown->setToolTip(m_remainingMs > 0 ? QString() : tr("Time is up: finish your sentence and move on."));
}

void MockInterviewView::recordTime()
{
    const qint64 allowed = qint64(m_report.rounds[std::size_t(m_round)].minutesPerQuestion) * 60'000;
    m_report.rounds[std::size_t(m_round)].secondsUsed += (allowed - m_remainingMs) / 1000;
}

void MockInterviewView::nextQuestion()
{
    if (!running())
        return;
    tick();
    recordTime();
    ++m_question;
    while (m_round < int(m_report.rounds.size())
           && m_question >= m_report.rounds[std::size_t(m_round)].questionIds.size()) {
        ++m_round;
        m_question = 0;
    }
    if (m_round >= int(m_report.rounds.size())) {
        m_round = int(m_report.rounds.size()) - 1;
        finishLoop();
        return;
    }
    showQuestion();
}

void MockInterviewView::togglePause()
{
    if (!running())
        return;
    tick();
    m_paused = !m_paused;
    m_pause->setText(m_paused ? tr("Resume (Ctrl+P)") : tr("Pause (Ctrl+P)"));
}

void MockInterviewView::toggleAnswer()
{
    if (!running())
        return;
    if (m_answer->isVisible()) {
        m_answer->hide();
        return;
    }
    const MockRound &round = m_report.rounds[std::size_t(m_round)];
    if (const Question *q = m_services.questions.find(round.questionIds[m_question])) {
        QString md = q->answer;
        if (!q->keyPoints.isEmpty()) {
            md += QStringLiteral("\n\n### ") + tr("Key points") + QStringLiteral("\n");
            for (const QString &p : q->keyPoints)
                md += QStringLiteral("- ") + p + QLatin1Char('\n');
        }
        m_answer->setMarkdown(md);
        m_answer->show();
    }
}

void MockInterviewView::finishLoop()
{
    if (!running())
        return;
    m_timer->stop();
    m_report.finishedMs = QDateTime::currentMSecsSinceEpoch();
    // Rebuild the scoring form for the rounds that ran.
    while (QLayoutItem *item = m_scoringLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_scoreSpins.clear();
    m_notes.clear();
    const QStringList rubric = MockLoop::rubric();
    for (const MockRound &round : m_report.rounds) {
        auto *box = new QGroupBox(MockLoop::title(round.kind), m_scoringForm);
        auto *form = new QHBoxLayout(box);
        QList<QSpinBox *> spins;
        if (round.questionIds.isEmpty()) {
            form->addWidget(new QLabel(tr("No questions for this round in the library yet."), box));
        } else {
            for (const QString &dimension : rubric) {
                auto *label = new QLabel(dimension, box);
                auto *spin = new QSpinBox(box);
                spin->setRange(1, 4);
                spin->setValue(2);
                spin->setAccessibleName(tr("%1: %2").arg(MockLoop::title(round.kind), dimension));
                label->setBuddy(spin);
                form->addWidget(label);
                form->addWidget(spin);
                form->addSpacing(8);
                spins << spin;
            }
        }
        auto *notes = new QLineEdit(box);
        notes->setPlaceholderText(tr("Notes: what to fix next time"));
        notes->setVisible(!round.questionIds.isEmpty());
        form->addWidget(notes, 1);
        m_scoreSpins << spins;
        m_notes << notes;
        m_scoringLayout->addWidget(box);
    }
    m_scoringLayout->addStretch(1);
    m_stack->setCurrentIndex(2);
    refresh();
    if (!m_scoreSpins.isEmpty() && !m_scoreSpins.first().isEmpty())
        m_scoreSpins.first().first()->setFocus();
}

void MockInterviewView::saveReport()
{
    if (m_stack->currentIndex() != 2)
        return;
    for (int i = 0; i < int(m_report.rounds.size()) && i < m_scoreSpins.size(); ++i) {
        MockRound &round = m_report.rounds[std::size_t(i)];
        for (int d = 0; d < m_scoreSpins[i].size() && d < 4; ++d)
            round.scores[std::size_t(d)] = m_scoreSpins[i][d]->value();
        round.notes = m_notes[i]->text().trimmed();
    }
    QString error;
    if (!m_history.add(m_report, &error)) {
        if (m_navigator)
            m_navigator->notify(tr("Could not save the loop report: %1").arg(error), 8000);
        return;
    }
    if (m_navigator)
        m_navigator->notify(tr("Saved the loop report"));
    m_stack->setCurrentIndex(0);
    refresh();
}

} // namespace loopcraft
