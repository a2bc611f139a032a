#include "coverageview.h"

#include "coveragemodel.h"
#include "library/questionbank.h"
#include "stories/principlecatalogue.h"
#include "stories/storybank.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace loopcraft {

CoverageView::CoverageView(const StoryBank &bank, const PrincipleCatalogue &principles,
                           const QuestionBank &questions, QWidget *parent)
    : QWidget(parent), m_bank(bank), m_principles(principles), m_questionBank(questions)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    m_model = new CoverageModel(bank, principles, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Story columns wide enough for a few words of the title; the header elides the rest.
    m_table->horizontalHeader()->setDefaultSectionSize(104);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setSectionsClickable(true);
    m_table->setAccessibleName(tr("Coverage of the Leadership Principles by your stories"));
    splitter->addWidget(m_table);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    m_detail = new QTextBrowser(side);
    m_detail->setObjectName(QStringLiteral("principleDetail"));
    m_detail->setOpenLinks(false);
    sideLayout->addWidget(m_detail, 3);
    sideLayout->addWidget(new QLabel(tr("Typical questions (open in the Library)"), side));
    m_questions = new QListWidget(side);
    m_questions->setObjectName(QStringLiteral("principleQuestions"));
    m_questions->setWordWrap(true);
    m_questions->setSpacing(3);
    sideLayout->addWidget(m_questions, 2);
    sideLayout->addWidget(new QLabel(tr("Your stories for it"), side));
    m_stories = new QListWidget(side);
    sideLayout->addWidget(m_stories, 1);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto choose = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const QString principle = m_model->principleAt(index.row());
        showPrinciple(principle);
        const QString story = index.data(CoverageModel::StoryIdRole).toString();
        if (index.column() > 0 && !story.isEmpty())
            emit storyChosen(principle, story);
        else
            emit principleChosen(principle);
    };
    connect(m_table, &QTableView::clicked, this, choose);
    connect(m_table, &QTableView::activated, this, choose);
    connect(m_table->verticalHeader(), &QHeaderView::sectionClicked, this, [this](int row) {
        const QString principle = m_model->principleAt(row);
        showPrinciple(principle);
        emit principleChosen(principle);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showPrinciple(m_model->principleAt(current.row()));
            });
    connect(m_questions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const QString id = item->data(Qt::UserRole).toString(); !id.isEmpty())
            emit questionChosen(id);
    });
    connect(m_questions, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const QString id = item->data(Qt::UserRole).toString(); !id.isEmpty())
            emit questionChosen(id);
    });
    connect(m_stories, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit storyChosen(m_current, item->data(Qt::UserRole).toString());
    });

    reload();
}

void CoverageView::reload()
{
    m_model->reload();
    m_table->setColumnWidth(0, 64);
    const int total = m_model->rowCount();
    const int gaps = m_model->gapCount();
    m_summary->setText(
        m_bank.activeCount() == 0
            ? tr("Write stories and tag them with principles: this matrix shows which of the %n "
                 "principles you can prove and where the gaps are.",
                 nullptr, total)
            : tr("%1 of %2 principles have at least one story; %n gaps. Click a principle for its "
                 "questions, or a cell to open the story.",
                 nullptr, gaps)
                  .arg(total - gaps)
                  .arg(total));
    showPrinciple(m_current.isEmpty() ? m_model->principleAt(0) : m_current);
}

QStringList CoverageView::questionsFor(const QString &principleId) const
{
    QStringList ids;
    if (const LeadershipPrinciple *principle = m_principles.find(principleId))
        for (const QString &id : principle->questions)
            if (m_questionBank.find(id) && !ids.contains(id))
                ids << id;
    for (const Question &question : m_questionBank.questions())
        if (question.principles.contains(principleId) && !ids.contains(question.id))
            ids << question.id;
    return ids;
}

void CoverageView::showPrinciple(const QString &principleId)
{
    m_current = principleId;
    const LeadershipPrinciple *principle = m_principles.find(principleId);
    if (!principle) {
        m_detail->setMarkdown(tr("No principles are loaded."));
        m_questions->clear();
        m_stories->clear();
        return;
    }
    if (const int row = m_model->rowOf(principleId); row >= 0 && m_table->currentIndex().row() != row) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
    QString md = QStringLiteral("## %1\n\n").arg(principle->name);
    if (!principle->description.isEmpty())
        md += principle->description + QStringLiteral("\n\n");
    else if (!principle->summary.isEmpty())
        md += principle->summary + QStringLiteral("\n\n");
    if (!principle->listenFor.isEmpty()) {
        md += tr("**What interviewers listen for**") + QStringLiteral("\n\n");
        for (const QString &point : principle->listenFor)
            md += QStringLiteral("- ") + point + QLatin1Char('\n');
    }
    m_detail->setMarkdown(md);

    m_questions->clear();
    for (const QString &id : questionsFor(principleId)) {
        const Question *question = m_questionBank.find(id);
        auto *item =
            new QListWidgetItem(question->prompt.isEmpty() ? question->title : question->prompt, m_questions);
        item->setData(Qt::UserRole, id);
        item->setToolTip(tr("Open in the Library"));
    }
    if (m_questions->count() == 0) {
        auto *item =
            new QListWidgetItem(tr("No questions in the Library for this principle yet."), m_questions);
        item->setFlags(Qt::NoItemFlags);
    }

    m_stories->clear();
    for (const StorySummary &story : m_bank.storiesForPrinciple(principleId)) {
        auto *item = new QListWidgetItem(story.title.trimmed().isEmpty() ? tr("Untitled story") : story.title,
                                         m_stories);
        item->setData(Qt::UserRole, story.id);
    }
    if (m_stories->count() == 0) {
        auto *item =
            new QListWidgetItem(tr("A gap: no story yet. Tag one, or write one (Ctrl+N)."), m_stories);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace loopcraft
