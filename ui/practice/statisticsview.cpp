#include "statisticsview.h"

#include "navigator.h"
#include "review/reviewstatistics.h"
#include "services.h"
#include "theme.h"

#include "widgets/headinglabel.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace loopcraft {

namespace {

// Colours that read on both palettes: the series colours are mid-tones, the text and grid
// come from the palette in effect.
void styleChart(QChart *chart, const QPalette &palette)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(6);
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->hide();
    chart->setMargins(QMargins(6, 6, 6, 6));
    for (QAbstractSeries *series : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                set->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(Theme::isDark() ? QColor(0x3a, 0x3d, 0x43) : QColor(0xe3, 0xe5, 0xe8));
        QFont font = axis->labelsFont();
        font.setPointSizeF(QFont().pointSizeF() * 0.85);
        axis->setLabelsFont(font);
    }
}

QChart *barChart(const QString &title, const QStringList &categories, const QList<qreal> &values, QColor colour,
                 const QString &valueTitle, qreal maximum, bool horizontal = false)
{
    auto *chart = new QChart;
    chart->setObjectName(title);
    auto *set = new QBarSet(title);
    set->append(values);
    set->setColor(colour);
    set->setBorderColor(colour);
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setBarWidth(0.75);
    if (categories.size() <= 12) {  // few bars: print the value on each
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
        series->setLabelsFormat(QStringLiteral("@value"));
    }
    chart->addSeries(series);
    // Thirty bars leave no room for thirty labels: long series get one label per five bars.
    QAbstractAxis *categoryAxis = nullptr;
    if (categories.size() > 12) {
        auto *grouped = new QCategoryAxis;
        grouped->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        grouped->setStartValue(-0.5);
        for (qsizetype start = 0; start < categories.size(); start += 5)
            grouped->append(categories[start], std::min<qreal>(start + 4.5, categories.size() - 0.5));
        grouped->setRange(-0.5, categories.size() - 0.5);
        grouped->setGridLineVisible(false);
        categoryAxis = grouped;
    } else {
        auto *plain = new QBarCategoryAxis;
        plain->append(categories);
        plain->setGridLineVisible(false);
        categoryAxis = plain;
    }
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, maximum);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setTitleText(valueTitle);
    if (maximum <= 10)
        valueAxis->setTickCount(int(maximum) + 1);
    else
        valueAxis->applyNiceNumbers();
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    return chart;
}

// QChartView::setChart releases the previous chart without deleting it.
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

qreal niceMaximum(const QList<qreal> &values)
{
    qreal top = 0;
    for (qreal v : values)
        top = std::max(top, v);
    return std::max<qreal>(4, std::ceil(top * 1.1));
}

} // namespace

StatisticsView::StatisticsView(Services &services, Navigator *navigator, QWidget *parent)
    : QWidget(parent), m_services(services), m_navigator(navigator), m_stack(new QStackedWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Empty state: what to do first.
    auto *empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(2);
    auto *emptyTitle = makeHeading(tr("No reviews yet"), 1.6, empty, false);
    emptyTitle->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addSpacing(8);
    auto *emptyText = new QLabel(tr("Start with Flashcards (Space to reveal, 1–4 to rate). Your reviews per day, "
                                    "the cards coming due, your true retention and your mastery of each "
                                    "category appear here."),
                                 empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setFixedWidth(520);  // a wrapped label needs a fixed width to compute its height
    // ...and, inside the tab widget's stack, an explicit height too (height-for-width is lost there).
    emptyText->setMinimumHeight(emptyText->heightForWidth(520));
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(12);
    auto *go = new QPushButton(tr("Go to Flashcards"), empty);
    go->setObjectName(QStringLiteral("goToFlashcards"));
    connect(go, &QPushButton::clicked, this, &StatisticsView::studyRequested);
    emptyLayout->addWidget(go, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);
    m_stack->addWidget(empty);

    auto *charts = new QWidget(m_stack);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(16, 12, 16, 12);
    auto *top = new QHBoxLayout;
    m_streak = makeHeading(QString(), 1.4, charts, false);
    m_streak->setObjectName(QStringLiteral("streak"));
    m_totals = new QLabel(charts);
    m_totals->setForegroundRole(QPalette::PlaceholderText);
    auto *exportAllButton = new QPushButton(tr("Export all charts… (Ctrl+E)"), charts);
    connect(exportAllButton, &QPushButton::clicked, this, &StatisticsView::exportAll);
    top->addWidget(m_streak);
    top->addSpacing(16);
    top->addWidget(m_totals, 1);
    top->addWidget(exportAllButton);
    chartsLayout->addLayout(top);
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    for (int i = 0; i < ChartCount; ++i) {
        auto *cell = new QWidget(charts);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        // Titles are labels, not chart titles: QChart wraps its title at odd widths.
        static const char *titles[] = {QT_TR_NOOP("Reviews per day, last 30 days"), QT_TR_NOOP("Due in the next 30 days"),
                                       QT_TR_NOOP("True retention by interval (reviews)"),
                                       QT_TR_NOOP("Mastery: stability ≥ 21 days")};
        auto *header = new QHBoxLayout;
        header->addWidget(makeHeading(tr(titles[i]), 1.0, cell, false), 1);
        auto *exportButton = new QToolButton(cell);
        exportButton->setText(tr("Export PNG…"));
        exportButton->setAutoRaise(true);
        exportButton->setToolTip(tr("Save this chart as a PNG picture"));
        connect(exportButton, &QToolButton::clicked, this, [this, i] { exportWithDialog(i); });
        header->addWidget(exportButton);
        cellLayout->addLayout(header);
        m_views[i] = new QChartView(new QChart, cell);
        m_views[i]->setRenderHint(QPainter::Antialiasing);
        m_views[i]->setMinimumHeight(180);
        m_views[i]->setObjectName(QStringLiteral("chart%1").arg(i));
        cellLayout->addWidget(m_views[i], 1);
        grid->addWidget(cell, i / 2, i % 2);
    }
    chartsLayout->addLayout(grid, 1);
    m_stack->addWidget(charts);

    auto *exportAction = new QAction(tr("Export All Charts"), this);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &StatisticsView::exportAll);
    addAction(exportAction);
    refresh();
}

