#pragma once

#include "mockreport.h"
#include "storage/jsonstore.h"

#include <QStringList>

namespace loopcraft {

// The saved mock loops (mock-history.json, a JsonStore: atomic, backed up, moved aside when
// unreadable), newest last.
class MockHistory {
public:
    static constexpr int kSchema = 1;

    explicit MockHistory(const QString &directory);

    void load();
    const QStringList &loadMessages() const { return m_loadMessages; }
    JsonStore &file() { return m_store; }

    const std::vector<MockReport> &reports() const { return m_reports; }
    bool add(const MockReport &report, QString *error = nullptr);  // saves at once

    static nlohmann::json toJson(const MockReport &report);
    static std::optional<MockReport> fromJson(const nlohmann::json &json, QString *error);

private:
    JsonStore m_store;
    std::vector<MockReport> m_reports;
    QStringList m_loadMessages;
    bool m_blocked = false;  // a file that failed to load and could not be moved aside
};

} // namespace loopcraft
