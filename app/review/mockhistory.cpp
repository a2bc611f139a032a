#include "mockhistory.h"

#include "mockloop.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

namespace loopcraft {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("MockHistory", text); }

} // namespace

MockHistory::MockHistory(const QString &directory)
    : m_store(QDir(directory).filePath(QStringLiteral("mock-history.json")), kSchema)
{
}

nlohmann::json MockHistory::toJson(const MockReport &report)
{
    nlohmann::json rounds = nlohmann::json::array();
    for (const MockRound &round : report.rounds) {
        nlohmann::json ids = nlohmann::json::array();
        for (const QString &id : round.questionIds)
            ids.push_back(id.toStdString());
        rounds.push_back({{"kind", MockLoop::id(round.kind).toStdString()},
                          {"questions", ids},
                          {"minutesPerQuestion", round.minutesPerQuestion},
                          {"secondsUsed", round.secondsUsed},
                          {"scores", round.scores},
                          {"notes", round.notes.toStdString()}});
    }
    return {{"id", report.id.toStdString()},
            {"started", report.startedMs},
            {"finished", report.finishedMs},
            {"rounds", rounds}};
}

std::optional<MockReport> MockHistory::fromJson(const nlohmann::json &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!json.is_object())
        return fail(tr("expected an object, found %1").arg(jsonTypeName(json)));
    MockReport report;
    const auto id = json.find("id");
    const auto started = json.find("started");
    const auto finished = json.find("finished");
    const auto rounds = json.find("rounds");
    if (id == json.end() || !id->is_string())
        return fail(tr("\"id\" should be a string"));
    if (started == json.end() || !started->is_number_integer() || finished == json.end()
        || !finished->is_number_integer())
        return fail(tr("\"started\" and \"finished\" should be whole numbers"));
    if (rounds == json.end() || !rounds->is_array())
        return fail(tr("\"rounds\" should be a list"));
    report.id = QString::fromStdString(id->get<std::string>());
    report.startedMs = started->get<qint64>();
    report.finishedMs = finished->get<qint64>();
    for (const auto &r : *rounds) {
        if (!r.is_object())
            return fail(tr("a round should be an object, found %1").arg(jsonTypeName(r)));
        MockRound round;
        const auto kind = r.find("kind");
        const auto parsedKind = kind != r.end() && kind->is_string()
                                    ? MockLoop::fromId(QString::fromStdString(kind->get<std::string>()))
                                    : std::nullopt;
        if (!parsedKind)
            return fail(tr("a round has an unknown \"kind\""));
        round.kind = *parsedKind;
        if (const auto q = r.find("questions"); q != r.end()) {
            if (!q->is_array())
                return fail(tr("\"questions\" should be a list"));
            for (const auto &value : *q) {
                if (!value.is_string())
                    return fail(tr("question ids should be strings"));
                round.questionIds << QString::fromStdString(value.get<std::string>());
            }
        }
        if (const auto m = r.find("minutesPerQuestion"); m != r.end() && m->is_number_integer())
            round.minutesPerQuestion = m->get<int>();
        if (const auto s = r.find("secondsUsed"); s != r.end() && s->is_number_integer())
            round.secondsUsed = s->get<qint64>();
        if (const auto s = r.find("scores"); s != r.end()) {
            if (!s->is_array() || s->size() != 4)
                return fail(tr("\"scores\" should be a list of four numbers"));
            for (std::size_t i = 0; i < 4; ++i) {
                if (!(*s)[i].is_number_integer() || (*s)[i].get<int>() < 0 || (*s)[i].get<int>() > 4)
                    return fail(tr("each score should be a whole number from 0 to 4"));
                round.scores[i] = (*s)[i].get<int>();
            }
        }
        if (const auto n = r.find("notes"); n != r.end()) {
            if (!n->is_string())
                return fail(tr("\"notes\" should be text"));
            round.notes = QString::fromStdString(n->get<std::string>());
        }
        report.rounds.push_back(std::move(round));
    }
    return report;
}

void MockHistory::load()
{
    m_reports.clear();
    m_loadMessages.clear();
    m_blocked = false;
    const JsonLoad loaded = m_store.load();
    if (loaded.status == JsonLoad::Status::Failed) {
        m_loadMessages << loaded.error;
        m_blocked = loaded.movedAsideTo.isEmpty();
        return;
    }
    if (!loaded.ok())
        return;
    QString problem;
    const auto list = loaded.data.find("loops");
    bool good = list != loaded.data.end() && list->is_array();
    if (!good)
        problem = tr("\"loops\" should be a list");
    std::vector<MockReport> reports;
    if (good)
        for (const auto &entry : *list) {
            auto report = fromJson(entry, &problem);
            if (!report) {
                good = false;
                break;
            }
            reports.push_back(std::move(*report));
        }
    if (good) {
        m_reports = std::move(reports);
        return;
    }
    // Readable JSON with the wrong shape: keep the bytes aside, as JsonStore does for bad JSON.
    const QString aside = m_store.path() + QStringLiteral(".broken-")
                          + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (QFile::rename(m_store.path(), aside)) {
        m_loadMessages << tr("%1: %2. The file was kept as %3 and the history starts empty.")
                              .arg(QDir::toNativeSeparators(m_store.path()), problem, QDir::toNativeSeparators(aside));
    } else {
        m_blocked = true;
        m_loadMessages << tr("%1: %2. The file could not be moved aside, so Loopcraft will not save over it.")
                              .arg(QDir::toNativeSeparators(m_store.path()), problem);
    }
}

bool MockHistory::add(const MockReport &report, QString *error)
{
    if (m_blocked) {
        if (error)
            *error = tr("The mock history file could not be read or moved aside, so it is not saved over.");
        return false;
    }
    m_reports.push_back(report);
    nlohmann::json loops = nlohmann::json::array();
    for (const MockReport &r : m_reports)
        loops.push_back(toJson(r));
    if (!m_store.save({{"loops", loops}}, error)) {
        m_reports.pop_back();
        return false;
    }
    return true;
}

} // namespace loopcraft
