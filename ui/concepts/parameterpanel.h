#pragma once

#include "concepts/parameterspec.h"

#include <QWidget>
#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QSlider;
QT_END_NAMESPACE

namespace loopcraft {

// Sliders, spin boxes and combo boxes built from a concept's parameter spec: the one place
// the page's controls come from, so they accept exactly what the command line accepts.
// λ and the learning rate get log sliders; changed() fires on every user edit (consumers coalesce).
class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(const concepts::ConceptSpec &spec, QWidget *parent = nullptr);

    const concepts::ConceptSpec &spec() const { return m_spec; }
    const concepts::ParamMap &values() const { return m_values; }
    // Set without a changed() per control: one changed() at the end when anything moved.
    void setValues(const concepts::ParamMap &values);
    void setValue(const std::string &name, const concepts::ParamValue &value);
    void resetToDefaults();

    QSlider *slider(const QString &name) const;
    QDoubleSpinBox *spinBox(const QString &name) const;
    QComboBox *comboBox(const QString &name) const;

    static QString labelFor(const concepts::ParameterSpec &spec);
    static QString choiceLabel(const QString &name, const QString &id);

signals:
    void changed();

private:
    struct Control {
        const concepts::ParameterSpec *spec = nullptr;
        QSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
        QComboBox *combo = nullptr;
    };

    int sliderPosition(const Control &control, double value) const;
    double sliderValue(const Control &control, int position) const;
    // The stored value into the widgets, signals blocked; a dragged slider is left where the hand is.
    void show(const Control &control, bool skipSlider = false);
    void store(const Control &control, const concepts::ParamValue &value, bool fromSlider = false);

    const concepts::ConceptSpec &m_spec;
    std::vector<Control> m_controls;
    concepts::ParamMap m_values;
};

} // namespace loopcraft
