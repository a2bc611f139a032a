#include "schedulingdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loopcraft {

SchedulingDialog::SchedulingDialog(const SchedulerSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Scheduling"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("New and forgotten cards first go through short steps on the same day; "
                                "after the last step FSRS takes over. The defaults suit most people."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_learning = new QLineEdit(SchedulerSettings::formatSteps(settings.learningStepsSeconds), this);
    m_learning->setObjectName(QStringLiteral("learningSteps"));
    m_learning->setPlaceholderText(tr("none: straight to FSRS"));
    m_learning->setToolTip(tr("Waits before a new card comes back the same day, e.g. 1m 10m. "
                              "Units: s, m, h, d."));
    form->addRow(tr("&Learning steps:"), m_learning);
    m_relearning = new QLineEdit(SchedulerSettings::formatSteps(settings.relearningStepsSeconds), this);
    m_relearning->setObjectName(QStringLiteral("relearningSteps"));
    m_relearning->setPlaceholderText(tr("none: straight to FSRS"));
    m_relearning->setToolTip(tr("Waits before a card you pressed Again on comes back, e.g. 10m."));
    form->addRow(tr("&Relearning steps:"), m_relearning);
    m_maximum = new QSpinBox(this);
    m_maximum->setObjectName(QStringLiteral("maximumInterval"));
    m_maximum->setRange(1, SchedulerSettings::kMaximumIntervalDays);
    m_maximum->setSuffix(tr(" days"));
    m_maximum->setValue(settings.maximumInterval);
    m_maximum->setToolTip(tr("No card waits longer than this, however well you know it."));
    form->addRow(tr("Lon&gest interval:"), m_maximum);
    m_fuzz = new QCheckBox(tr("Spread &intervals a little"), this);
    m_fuzz->setObjectName(QStringLiteral("fuzz"));
    m_fuzz->setChecked(settings.fuzz);
    m_fuzz->setToolTip(tr("Adds a few percent to each interval so cards learned together do not all "
                          "come due on the same day."));
    form->addRow(QString(), m_fuzz);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("schedulingProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validate())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SchedulingDialog::restoreDefaults);
    for (QLineEdit *edit : {m_learning, m_relearning})
        connect(edit, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(m_maximum, &QSpinBox::valueChanged, this, [this] { validate(); });
    connect(m_fuzz, &QCheckBox::toggled, this, [this] { validate(); });
    validate();
}

bool SchedulingDialog::validate()
{
    QString problem;
    const auto learning = SchedulerSettings::parseSteps(m_learning->text(), &problem);
    if (!learning)
        problem = tr("Learning steps: %1").arg(problem);
    std::optional<QList<int>> relearning;
    if (learning) {
        relearning = SchedulerSettings::parseSteps(m_relearning->text(), &problem);
        if (!relearning)
            problem = tr("Relearning steps: %1").arg(problem);
    }
    const bool ok = learning && relearning;
    m_problem->setText(problem);
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    if (ok) {
        m_settings.learningStepsSeconds = *learning;
        m_settings.relearningStepsSeconds = *relearning;
        m_settings.maximumInterval = m_maximum->value();
        m_settings.fuzz = m_fuzz->isChecked();
    }
    return ok;
}

void SchedulingDialog::restoreDefaults()
{
    const SchedulerSettings defaults;
    m_learning->setText(SchedulerSettings::formatSteps(defaults.learningStepsSeconds));
    m_relearning->setText(SchedulerSettings::formatSteps(defaults.relearningStepsSeconds));
    m_maximum->setValue(defaults.maximumInterval);
    m_fuzz->setChecked(defaults.fuzz);
}

} // namespace loopcraft
