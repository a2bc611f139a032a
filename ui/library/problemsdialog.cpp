#include "problemsdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loopcraft {

ProblemsDialog::ProblemsDialog(const QList<LoadProblem> &problems, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Problems in the question decks"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        problems.isEmpty() ? tr("Every deck loaded cleanly.")
                           : tr("These entries could not be loaded and were skipped; everything else is in "
                                "the library. Fix the file and restart Loopcraft to load them."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *table = new QTableWidget(int(problems.size()), 4, this);
    table->setObjectName(QStringLiteral("problemsTable"));
    table->setHorizontalHeaderLabels({tr("File"), tr("Question"), tr("Field"), tr("What is wrong")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    for (int i = 0; i < problems.size(); ++i) {
        const LoadProblem &p = problems[i];
        auto *file = new QTableWidgetItem(QFileInfo(p.file).fileName());
        file->setToolTip(p.file);
        table->setItem(i, 0, file);
        table->setItem(i, 1, new QTableWidgetItem(p.itemId));
        table->setItem(i, 2, new QTableWidgetItem(p.field));
        auto *message = new QTableWidgetItem(p.message);
        message->setToolTip(p.toString());
        table->setItem(i, 3, message);
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->resizeRowsToContents();
    layout->addWidget(table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 420);
}

} // namespace loopcraft
