#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>

namespace loopcraft {

// The links between rooms. A page asks the navigator to show something elsewhere; the shell
// switches pages and the receiving page listens for its own signal. Pages never know each other.
class Navigator : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    static QStringList pageIds();  // "library", "practice", "concepts", "stories"

public slots:
    void showPage(const QString &pageId) { emit pageRequested(pageId); }
    void openConcept(const QString &conceptPage, const QVariantMap &params)
    {
        emit pageRequested(QStringLiteral("concepts"));
        emit conceptRequested(conceptPage, params);
    }
    void openQuestion(const QString &questionId)
    {
        emit pageRequested(QStringLiteral("library"));
        emit questionRequested(questionId);
    }
    void openPrinciple(const QString &principleId)
    {
        emit pageRequested(QStringLiteral("stories"));
        emit principleRequested(principleId);
    }
    // Short feedback for the status bar ("Saved", "Exported chart.png").
    void notify(const QString &message, int timeoutMs = 3000) { emit statusMessage(message, timeoutMs); }

signals:
    void pageRequested(const QString &pageId);
    void conceptRequested(const QString &conceptPage, const QVariantMap &params);
    void questionRequested(const QString &questionId);
    void principleRequested(const QString &principleId);
    void statusMessage(const QString &message, int timeoutMs);
};

} // namespace loopcraft
