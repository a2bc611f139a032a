#include "parameterpanel.h"

#include "scientificspinbox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <cmath>

namespace loopcraft {

using concepts::ParameterSpec;
using concepts::ParamValue;

namespace {

constexpr int kSliderSteps = 1000;

} // namespace

QString ParameterPanel::labelFor(const ParameterSpec &spec)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("degree"), QT_TR_NOOP("&Degree")},
        {QStringLiteral("samples"), QT_TR_NOOP("&Samples")},
        {QStringLiteral("noise"), QT_TR_NOOP("&Noise σ")},
        {QStringLiteral("lambda"), QT_TR_NOOP("λ (&L2 penalty)")},
        {QStringLiteral("function"), QT_TR_NOOP("F&unction")},
        {QStringLiteral("seed"), QT_TR_NOOP("S&eed")},
        {QStringLiteral("datasets"), QT_TR_NOOP("D&atasets L")},
        {QStringLiteral("surface"), QT_TR_NOOP("S&urface")},
        {QStringLiteral("optimizer"), QT_TR_NOOP("&Optimizer")},
        {QStringLiteral("lr"), QT_TR_NOOP("&Learning rate")},
        {QStringLiteral("momentum"), QT_TR_NOOP("&Momentum β")},
        {QStringLiteral("steps"), QT_TR_NOOP("S&teps")},
        {QStringLiteral("x0"), QT_TR_NOOP("Start &x")},
        {QStringLiteral("y0"), QT_TR_NOOP("Start &y")},
        {QStringLiteral("condition"), QT_TR_NOOP("&Condition κ")},
    };
    const auto it = labels.constFind(QString::fromStdString(spec.name));
    return it != labels.constEnd() ? tr(*it) : QString::fromStdString(spec.label);
}

QString ParameterPanel::choiceLabel(const QString &name, const QString &id)
{
    if (name == QLatin1String("function")) {
        if (id == QLatin1String("cos"))
            return tr("cos(1.5πx)");
        if (id == QLatin1String("sin"))
            return tr("sin(2πx)");
        if (id == QLatin1String("cubic"))
            return tr("Cubic");
    }
    if (name == QLatin1String("optimizer")) {
        static const QHash<QString, QString> names{
            {QStringLiteral("gd"), QStringLiteral("GD")},         {QStringLiteral("momentum"), QStringLiteral("Momentum")},
            {QStringLiteral("nesterov"), QStringLiteral("Nesterov")}, {QStringLiteral("adagrad"), QStringLiteral("Adagrad")},
            {QStringLiteral("rmsprop"), QStringLiteral("RMSprop")}, {QStringLiteral("adam"), QStringLiteral("Adam")}};
        return names.value(id, id);
    }
    if (name == QLatin1String("surface")) {
        if (id == QLatin1String("quadratic"))
            return tr("Quadratic bowl");
        if (id == QLatin1String("saddle"))
            return tr("Saddle");
        QString title = id;
        title[0] = title[0].toUpper();
        return title;
    }
    return id;
}

ParameterPanel::ParameterPanel(const concepts::ConceptSpec &spec, QWidget *parent) : QWidget(parent), m_spec(spec)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_values = spec.resolve({});

    for (const ParameterSpec &parameter : spec.parameters) {
        Control control;
        control.spec = &parameter;
        // Slots look the control up when they run: it is only complete once its row is built.
        const std::size_t index = m_controls.size();
        const QString name = QString::fromStdString(parameter.name);
        const QString tip = tr("%1: %2").arg(name, QString::fromStdString(parameter.describeRange()));
        auto *label = new QLabel(labelFor(parameter), this);
        QWidget *field = nullptr;
        if (parameter.kind == ParameterSpec::Kind::Choice) {
            control.combo = new QComboBox(this);
            control.combo->setObjectName(QStringLiteral("combo_") + name);
            for (const auto &choice : parameter.choices)
                control.combo->addItem(choiceLabel(name, QString::fromStdString(choice)), QString::fromStdString(choice));
            connect(control.combo, &QComboBox::currentIndexChanged, this, [this, index](int item) {
                const Control &c = m_controls[index];
                if (item >= 0)
                    store(c, c.combo->itemData(item).toString().toStdString());
            });
            field = control.combo;
            label->setBuddy(control.combo);
        } else {
            const bool log = parameter.logScale;
            control.spin = log ? new ScientificSpinBox(this) : new QDoubleSpinBox(this);
            control.spin->setObjectName(QStringLiteral("spin_") + name);
            control.spin->setRange(parameter.minimum, parameter.maximum);
            control.spin->setKeyboardTracking(false);
            control.spin->setAccelerated(true);
            if (!log) {
                const double span = parameter.maximum - parameter.minimum;
                const bool integer = parameter.kind == ParameterSpec::Kind::Integer;
                control.spin->setDecimals(integer ? 0 : span <= 1.0 ? 3 : 2);
                control.spin->setSingleStep(integer ? 1.0 : span <= 1.0 ? 0.01 : span <= 20 ? 0.1 : 1.0);
            }
            control.spin->setMinimumWidth(90);
            control.spin->setAlignment(Qt::AlignRight);
            connect(control.spin, &QDoubleSpinBox::valueChanged, this, [this, index](double v) { store(m_controls[index], v); });
            label->setBuddy(control.spin);
            // The seed has four billion values: a slider over it would be meaningless.
            if (parameter.name != "seed") {
                control.slider = new QSlider(Qt::Horizontal, this);
                control.slider->setObjectName(QStringLiteral("slider_") + name);
                control.slider->setAccessibleName(labelFor(parameter).remove(QLatin1Char('&')));
                const bool direct = parameter.kind == ParameterSpec::Kind::Integer;
                control.slider->setRange(direct ? int(parameter.minimum) : 0, direct ? int(parameter.maximum) : kSliderSteps);
                control.slider->setPageStep(direct ? std::max(1, int((parameter.maximum - parameter.minimum) / 10)) : 50);
                control.slider->setToolTip(tip);
                connect(control.slider, &QSlider::valueChanged, this,
                        [this, index](int position) {
                            store(m_controls[index], sliderValue(m_controls[index], position), true);
                        });
                auto *row = new QWidget(this);
                auto *rowLayout = new QHBoxLayout(row);
                rowLayout->setContentsMargins(0, 0, 0, 0);
                rowLayout->addWidget(control.slider, 1);
                rowLayout->addWidget(control.spin);
                field = row;
            } else {
                field = control.spin;
            }
        }
        (control.combo ? static_cast<QWidget *>(control.combo) : control.spin)->setToolTip(tip);
        form->addRow(label, field);
        m_controls.push_back(control);
        show(control);
    }
}