QString StatisticsView::chartFileName(int chart)
{
    static const char *names[] = {"reviews-per-day.png", "due-forecast.png", "retention.png", "mastery.png"};
    return QString::fromLatin1(names[std::clamp(chart, 0, int(ChartCount) - 1)]);
}

void StatisticsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void StatisticsView::refresh()
{
    const ReviewStore &store = m_services.reviews;
    if (store.log().empty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const qint64 now = store.now();
    const QPalette palette = this->palette();
    const bool dark = Theme::isDark();
    const QColor blue = dark ? QColor(0x6c, 0xa6, 0xf5) : QColor(0x2f, 0x6f, 0xd0);
    const QColor green = dark ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x1f, 0x8a, 0x5b);
    const QColor amber = dark ? QColor(0xf0, 0xb4, 0x4c) : QColor(0xc2, 0x7c, 0x0e);
    const QColor violet = dark ? QColor(0xb3, 0x94, 0xf5) : QColor(0x7a, 0x4f, 0xd6);

    const int streak = ReviewStatistics::streak(store, now);
    m_streak->setText((streak == 1 ? tr("1-day streak") : tr("%1-day streak").arg(streak)));
    int reviewCards = 0;
    for (const ReviewCard &card : store.cards())
        reviewCards += card.state == CardState::Review;
    m_totals->setText(tr("%1 answers in all · %2 cards studied · %3 in review")
                          .arg(store.log().size())
                          .arg(store.cards().size())
                          .arg(reviewCards));

    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    // Reviews per day, last 30 days (labels every 5th day keep the axis readable).
    {
        const std::vector<int> counts = ReviewStatistics::reviewsPerDay(store, now, 30);
        QStringList labels;
        QList<qreal> values;
        for (int i = 0; i < int(counts.size()); ++i) {
            const QDate day = today.addDays(i - int(counts.size()) + 1);
            labels << QLocale().toString(day, QStringLiteral("d MMM"));
            values << counts[std::size_t(i)];
        }
        replaceChart(m_views[ReviewsPerDay], barChart(tr("Reviews per day"), labels, values, blue,
                                                  tr("answers"), niceMaximum(values)));
    }
    {
        const std::vector<int> counts = ReviewStatistics::dueForecast(store, now, 30);
        QStringList labels;
        QList<qreal> values;
        for (int i = 0; i < int(counts.size()); ++i) {
            labels << (i == 0 ? tr("today") : tr("+%1d").arg(i));
            values << counts[std::size_t(i)];
        }
        replaceChart(m_views[DueForecast], barChart(tr("Due forecast"), labels, values, amber, tr("cards"),
                                                niceMaximum(values)));
    }
    {
        QStringList labels;
        QList<qreal> values;
        for (const RetentionBucket &bucket : ReviewStatistics::retention(store)) {
            labels << tr("%1 (%2)").arg(bucket.label).arg(bucket.reviews);
            values << std::round(bucket.rate() * 100);
        }
        replaceChart(m_views[Retention], barChart(tr("True retention"), labels, values,
                                              green, tr("% recalled"), 100));
    }
    {
        QStringList labels;
        QList<qreal> values;
        const auto mastery = ReviewStatistics::mastery(store, m_services.questions);
        for (auto it = mastery.rbegin(); it != mastery.rend(); ++it) {  // first category on top
            labels << categoryTitle(it->category);
            values << std::round(it->share() * 100);
        }
        replaceChart(m_views[Mastery], barChart(tr("Mastery"), labels, values, violet,
                                            tr("% of questions"), 100, true));
    }
    for (QChartView *view : m_views) {
        styleChart(view->chart(), palette);
        view->setBackgroundBrush(palette.color(QPalette::Window));
    }
}

bool StatisticsView::exportChart(int chart, const QString &file)
{
    if (chart < 0 || chart >= ChartCount)
        return false;
    refresh();
    QChartView *view = m_views[chart];
    // Render at a fixed, print-friendly size whatever the window size.
    const QSize size(900, 500);
    const QSize old = view->size();
    view->resize(size);
    const bool ok = view->grab().save(file, "PNG");
    view->resize(old);
    return ok;
}

void StatisticsView::exportWithDialog(int chart)
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                      QDir(m_services.data.root()).filePath(chartFileName(chart)),
                                                      tr("PNG pictures (*.png)"));
    if (file.isEmpty())
        return;
    const bool ok = exportChart(chart, file);
    if (m_navigator)
        m_navigator->notify(ok ? tr("Exported %1").arg(QDir::toNativeSeparators(file))
                               : tr("Could not write %1").arg(QDir::toNativeSeparators(file)));
}

void StatisticsView::exportAll()
{
    if (m_stack->currentIndex() == 0)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Charts To"), m_services.data.root());
    if (folder.isEmpty())
        return;
    int written = 0;
    for (int i = 0; i < ChartCount; ++i)
        written += exportChart(i, QDir(folder).filePath(chartFileName(i)));
    if (m_navigator)
        m_navigator->notify(tr("Exported %1 charts to %2").arg(written).arg(QDir::toNativeSeparators(folder)));
}

} // namespace loopcraft
