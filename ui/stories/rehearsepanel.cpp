#include "rehearsepanel.h"

#include "library/questionbank.h"
#include "stories/principlecatalogue.h"
#include "stories/storybank.h"
#include "stories/storyinsights.h"
#include "stories/storymarkdown.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace loopcraft {

namespace {

QString clockText(double seconds)
{
    const int s = static_cast<int>(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RehearsePanel::RehearsePanel(const StoryBank &bank, const PrincipleCatalogue &principles,
                             const QuestionBank &questions, QWidget *parent)
    : QWidget(parent), m_bank(bank), m_principles(principles), m_questions(questions)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(24);

    auto *left = new QVBoxLayout;
    layout->addLayout(left, 3);
    auto *intro =
        new QLabel(tr("Pick a principle or a question and a story, press Start and tell the story out "
                      "loud as you would in the interview. Stop when you are done, then check what "
                      "you covered."),
                   this);
    intro->setWordWrap(true);
    left->addWidget(intro);
    auto *form = new QFormLayout;
    m_principleBox = new QComboBox(this);
    m_principleBox->setObjectName(QStringLiteral("rehearsePrinciple"));
    for (const LeadershipPrinciple &principle : principles.principles())
        m_principleBox->addItem(principle.name, principle.id);
    m_questionBox = new QComboBox(this);
    m_questionBox->setObjectName(QStringLiteral("rehearseQuestion"));
    m_questionBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_questionBox->setMinimumContentsLength(30);
    m_storyBox = new QComboBox(this);
    m_storyBox->setObjectName(QStringLiteral("rehearseStory"));
    m_storyBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_storyBox->setMinimumContentsLength(30);
    form->addRow(tr("&Principle"), m_principleBox);
    form->addRow(tr("&Question"), m_questionBox);
    form->addRow(tr("S&tory"), m_storyBox);
    left->addLayout(form);

    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.25);
    m_prompt->setFont(promptFont);
    m_prompt->setMargin(8);
    left->addWidget(m_prompt);

    m_showStory = new QCheckBox(tr("Show the story while I talk"), this);
    left->addWidget(m_showStory);
    m_storyView = new QTextBrowser(this);
    m_storyView->setVisible(false);
    left->addWidget(m_storyView, 1);
    left->addStretch(0);

    auto *right = new QVBoxLayout;
    layout->addLayout(right, 2);
    m_clock = new QLabel(clockText(0), this);
    m_clock->setObjectName(QStringLiteral("rehearseClock"));
    QFont clockFont = m_clock->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 3.2);
    clockFont.setWeight(QFont::DemiBold);
    clockFont.setStyleHint(QFont::Monospace);
    m_clock->setFont(clockFont);
    m_clock->setAlignment(Qt::AlignCenter);
    right->addWidget(m_clock);
    m_clockHint = new QLabel(tr("Aim for 1:30 to 3:00."), this);
    m_clockHint->setAlignment(Qt::AlignCenter);
    right->addWidget(m_clockHint);
    m_startStop = new QPushButton(tr("Start (Ctrl+Return)"), this);
    m_startStop->setObjectName(QStringLiteral("rehearseStart"));
    right->addWidget(m_startStop);
    right->addSpacing(12);
    right->addWidget(new QLabel(tr("Self-check: what did you cover?"), this));
    m_check = new QListWidget(this);
    m_check->setObjectName(QStringLiteral("rehearseCheck"));
    m_check->setWordWrap(true);
    m_check->setSpacing(3);
    right->addWidget(m_check, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    right->addWidget(m_summary);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &RehearsePanel::tick);
    connect(m_startStop, &QPushButton::clicked, this, &RehearsePanel::toggle);
    connect(m_principleBox, &QComboBox::currentIndexChanged, this, [this] {
        fillQuestions();
        fillStories();
    });
    connect(m_questionBox, &QComboBox::currentIndexChanged, this, &RehearsePanel::showStory);
    connect(m_storyBox, &QComboBox::currentIndexChanged, this, &RehearsePanel::showStory);
    connect(m_showStory, &QCheckBox::toggled, m_storyView, &QWidget::setVisible);
    connect(m_check, &QListWidget::itemChanged, this, &RehearsePanel::updateSummary);

    fillQuestions();
    fillStories();
}

QString RehearsePanel::currentPrinciple() const
{
    return m_principleBox->currentData().toString();
}
QString RehearsePanel::currentStory() const
{
    return m_storyBox->currentData().toString();
}

void RehearsePanel::reload()
{
    const QString story = currentStory();
    fillStories();
    chooseStory(story);
}

void RehearsePanel::choosePrinciple(const QString &principleId)
{
    const int index = m_principleBox->findData(principleId);
    if (index >= 0)
        m_principleBox->setCurrentIndex(index);
}

void RehearsePanel::chooseStory(const QString &storyId)
{
    const int index = m_storyBox->findData(storyId);
    if (index >= 0)
        m_storyBox->setCurrentIndex(index);
}

