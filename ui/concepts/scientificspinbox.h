#pragma once

#include <QDoubleSpinBox>

namespace loopcraft {

// A spin box that shows and accepts 1e-05-style numbers, for values spanning many decades (λ, lr).
class ScientificSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit ScientificSpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;
    // Steps multiply by about 1.26 (ten steps a decade) rather than adding a constant.
    void stepBy(int steps) override;
};

} // namespace loopcraft
