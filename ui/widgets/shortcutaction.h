#pragma once

#include <QAction>
#include <QKeySequence>
#include <QString>
#include <QWidget>
#include <utility>

namespace loopcraft {

// An action with a key, added to owner: the key works while owner or a child has focus (or per
// context), and the shortcuts dialog, which lists live actions, shows it.
template <typename Slot>
QAction *addShortcutAction(QWidget *owner, const QString &text, const QKeySequence &key, Slot slot,
                           Qt::ShortcutContext context = Qt::WidgetWithChildrenShortcut)
{
    auto *action = new QAction(text, owner);
    action->setShortcut(key);
    action->setShortcutContext(context);
    QObject::connect(action, &QAction::triggered, owner, std::move(slot));
    owner->addAction(action);
    return action;
}

} // namespace loopcraft
