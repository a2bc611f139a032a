#include "conceptview.h"

#include "chartstyle.h"
#include "conceptviewfactory.h"
#include "parameterpanel.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QScrollArea>
#include <QSvgGenerator>
#include <QTextStream>
#include <QVBoxLayout>

namespace loopcraft {

ConceptView::ConceptView(std::unique_ptr<concepts::ConceptModel> model, QWidget *parent)
    : QWidget(parent),
      m_model(std::move(model)),
      m_panel(new ParameterPanel(m_model->spec(), this)),
      m_controls(new QScrollArea(this)),
      m_extraControls(new QVBoxLayout),
      m_chartArea(new QWidget(this)),
      m_chartRow(new QHBoxLayout),
      m_explanation(new QLabel(m_chartArea)),
      m_summary(new QLabel(this)),
      m_tips(new QLabel(this))
{
    setObjectName(QString::fromStdString(m_model->spec().id));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto *scroll = static_cast<QScrollArea *>(m_controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFixedWidth(300);
    auto *column = new QWidget(scroll);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 8, 0);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setVisible(false);
    columnLayout->addWidget(m_summary);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(m_panel);
    columnLayout->addLayout(m_extraControls);
    columnLayout->addSpacing(12);
    m_tips->setObjectName(QStringLiteral("tips"));
    m_tips->setWordWrap(true);
    m_tips->setTextFormat(Qt::RichText);
    m_tips->setVisible(false);
    columnLayout->addWidget(m_tips);
    columnLayout->addStretch(1);
    scroll->setWidget(column);
    layout->addWidget(m_controls);

    m_chartArea->setObjectName(QStringLiteral("chartArea"));
    m_chartArea->setAutoFillBackground(true);
    auto *chartLayout = new QVBoxLayout(m_chartArea);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(6);
    m_chartRow->setSpacing(8);
    chartLayout->addLayout(m_chartRow, 1);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setContentsMargins(8, 4, 8, 6);
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 3 + 10);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    chartLayout->addWidget(m_explanation);
    layout->addWidget(m_chartArea, 1);

    m_recomputeTimer.setSingleShot(true);
    m_recomputeTimer.setInterval(0);
    connect(&m_recomputeTimer, &QTimer::timeout, this, &ConceptView::recomputeNow);
    connect(m_panel, &ParameterPanel::changed, this, &ConceptView::scheduleRecompute);
}

ConceptView::~ConceptView() = default;

QString ConceptView::conceptId() const
{
    return QString::fromStdString(m_model->spec().id);
}

QString ConceptView::title() const
{
    return ConceptViewFactory::title(conceptId());
}

QChartView *ConceptView::addChart(QChart *chart)
{
    auto *view = new QChartView(chart, m_chartArea);
    addChartView(view);
    return view;
}

void ConceptView::addChartView(QChartView *view)
{
    view->setParent(m_chartArea);
    ChartStyle::prepare(view);
    m_chartRow->addWidget(view, 1);
    m_chartViews << view;
}

void ConceptView::setTipsText(const QString &text)
{
    m_tips->setText(text);
    m_tips->setVisible(!text.isEmpty());
}

void ConceptView::setSummaryText(const QString &text)
{
    m_summary->setText(text);
    m_summary->setVisible(!text.isEmpty());
}

void ConceptView::setExplanation(const QString &text)
{
    m_explanation->setText(text);
}

void ConceptView::scheduleRecompute()
{
    // Restarting a pending 0-ms timer does not queue a second run: a drag that delivers many
    // values before the event loop turns gets one recompute with the newest.
    m_recomputeTimer.start();
}

concepts::ConceptResult ConceptView::compute(const concepts::ParamMap &values) const
{
    return m_model->compute(values);
}

void ConceptView::recomputeNow()
{
    m_recomputeTimer.stop();
    m_result = compute(m_panel->values());
    ++m_recomputeCount;
    present(m_result);
    emit recomputed();
}