void RehearsePanel::fillQuestions()
{
    const QSignalBlocker blocker(m_questionBox);
    m_questionBox->clear();
    const QString principleId = currentPrinciple();
    m_questionBox->addItem(tr("Any question about this principle"), QString());
    QStringList ids;
    if (const LeadershipPrinciple *principle = m_principles.find(principleId))
        ids = principle->questions;
    for (const Question &question : m_questions.questions())
        if (question.principles.contains(principleId) && !ids.contains(question.id))
            ids << question.id;
    for (const QString &id : ids)
        if (const Question *question = m_questions.find(id))
            m_questionBox->addItem(question->title, id);

    // The self-check is the principle's listen-for points.
    m_check->clear();
    if (const LeadershipPrinciple *principle = m_principles.find(principleId)) {
        QStringList points = principle->listenFor;
        if (points.isEmpty())
            points = {tr("I said what I did, in the first person"),
                      tr("I named a decision and its trade-off"), tr("I gave a measurable result"),
                      tr("I said what I learned")};
        for (const QString &point : points) {
            auto *item = new QListWidgetItem(point, m_check);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    showStory();
}

void RehearsePanel::fillStories()
{
    const QSignalBlocker blocker(m_storyBox);
    m_storyBox->clear();
    const QString principleId = currentPrinciple();
    QList<const Story *> others;
    for (const Story *story : m_bank.activeStories()) {
        const QString title =
            story->title.trimmed().isEmpty() ? tr("Untitled story") : story->title.trimmed();
        if (story->principles.contains(principleId))
            m_storyBox->addItem(title, story->id);
        else
            others << story;
    }
    if (!others.isEmpty() && m_storyBox->count() > 0)
        m_storyBox->insertSeparator(m_storyBox->count());
    for (const Story *story : others)
        m_storyBox->addItem(
            tr("%1 (not tagged)")
                .arg(story->title.trimmed().isEmpty() ? tr("Untitled story") : story->title.trimmed()),
            story->id);
    if (m_storyBox->count() == 0)
        m_storyBox->addItem(tr("No stories yet: write one first (Ctrl+N)"), QString());
    showStory();
}

void RehearsePanel::showStory()
{
    const QString questionId = m_questionBox->currentData().toString();
    const Question *question = questionId.isEmpty() ? nullptr : m_questions.find(questionId);
    const QString principle = m_principleBox->currentText();
    m_prompt->setText(question ? question->prompt
                               : tr("Tell me about a time you showed %1.")
                                     .arg(principle.isEmpty() ? tr("a Leadership "
                                                                   "Principle")
                                                              : principle));
    const Story *story = m_bank.find(currentStory());
    m_storyView->setMarkdown(story ? StoryMarkdown::story(*story, &m_principles) : QString());
    if (story) {
        const StoryInsights insights = StoryInsights::compute(*story, m_bank.wordsPerMinute());
        m_clockHint->setText(tr("Aim for 1:30 to 3:00. Written, this story is about %1.")
                                 .arg(clockText(insights.speakingSeconds)));
    } else {
        m_clockHint->setText(tr("Aim for 1:30 to 3:00."));
    }
}

void RehearsePanel::toggle()
{
    m_running ? stop() : start();
}

void RehearsePanel::start()
{
    m_running = true;
    m_elapsed.start();
    m_stoppedAtMs = 0;
    for (int i = 0; i < m_check->count(); ++i)
        m_check->item(i)->setCheckState(Qt::Unchecked);
    m_check->setEnabled(false);
    m_startStop->setText(tr("Stop (Ctrl+Return)"));
    m_summary->setText(tr("Talking… the clock turns red after 3:00."));
    m_ticker->start();
    tick();
}

void RehearsePanel::stop()
{
    if (!m_running)
        return;
    m_stoppedAtMs = m_elapsed.elapsed();
    m_running = false;
    m_ticker->stop();
    tick();
    m_startStop->setText(tr("Start again (Ctrl+Return)"));
    m_check->setEnabled(true);
    if (m_check->count() > 0)
        m_check->setFocus();
    updateSummary();
}

double RehearsePanel::elapsedSeconds() const
{
    return (m_running ? m_elapsed.elapsed() : m_stoppedAtMs) / 1000.0;
}

void RehearsePanel::tick()
{
    const double seconds = elapsedSeconds();
    m_clock->setText(clockText(seconds));
    QPalette palette = m_clock->palette();
    palette.setColor(QPalette::WindowText, seconds > 180   ? QColor(214, 80, 70)
                                           : seconds >= 90 ? QColor(46, 160, 90)
                                                           : this->palette().color(QPalette::WindowText));
    m_clock->setPalette(palette);
}

void RehearsePanel::updateSummary()
{
    if (m_running || m_stoppedAtMs == 0)
        return;
    int checked = 0;
    for (int i = 0; i < m_check->count(); ++i)
        checked += m_check->item(i)->checkState() == Qt::Checked ? 1 : 0;
    const double seconds = elapsedSeconds();
    const QString timing = seconds < 90    ? tr("short of 1:30")
                           : seconds > 180 ? tr("over 3:00")
                                           : tr("within 1:30 to 3:00");
    m_summary->setText(tr("You spoke for %1 (%2). Covered %3 of %4 points.")
                           .arg(clockText(seconds), timing)
                           .arg(checked)
                           .arg(m_check->count()));
}

QString RehearsePanel::summaryText() const
{
    return m_summary->text();
}

} // namespace loopcraft
