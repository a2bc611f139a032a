#include "speakingtimebar.h"

#include <algorithm>
#include <QPainter>
#include <QPainterPath>

namespace loopcraft {

SpeakingTimeBar::SpeakingTimeBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SpeakingTimeBar::setSeconds(double seconds, double targetMin, double targetMax)
{
    m_seconds = seconds;
    m_min = targetMin;
    m_max = targetMax;
    setAccessibleDescription(
        tr("%1 seconds; target %2 to %3 seconds").arg(qRound(seconds)).arg(m_min).arg(m_max));
    update();
}

void SpeakingTimeBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double scale = std::max(m_max * 4.0 / 3.0, m_seconds * 1.05);
    const QRectF track(1, 2, width() - 2, 12);
    auto xOf = [&](double s) { return track.left() + track.width() * std::clamp(s / scale, 0.0, 1.0); };

    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Mid));
    painter.drawRoundedRect(track, 6, 6);
    const QRectF band(QPointF(xOf(m_min), track.top()), QPointF(xOf(m_max), track.bottom()));
    painter.setBrush(QColor(46, 160, 90, 110));
    painter.drawRect(band);

    const bool onTarget = m_seconds >= m_min && m_seconds <= m_max;
    const QColor fill =
        onTarget ? QColor(46, 160, 90) : (m_seconds > m_max ? QColor(214, 80, 70) : QColor(230, 150, 30));
    if (m_seconds > 0) {
        QPainterPath path;
        path.addRoundedRect(
            QRectF(track.left(), track.top() + 3, xOf(m_seconds) - track.left(), track.height() - 6), 3, 3);
        painter.fillPath(path, fill);
    }

    painter.setPen(palette().color(QPalette::WindowText));
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    auto label = [](double s) {
        return QStringLiteral("%1:%2").arg(int(s) / 60).arg(int(s) % 60, 2, 10, QLatin1Char('0'));
    };
    const double textTop = track.bottom() + 2;
    painter.drawText(QRectF(xOf(m_min) - 30, textTop, 60, 18), Qt::AlignHCenter | Qt::AlignTop, label(m_min));
    painter.drawText(QRectF(xOf(m_max) - 30, textTop, 60, 18), Qt::AlignHCenter | Qt::AlignTop, label(m_max));
}

} // namespace loopcraft