concepts::ParamMap ConceptView::toParamMap(const concepts::ConceptSpec &spec, const QVariantMap &params, QString *error)
{
    concepts::ParamMap values;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        const std::string name = it.key().toStdString();
        const concepts::ParameterSpec *parameter = spec.find(name);
        const QVariant &value = it.value();
        if (parameter && parameter->kind != concepts::ParameterSpec::Kind::Choice &&
            value.typeId() == QMetaType::QString) {
            // "1e-3" from a text field or a hand-written preset still means the number.
            std::string message;
            if (auto parsed = parameter->parse(value.toString().toStdString(), &message))
                values[name] = *parsed;
            else
                values[name] = value.toString().toStdString();
        } else if (value.typeId() == QMetaType::QString) {
            values[name] = value.toString().toStdString();
        } else if (value.canConvert<double>() && value.typeId() != QMetaType::Bool) {
            values[name] = value.toDouble();
        } else {
            values[name] = value.toString().toStdString();
        }
    }
    if (error) {
        const auto problem = concepts::validateConceptParams(spec.id, values);
        *error = problem ? QString::fromStdString(*problem) : QString();
    }
    return values;
}

QString ConceptView::applyPreset(const QVariantMap &params)
{
    QString error;
    const concepts::ParamMap values = toParamMap(m_model->spec(), params, &error);
    // A partly wrong preset still applies what it can: the valid values, defaults elsewhere.
    concepts::ParamMap valid;
    for (const auto &[name, value] : values)
        if (const auto *parameter = m_model->spec().find(name); parameter && !parameter->check(value))
            valid[name] = value;
    m_panel->setValues(m_model->spec().resolve(valid));
    recomputeNow();
    return error;
}

void ConceptView::resetToDefaults()
{
    m_panel->resetToDefaults();
    recomputeNow();
}

void ConceptView::newSeed()
{
    if (!m_model->spec().find("seed"))
        return;
    m_panel->setValue("seed", double(QRandomGenerator::global()->bounded(1, 1000000)));
    recomputeNow();
}

void ConceptView::setControlsVisible(bool visible)
{
    m_controls->setVisible(visible);
}

void ConceptView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && !m_styling) {
        m_styling = true;  // restyling touches palettes of children; do not recurse
        restyle();
        for (QChartView *view : m_chartViews)
            view->setBackgroundBrush(ChartStyle::background());
        m_styling = false;
    }
}

QString ConceptView::exportTo(const QString &filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("png"))
        ok = exportPng(filePath);
    else if (suffix == QLatin1String("svg"))
        ok = exportSvg(filePath);
    else if (suffix == QLatin1String("csv"))
        ok = exportCsv(filePath);
    else
        return tr("Unknown file type \"%1\"; expected .png, .svg or .csv.").arg(suffix);
    return ok ? QString() : tr("Could not write %1.").arg(QDir::toNativeSeparators(filePath));
}

bool ConceptView::exportPng(const QString &filePath)
{
    const QImage image = m_chartArea->grab().toImage();
    return !image.isNull() && image.save(filePath, "PNG");
}

bool ConceptView::exportSvg(const QString &filePath)
{
    QSvgGenerator generator;
    generator.setFileName(filePath);
    generator.setSize(m_chartArea->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_chartArea->size()));
    generator.setTitle(title());
    generator.setDescription(tr("Loopcraft concept chart"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_chartArea->render(&painter);
    return painter.end() && QFileInfo(filePath).size() > 0;
}

bool ConceptView::exportCsv(const QString &filePath) const
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream out(&file);
    // Long format: one row per data point, the series name first; columns vary by series
    // (x, y for curves; x, y, loss for paths; x then one column per fit for the faint fits).
    out << "series,values\n";
    for (const auto &[name, series] : m_result.series) {
        for (std::size_t row = 0; row < series.rows(); ++row) {
            out << QString::fromStdString(name);
            for (int column = 0; column < series.columns; ++column)
                out << ',' << QString::number(series.at(row, column), 'g', 10);
            out << '\n';
        }
    }
    for (const auto &[name, value] : m_result.metrics)
        out << "metric:" << QString::fromStdString(name) << ',' << QString::number(value, 'g', 10) << '\n';
    return file.commit();
}

} // namespace loopcraft