int ParameterPanel::sliderPosition(const Control &control, double value) const
{
    const ParameterSpec &p = *control.spec;
    if (p.kind == ParameterSpec::Kind::Integer)
        return int(std::lround(value));
    if (p.logScale) {
        const bool zeroAllowed = p.minimum <= 0.0;
        if (zeroAllowed && value < p.logFloor)
            return 0;
        const double low = std::log10(p.logFloor), high = std::log10(p.maximum);
        const int first = zeroAllowed ? 1 : 0;
        const double t = (std::log10(std::max(value, p.logFloor)) - low) / (high - low);
        return first + int(std::lround(t * (kSliderSteps - first)));
    }
    return int(std::lround((value - p.minimum) / (p.maximum - p.minimum) * kSliderSteps));
}

double ParameterPanel::sliderValue(const Control &control, int position) const
{
    const ParameterSpec &p = *control.spec;
    if (p.kind == ParameterSpec::Kind::Integer)
        return position;
    if (p.logScale) {
        const bool zeroAllowed = p.minimum <= 0.0;
        if (zeroAllowed && position == 0)
            return 0.0;
        const int first = zeroAllowed ? 1 : 0;
        const double low = std::log10(p.logFloor), high = std::log10(p.maximum);
        const double t = double(position - first) / (kSliderSteps - first);
        // Three significant digits, so the spin box shows what the slider set.
        const double raw = std::pow(10.0, low + t * (high - low));
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)) - 2);
        return std::clamp(std::round(raw / magnitude) * magnitude, p.logFloor, p.maximum);
    }
    const double raw = p.minimum + (p.maximum - p.minimum) * position / kSliderSteps;
    const double step = control.spin ? std::pow(10.0, -control.spin->decimals()) : 1e-3;
    return std::clamp(std::round(raw / step) * step, p.minimum, p.maximum);
}

void ParameterPanel::show(const Control &control, bool skipSlider)
{
    const ParamValue &value = m_values[control.spec->name];
    if (control.combo) {
        const QSignalBlocker block(control.combo);
        control.combo->setCurrentIndex(control.combo->findData(QString::fromStdString(std::get<std::string>(value))));
        return;
    }
    const double number = std::get<double>(value);
    {
        const QSignalBlocker block(control.spin);
        control.spin->setValue(number);
    }
    if (control.slider && !skipSlider) {
        const QSignalBlocker block(control.slider);
        control.slider->setValue(sliderPosition(control, number));
    }
}

void ParameterPanel::store(const Control &control, const ParamValue &value, bool fromSlider)
{
    ParamValue accepted = value;
    if (const double *number = std::get_if<double>(&accepted)) {
        double v = std::clamp(*number, control.spec->minimum, control.spec->maximum);
        if (control.spec->kind == ParameterSpec::Kind::Integer)
            v = std::round(v);
        accepted = v;
    }
    if (control.spec->check(accepted))
        return;
    ParamValue &slot = m_values[control.spec->name];
    const bool same = slot == accepted;
    slot = accepted;
    show(control, fromSlider);  // keeps slider and spin box in step
    if (!same)
        emit changed();
}

void ParameterPanel::setValue(const std::string &name, const ParamValue &value)
{
    for (const Control &control : m_controls)
        if (control.spec->name == name)
            store(control, value);
}

void ParameterPanel::setValues(const concepts::ParamMap &values)
{
    bool moved = false;
    {
        const QSignalBlocker block(this);
        for (const Control &control : m_controls) {
            const auto it = values.find(control.spec->name);
            if (it == values.end() || control.spec->check(it->second))
                continue;
            moved = moved || m_values[control.spec->name] != it->second;
            m_values[control.spec->name] = it->second;
            show(control);
        }
    }
    if (moved)
        emit changed();
}

void ParameterPanel::resetToDefaults()
{
    setValues(m_spec.resolve({}));
}

QSlider *ParameterPanel::slider(const QString &name) const
{
    return findChild<QSlider *>(QStringLiteral("slider_") + name);
}

QDoubleSpinBox *ParameterPanel::spinBox(const QString &name) const
{
    return findChild<QDoubleSpinBox *>(QStringLiteral("spin_") + name);
}

QComboBox *ParameterPanel::comboBox(const QString &name) const
{
    return findChild<QComboBox *>(QStringLiteral("combo_") + name);
}

} // namespace loopcraft
