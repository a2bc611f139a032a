#pragma once

#include "review/schedulersettings.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace loopcraft {

// The scheduler's finer settings: learning and relearning steps, the longest interval and the
// interval fuzz. Retention and the daily limits stay on the Flashcards page, where they are tuned
// most often.
class SchedulingDialog : public QDialog {
    Q_OBJECT
public:
    explicit SchedulingDialog(const SchedulerSettings &settings, QWidget *parent = nullptr);

    // The edited settings; only meaningful after the dialog was accepted.
    SchedulerSettings settings() const { return m_settings; }

    QLineEdit *learningSteps() const { return m_learning; }
    QLineEdit *relearningSteps() const { return m_relearning; }
    QSpinBox *maximumInterval() const { return m_maximum; }
    QCheckBox *fuzz() const { return m_fuzz; }

private:
    bool validate(); // updates the message and the OK button
    void restoreDefaults();

    SchedulerSettings m_settings;
    QLineEdit *m_learning = nullptr;
    QLineEdit *m_relearning = nullptr;
    QSpinBox *m_maximum = nullptr;
    QCheckBox *m_fuzz = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace loopcraft
