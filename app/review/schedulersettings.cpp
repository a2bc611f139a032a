#include "schedulersettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace loopcraft {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchedulerSettings", text);
}

} // namespace

std::optional<QList<int>> SchedulerSettings::parseSteps(const QString &text, QString *error)
{
    static const QRegularExpression step(QStringLiteral("^(\\d{1,6})([smhd]?)$"));
    QList<int> seconds;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
        const auto match = step.match(part.toLower());
        if (!match.hasMatch()) {
            if (error)
                *error = tr("\"%1\" is not a step; write a number with s, m, h or d, e.g. 1m 10m.").arg(part);
            return std::nullopt;
        }
        const qint64 unit = match.captured(2) == QLatin1String("s") ? 1
            : match.captured(2) == QLatin1String("h")               ? 3600
            : match.captured(2) == QLatin1String("d")               ? 86400
                                                                    : 60; // minutes when no unit is given
        const qint64 value = match.captured(1).toLongLong() * unit;
        if (value < 1 || value > kMaximumStepSeconds) {
            if (error)
                *error = tr("\"%1\" is out of range: a step lasts from 1 second to 1 day.").arg(part);
            return std::nullopt;
        }
        seconds << int(value);
    }
    if (seconds.size() > kMaximumSteps) {
        if (error)
            *error = tr("At most %1 steps.").arg(kMaximumSteps);
        return std::nullopt;
    }
    return seconds;
}

QString SchedulerSettings::formatSteps(const QList<int> &seconds)
{
    QStringList parts;
    for (const int s : seconds) {
        if (s % 86400 == 0)
            parts << QStringLiteral("%1d").arg(s / 86400);
        else if (s % 3600 == 0)
            parts << QStringLiteral("%1h").arg(s / 3600);
        else if (s % 60 == 0)
            parts << QStringLiteral("%1m").arg(s / 60);
        else
            parts << QStringLiteral("%1s").arg(s);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace loopcraft
