#include "insightspanel.h"

#include "speakingtimebar.h"
#include "stories/storyinsights.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loopcraft {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QLabel *verdict(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString good(const QString &text)
{
    return QStringLiteral("<span style='color:#2e9d57'>✓</span> ") + text;
}
QString bad(const QString &text)
{
    return QStringLiteral("<span style='color:#d9534f'>✗</span> ") + text;
}

QString minutes(double seconds)
{
    const int s = qRound(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

InsightsPanel::InsightsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(6);

    auto *title = new QLabel(tr("Live feedback"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    layout->addWidget(title);

    layout->addWidget(heading(tr("Speaking time"), this));
    m_time = verdict(this);
    m_time->setObjectName(QStringLiteral("timeVerdict"));
    layout->addWidget(m_time);
    m_timeBar = new SpeakingTimeBar(this);
    layout->addWidget(m_timeBar);
    auto *paceRow = new QHBoxLayout;
    auto *paceLabel = new QLabel(tr("Your pace"), this);
    m_pace = new QSpinBox(this);
    m_pace->setObjectName(QStringLiteral("pace"));
    m_pace->setRange(60, 260);
    m_pace->setSingleStep(5);
    m_pace->setValue(140);
    m_pace->setSuffix(tr(" words/min"));
    m_pace->setToolTip(tr("Read a story aloud with a timer to find your own pace"));
    paceLabel->setBuddy(m_pace);
    paceRow->addWidget(paceLabel);
    paceRow->addWidget(m_pace, 1);
    layout->addLayout(paceRow);
    connect(m_pace, &QSpinBox::valueChanged, this, [this](int value) { emit wordsPerMinuteChanged(value); });

    layout->addSpacing(6);
    layout->addWidget(heading(tr("Balance"), this));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    for (const Story::Section which : Story::kSections) {
        const auto index = static_cast<std::size_t>(which);
        const int row = static_cast<int>(index);
        grid->addWidget(new QLabel(Story::sectionTitle(which), this), row, 0);
        m_balanceBars[index] = new QProgressBar(this);
        m_balanceBars[index]->setRange(0, 100);
        m_balanceBars[index]->setTextVisible(false);
        m_balanceBars[index]->setFixedHeight(8);
        grid->addWidget(m_balanceBars[index], row, 1);
        m_balanceLabels[index] = new QLabel(this);
        m_balanceLabels[index]->setMinimumWidth(36);
        m_balanceLabels[index]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(m_balanceLabels[index], row, 2);
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_balance = verdict(this);
    layout->addWidget(m_balance);

    layout->addSpacing(6);
    layout->addWidget(heading(tr("\"I\" and \"we\""), this));
    m_pronouns = verdict(this);
    layout->addWidget(m_pronouns);

    layout->addSpacing(6);
    layout->addWidget(heading(tr("Measurable result"), this));
    m_result = verdict(this);
    m_result->setObjectName(QStringLiteral("resultVerdict"));
    layout->addWidget(m_result);

    layout->addSpacing(6);
    layout->addWidget(heading(tr("Filler and hedge words"), this));
    m_fillers = verdict(this);
    layout->addWidget(m_fillers);

    layout->addSpacing(6);
    layout->addWidget(heading(tr("Sections"), this));
    m_missing = verdict(this);
    layout->addWidget(m_missing);

    layout->addSpacing(8);
    m_highlight = new QCheckBox(tr("Highlight \"we\" and filler words"), this);
    m_highlight->setObjectName(QStringLiteral("highlightSwitch"));
    m_highlight->setChecked(true);
    layout->addWidget(m_highlight);
    connect(m_highlight, &QCheckBox::toggled, this, &InsightsPanel::highlightingToggled);
    layout->addStretch(1);

    showInsights(StoryInsights::compute(std::array<QString, 4>{}));
}

void InsightsPanel::setWordsPerMinute(double wpm)
{
    const QSignalBlocker blocker(m_pace);
    m_pace->setValue(qRound(wpm));
}

void InsightsPanel::showInsights(const StoryInsights &insights)
{
    const QString spoken = minutes(insights.speakingSeconds);
    switch (insights.pace) {
    case StoryInsights::Pace::Empty:
        m_time->setText(tr("Nothing to say yet: aim for 1:30 to 3:00 when spoken."));
        break;
    case StoryInsights::Pace::TooShort:
        m_time->setText(
            bad(tr("%1 (%n words): short of 1:30; add detail to the Action.", nullptr, insights.totalWords)
                    .arg(spoken)));
        break;
    case StoryInsights::Pace::OnTarget:
        m_time->setText(
            good(tr("%1 (%n words): within 1:30 to 3:00.", nullptr, insights.totalWords).arg(spoken)));
        break;
    case StoryInsights::Pace::TooLong:
        m_time->setText(bad(
            tr("%1 (%n words): over 3:00; trim the Situation and Task first.", nullptr, insights.totalWords)
                .arg(spoken)));
        break;
    }
    m_timeBar->setSeconds(insights.speakingSeconds, StoryInsights::kTargetMinSeconds,
                          StoryInsights::kTargetMaxSeconds);

    for (const Story::Section which : Story::kSections) {
        const auto index = static_cast<std::size_t>(which);
        const int percent = qRound(insights.share(which) * 100);
        m_balanceBars[index]->setValue(percent);
        m_balanceLabels[index]->setText(tr("%1 %").arg(percent));
    }
    if (insights.totalWords == 0)
        m_balance->setText(tr("Most of a strong story is Action: what you did."));
    else if (insights.actionHoldsMost)
        m_balance->setText(good(tr("Action holds the most words.")));
    else
        m_balance->setText(bad(tr("Most words belong in Action; shorten the other sections.")));

    if (insights.iCount == 0 && insights.weCount == 0)
        m_pronouns->setText(tr("Tell it in the first person: \"I decided\", \"I built\"."));
    else if (insights.weCount > insights.iCount)
        m_pronouns->setText(bad(tr("\"I\" %1 · \"we\" %2: interviewers hire you, not the team. Turn the "
                                   "highlighted \"we\"s into what you did.")
                                    .arg(insights.iCount)
                                    .arg(insights.weCount)));
    else
        m_pronouns->setText(good(tr("\"I\" %1 · \"we\" %2.").arg(insights.iCount).arg(insights.weCount)));

    if (insights.measurableResult()) {
        QStringList evidence;
        for (const Measure &measure : insights.resultMeasures)
            if (evidence.size() < 4 && !evidence.contains(measure.text.toHtmlEscaped()))
                evidence << measure.text.toHtmlEscaped();
        m_result->setText(good(tr("Measurable: %1").arg(evidence.join(QStringLiteral(", ")))));
    } else {
        m_result->setText(bad(tr("No number yet: add a %, a time, money or a count to the Result.")));
    }

    if (insights.fillerTotal == 0) {
        m_fillers->setText(good(tr("None: clear and direct.")));
    } else {
        QStringList parts;
        for (auto it = insights.fillerCounts.cbegin(); it != insights.fillerCounts.cend(); ++it)
            parts << (it.value() > 1 ? tr("%1 ×%2").arg(it.key()).arg(it.value()) : it.key());
        m_fillers->setText(
            bad(tr("%1. Cut them or say it with certainty.").arg(parts.join(QStringLiteral(", ")))));
    }

    if (insights.missingSections.isEmpty()) {
        m_missing->setText(good(tr("All four sections written.")));
    } else {
        QStringList names;
        for (const Story::Section which : insights.missingSections)
            names << Story::sectionTitle(which);
        m_missing->setText(bad(tr("Missing: %1.").arg(names.join(QStringLiteral(", ")))));
    }
}

namespace {
QString plain(const QLabel *label)
{
    QString text = label->text();
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text;
}
} // namespace

QString InsightsPanel::timeText() const
{
    return plain(m_time);
}
QString InsightsPanel::resultText() const
{
    return plain(m_result);
}
QString InsightsPanel::fillerText() const
{
    return plain(m_fillers);
}
QString InsightsPanel::pronounText() const
{
    return plain(m_pronouns);
}
QString InsightsPanel::missingText() const
{
    return plain(m_missing);
}
QString InsightsPanel::balanceText() const
{
    return plain(m_balance);
}

} // namespace loopcraft
