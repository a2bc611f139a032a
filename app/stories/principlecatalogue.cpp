#include "principlecatalogue.h"

#include "storage/jsonstore.h"

#include <QCoreApplication>
#include <QFile>

namespace loopcraft {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PrincipleCatalogue", text); }

QStringList stringList(const nlohmann::json &object, const char *key, bool &ok)
{
    QStringList values;
    const auto it = object.find(key);
    if (it == object.end())
        return values;
    if (!it->is_array()) {
        ok = false;
        return values;
    }
    for (const auto &item : *it) {
        if (!item.is_string()) {
            ok = false;
            return {};
        }
        values << QString::fromStdString(item.get<std::string>());
    }
    return values;
}

} // namespace

void PrincipleCatalogue::loadShipped()
{
    QFile file(QStringLiteral(":/content/principles.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.append({file.fileName(), {}, {}, tr("is missing from the build")});
        return;
    }
    load(file.readAll(), file.fileName());
}

void PrincipleCatalogue::load(const QByteArray &bytes, const QString &fileLabel)
{
    const JsonLoad parsed = JsonStore::parse(bytes, fileLabel, kSchema, {});
    if (!parsed.ok()) {
        m_problems.append({fileLabel, {}, {}, parsed.error});
        return;
    }
    const auto list = parsed.data.find("principles");
    if (list == parsed.data.end() || !list->is_array()) {
        m_problems.append({fileLabel, {}, QStringLiteral("principles"), tr("expected a list of principles")});
        return;
    }
    for (const auto &item : *list) {
        const auto text = [&item](const char *key) {
            const auto it = item.find(key);
            return it != item.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
        };
        if (!item.is_object()) {
            m_problems.append({fileLabel, {}, {}, tr("expected each principle to be an object, found %1")
                                                      .arg(jsonTypeName(item))});
            continue;
        }
        LeadershipPrinciple principle;
        principle.id = text("id");
        principle.name = text("name");
        principle.summary = text("summary");
        principle.description = text("description");
        bool listsOk = true;
        principle.listenFor = stringList(item, "listen_for", listsOk);
        principle.questions = stringList(item, "questions", listsOk);
        if (principle.id.isEmpty() || principle.name.isEmpty()) {
            m_problems.append({fileLabel, principle.id, principle.id.isEmpty() ? QStringLiteral("id") : QStringLiteral("name"),
                               tr("is missing; expected a string")});
            continue;
        }
        if (!listsOk) {
            m_problems.append({fileLabel, principle.id, {}, tr("listen_for and questions must be lists of strings")});
            continue;
        }
        if (find(principle.id)) {
            m_problems.append({fileLabel, principle.id, QStringLiteral("id"), tr("appears more than once")});
            continue;
        }
        m_principles.push_back(std::move(principle));
    }
}

void PrincipleCatalogue::useStandardNamesIfEmpty()
{
    if (!m_principles.empty())
        return;
    static const char *const standard[][2] = {
        {"customer-obsession", QT_TRANSLATE_NOOP("PrincipleCatalogue", "Customer Obsession")},
        {"ownership", QT_TRANSLATE_NOOP("PrincipleCatalogue", "Ownership")},
        {"invent-and-simplify", QT_TRANSLATE_NOOP("PrincipleCatalogue", "Invent and Simplify")},
        {"are-right-a-lot", QT_TRANSLATE_NOOP("PrincipleCatalogue", "Are Right, A Lot")},
        {"learn-and-be-curious", QT_TRANSLATE_NOOP("PrincipleCatalogue", "Learn and Be Curious")},
        {"hire-and-develop-the-best", QT_TRANSLATE_NOOP("PrincipleCatalogue", "Hire and Develop the Best")},
        {"insist-on-the-highest-standards",
         QT_TRANSLATE_NOOP("PrincipleCatalogue", "Insist on the Highest Standards")},
        {"think-big", QT_TRANSLATE_NOOP("PrincipleCatalogue", "Think Big")},
        {"bias-for-action", QT_TRANSLATE_NOOP("PrincipleCatalogue", "Bias for Action")},
        {"frugality", QT_TRANSLATE_NOOP("PrincipleCatalogue", "Frugality")},
        {"earn-trust", QT_TRANSLATE_NOOP("PrincipleCatalogue", "Earn Trust")},
        {"dive-deep", QT_TRANSLATE_NOOP("PrincipleCatalogue", "Dive Deep")},
        {"have-backbone-disagree-and-commit",
         QT_TRANSLATE_NOOP("PrincipleCatalogue", "Have Backbone; Disagree and Commit")},
        {"deliver-results", QT_TRANSLATE_NOOP("PrincipleCatalogue", "Deliver Results")},
        {"strive-to-be-earths-best-employer",
         QT_TRANSLATE_NOOP("PrincipleCatalogue", "Strive to be Earth's Best Employer")},
        {"success-and-scale-bring-broad-responsibility",
         QT_TRANSLATE_NOOP("PrincipleCatalogue", "Success and Scale Bring Broad Responsibility")},
    };
    for (const auto &entry : standard) {
        LeadershipPrinciple principle;
        principle.id = QString::fromLatin1(entry[0]);
        principle.name = QCoreApplication::translate("PrincipleCatalogue", entry[1]);
        m_principles.push_back(std::move(principle));
    }
}

const LeadershipPrinciple *PrincipleCatalogue::find(const QString &id) const
{
    for (const auto &principle : m_principles)
        if (principle.id == id)
            return &principle;
    return nullptr;
}

QString PrincipleCatalogue::nameOf(const QString &id) const
{
    const auto *principle = find(id);
    return principle ? principle->name : id;
}

} // namespace loopcraft
