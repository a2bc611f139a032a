#include "conceptrender.h"

#include "concepts/parameterspec.h"
#include "conceptview.h"
#include "parameterpanel.h"
#include "conceptviewfactory.h"
#include "theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <memory>
#include <nlohmann/json.hpp>

namespace loopcraft {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConceptRender", text);
}

int usage(const QString &message)
{
    QTextStream err(stderr);
    err << message << Qt::endl
        << tr("Usage: loopcraft render CONCEPT [--set NAME=VALUE]... [--png FILE] [--svg FILE] [--json FILE] "
              "[--size WxH] [--theme light|dark]")
        << Qt::endl;
    return 2;
}

nlohmann::json toJson(const concepts::ConceptResult &result)
{
    nlohmann::json document;
    nlohmann::json &params = document["params"] = nlohmann::json::object();
    for (const auto &[name, value] : result.params) {
        if (const auto *number = std::get_if<double>(&value))
            params[name] = *number;
        else
            params[name] = std::get<std::string>(value);
    }
    nlohmann::json &metrics = document["metrics"] = nlohmann::json::object();
    for (const auto &[name, value] : result.metrics) {
        if (name == "diverged")
            metrics[name] = value > 0;
        else if (name == "steps_run" || name == "diverged_at" || name == "best_degree")
            metrics[name] = static_cast<long long>(value);
        else
            metrics[name] = value;  // non-finite values become null
    }
    nlohmann::json &series = document["series"] = nlohmann::json::object();
    for (const auto &[name, table] : result.series) {
        nlohmann::json rows = nlohmann::json::array();
        for (std::size_t row = 0; row < table.rows(); ++row) {
            nlohmann::json values = nlohmann::json::array();
            for (int column = 0; column < table.columns; ++column)
                values.push_back(table.at(row, column));
            rows.push_back(std::move(values));
        }
        series[name] = std::move(rows);
    }
    if (!result.notes.empty())
        document["notes"] = result.notes;
    return document;
}

void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    do {
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    } while (timer.elapsed() < milliseconds);
}

} // namespace

int runConceptRender(const QStringList &arguments)
{
    const QStringList args = arguments.mid(2);
    const QString validConcepts = QString::fromStdString(concepts::conceptIds());
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
        return usage(tr("Which concept? One of: %1.").arg(validConcepts));
    const QString conceptId = args.first();
    const concepts::ConceptSpec *spec = concepts::findConceptSpec(conceptId.toStdString());
    if (!spec)
        return usage(tr("Unknown concept \"%1\"; expected one of: %2.").arg(conceptId, validConcepts));

    concepts::ParamMap values;
    QString png, svg, json, theme = QStringLiteral("light");
    QSize size(1200, 560);
    for (int i = 1; i < args.size(); ++i) {
        const QString &option = args[i];
        const bool takesValue = option == QLatin1String("--set") || option == QLatin1String("--png") ||
                                option == QLatin1String("--svg") || option == QLatin1String("--json") ||
                                option == QLatin1String("--size") || option == QLatin1String("--theme");
        if (!takesValue)
            return usage(tr("Unknown option \"%1\"; expected --set, --png, --svg, --json, --size or --theme.").arg(option));
        if (i + 1 >= args.size())
            return usage(tr("%1 needs a value.").arg(option));
        const QString value = args[++i];
        if (option == QLatin1String("--set")) {
            const qsizetype equals = value.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return usage(tr("--set expects NAME=VALUE, found \"%1\". Valid names for %2: %3.")
                                 .arg(value, conceptId, QString::fromStdString(spec->parameterNames())));
            const std::string name = value.left(equals).trimmed().toStdString();
            const concepts::ParameterSpec *parameter = spec->find(name);
            if (!parameter)
                return usage(tr("Unknown parameter \"%1\" for %2; valid names: %3.")
                                 .arg(QString::fromStdString(name), conceptId, QString::fromStdString(spec->parameterNames())));
            std::string error;
            const auto parsed = parameter->parse(value.mid(equals + 1).trimmed().toStdString(), &error);
            if (!parsed)
                return usage(QString::fromStdString(error) + QLatin1Char('.'));
            values[name] = *parsed;
        } else if (option == QLatin1String("--png")) {
            png = value;
        } else if (option == QLatin1String("--svg")) {
            svg = value;
        } else if (option == QLatin1String("--json")) {
            json = value;
        } else if (option == QLatin1String("--theme")) {
            if (value != QLatin1String("light") && value != QLatin1String("dark"))
                return usage(tr("Unknown theme \"%1\"; expected light or dark.").arg(value));
            theme = value;
        } else {
            static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
            const auto match = pattern.match(value);
            const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
            const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
            if (width < 320 || height < 240 || width > 7680 || height > 4320)
                return usage(tr("Invalid --size \"%1\"; expected WxH between 320x240 and 7680x4320, e.g. 1200x560.").arg(value));
            size = QSize(width, height);
        }
    }
    if (const auto problem = concepts::validateConceptParams(spec->id, values))
        return usage(QString::fromStdString(*problem) + QLatin1Char('.'));

    Theme::apply(theme == QLatin1String("dark") ? Theme::Mode::Dark : Theme::Mode::Light);
    std::unique_ptr<ConceptView> view(ConceptViewFactory::create(conceptId));
    view->setControlsVisible(false);
    QVariantMap preset;
    for (const auto &[name, value] : values) {
        if (const auto *number = std::get_if<double>(&value))
            preset.insert(QString::fromStdString(name), *number);
        else
            preset.insert(QString::fromStdString(name), QString::fromStdString(std::get<std::string>(value)));
    }
    view->applyPreset(preset);

    QTextStream err(stderr);
    int status = 0;
    if (!png.isEmpty() || !svg.isEmpty()) {
        view->setAttribute(Qt::WA_DontShowOnScreen, QApplication::platformName() != QLatin1String("offscreen"));
        view->resize(size);
        view->show();
        settle(60);
        for (const QString &file : {png, svg}) {
            if (file.isEmpty())
                continue;
            const bool ok = file == png ? view->exportPng(file) : view->exportSvg(file);
            if (!ok) {
                err << tr("Could not write %1.").arg(file) << Qt::endl;
                status = 1;
            }
        }
    }
    const std::string text = toJson(view->result()).dump(1);
    if (!json.isEmpty()) {
        QSaveFile file(json);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size()) ||
            !file.commit()) {
            err << tr("Could not write %1.").arg(json) << Qt::endl;
            status = 1;
        }
    } else if (png.isEmpty() && svg.isEmpty()) {
        QTextStream(stdout) << QString::fromStdString(text) << Qt::endl;
    }
    return status;
}

} // namespace loopcraft
