#include "storylistmodel.h"

#include "stories/principlecatalogue.h"
#include "stories/storybank.h"
#include "stories/storyinsights.h"

#include <QLocale>

namespace loopcraft {

StoryListModel::StoryListModel(const StoryBank &bank, const PrincipleCatalogue &principles, QObject *parent)
    : QAbstractListModel(parent), m_bank(bank), m_principles(principles)
{
    reload();
}

int StoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

QVariant StoryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const Story *story = m_bank.find(m_ids[index.row()]);
    if (!story)
        return {};
    const QString title = story->title.trimmed().isEmpty() ? tr("Untitled story") : story->title.trimmed();
    auto words = [story] {
        int total = 0;
        for (const QString &section : story->sections)
            total += StoryInsights::countWords(section);
        return total;
    };
    switch (role) {
    case Qt::DisplayRole:
    case SubtitleRole: {
        QStringList names;
        for (const QString &id : story->principles)
            names << m_principles.nameOf(id);
        const QString line = names.isEmpty() ? tr("No principle yet") : names.join(QStringLiteral(", "));
        return role == SubtitleRole ? line : title + QLatin1Char('\n') + line;
    }
    case Qt::ToolTipRole:
        return tr("%1\n%n words, last edited %2", nullptr, words())
            .arg(title, QLocale().toString(story->modified.toLocalTime(), QLocale::ShortFormat));
    case Qt::AccessibleTextRole:
    case TitleRole:
        return title;
    case IdRole:
        return story->id;
    case ModifiedRole:
        return story->modified;
    case CreatedRole:
        return story->created;
    case WordsRole:
        return words();
    case PrinciplesRole:
        return story->principles;
    case TagsRole:
        return story->tags;
    case SearchTextRole: {
        QStringList all{story->title, story->role, story->team, story->notes,
                        story->tags.join(QLatin1Char(' '))};
        for (const QString &section : story->sections)
            all << section;
        for (const QString &id : story->principles)
            all << m_principles.nameOf(id);
        if (story->year > 0)
            all << QString::number(story->year);
        return all.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

void StoryListModel::reload()
{
    beginResetModel();
    m_ids.clear();
    for (const Story *story : m_bank.activeStories())
        m_ids << story->id;
    endResetModel();
}

void StoryListModel::storyChanged(const QString &id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

} // namespace loopcraft
