#include "scientificspinbox.h"

#include <cmath>

namespace loopcraft {

ScientificSpinBox::ScientificSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    setDecimals(12);  // so the spin box does not round small values away
}

QString ScientificSpinBox::textFromValue(double value) const
{
    return locale().toString(value, 'g', 3);
}

double ScientificSpinBox::valueFromText(const QString &text) const
{
    bool ok = false;
    const double value = locale().toDouble(text.trimmed(), &ok);
    return ok ? value : QString(text).trimmed().toDouble();
}

QValidator::State ScientificSpinBox::validate(QString &text, int &) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(QLatin1Char('e'), Qt::CaseInsensitive) || trimmed == QLatin1String("-") ||
        trimmed.endsWith(QLatin1String("e-"), Qt::CaseInsensitive))
        return QValidator::Intermediate;
    bool ok = false;
    const double value = locale().toDouble(trimmed, &ok);
    if (!ok)
        trimmed.toDouble(&ok);
    if (!ok)
        return QValidator::Invalid;
    return value >= minimum() && value <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

void ScientificSpinBox::stepBy(int steps)
{
    double current = value();
    if (current <= 0.0) {
        current = steps > 0 ? std::max(minimum(), 1e-8) : 0.0;
    } else {
        current *= std::pow(10.0, 0.1 * steps);
        if (current < 1e-8 && minimum() <= 0.0)
            current = 0.0;
    }
    setValue(std::clamp(current, minimum(), maximum()));
}

} // namespace loopcraft
