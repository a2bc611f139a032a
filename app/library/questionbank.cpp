#include "questionbank.h"

#include "storage/jsonstore.h"

#include <atomic>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrentMap>

namespace loopcraft {

namespace {

using nlohmann::json;

QString tr(const char *text) { return QCoreApplication::translate("QuestionBank", text); }

// Reads fields of one question, collecting a problem for each missing or wrong-typed one.
class FieldReader {
public:
    FieldReader(const json &object, const QString &file, QString id, QList<LoadProblem> &problems)
        : m_object(object), m_file(file), m_id(std::move(id)), m_problems(problems)
    {
    }

    bool failed() const { return m_failed; }

    void problem(const QString &field, const QString &message)
    {
        m_problems.append({m_file, m_id, field, message});
        m_failed = true;
    }

    QString string(const char *key, bool required)
    {
        const auto it = m_object.find(key);
        if (it == m_object.end() || it->is_null()) {
            if (required)
                problem(QString::fromLatin1(key), tr("is missing; expected a string"));
            return {};
        }
        if (!it->is_string()) {
            problem(QString::fromLatin1(key), tr("expected a string, found %1").arg(jsonTypeName(*it)));
            return {};
        }
        const QString value = QString::fromStdString(it->get<std::string>()).trimmed();
        if (required && value.isEmpty())
            problem(QString::fromLatin1(key), tr("is empty"));
        return value;
    }

    QStringList strings(const char *key, bool required)
    {
        const auto it = m_object.find(key);
        if (it == m_object.end() || it->is_null()) {
            if (required)
                problem(QString::fromLatin1(key), tr("is missing; expected a list of strings"));
            return {};
        }
        if (!it->is_array()) {
            problem(QString::fromLatin1(key), tr("expected a list of strings, found %1").arg(jsonTypeName(*it)));
            return {};
        }
        QStringList values;
        for (const auto &item : *it) {
            if (!item.is_string()) {
                problem(QString::fromLatin1(key),
                        tr("expected a list of strings, found %1 in it").arg(jsonTypeName(item)));
                return {};
            }
            values << QString::fromStdString(item.get<std::string>()).trimmed();
        }
        return values;
    }

private:
    const json &m_object;
    const QString &m_file;
    QString m_id;
    QList<LoadProblem> &m_problems;
    bool m_failed = false;
};

std::optional<ConceptLink> readConcept(const json &object, FieldReader &reader)
{
    const auto it = object.find("concept");
    if (it == object.end() || it->is_null())
        return std::nullopt;
    if (!it->is_object()) {
        reader.problem(QStringLiteral("concept"), tr("expected an object with \"page\" and \"params\", found %1")
                                                       .arg(jsonTypeName(*it)));
        return std::nullopt;
    }
    ConceptLink link;
    const auto page = it->find("page");
    if (page == it->end() || !page->is_string()) {
        reader.problem(QStringLiteral("concept.page"), tr("expected the name of a Concepts page"));
        return std::nullopt;
    }
    link.page = QString::fromStdString(page->get<std::string>());
    static const QStringList pages{QStringLiteral("overfitting"), QStringLiteral("bias-variance"),
                                   QStringLiteral("gradient-descent")};
    if (!pages.contains(link.page)) {
        reader.problem(QStringLiteral("concept.page"),
                       tr("unknown page \"%1\"; expected one of %2").arg(link.page, pages.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    const auto params = it->find("params");
    if (params != it->end() && !params->is_null()) {
        if (!params->is_object()) {
            reader.problem(QStringLiteral("concept.params"), tr("expected an object, found %1").arg(jsonTypeName(*params)));
            return std::nullopt;
        }
        for (const auto &[name, value] : params->items()) {
            const QString key = QString::fromStdString(name);
            if (value.is_number())
                link.params.insert(key, value.get<double>());
            else if (value.is_string())
                link.params.insert(key, QString::fromStdString(value.get<std::string>()));
            else {
                reader.problem(QStringLiteral("concept.params.") + key,
                               tr("expected a number or a string, found %1").arg(jsonTypeName(value)));
                return std::nullopt;
            }
        }
    }
    return link;
}

std::optional<Question> readQuestion(const json &object, int position, const QString &file,
                                     QList<LoadProblem> &problems)
{
    if (!object.is_object()) {
        problems.append({file, tr("question %1").arg(position + 1), {},
                         tr("expected an object, found %1").arg(jsonTypeName(object))});
        return std::nullopt;
    }
    QString label = tr("question %1").arg(position + 1);
    if (const auto id = object.find("id"); id != object.end() && id->is_string() && !id->get<std::string>().empty())
        label = QString::fromStdString(id->get<std::string>());

    FieldReader reader(object, file, label, problems);
    Question q;
    q.id = reader.string("id", true);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*$"));
    if (!q.id.isEmpty() && !idPattern.match(q.id).hasMatch())
        reader.problem(QStringLiteral("id"), tr("\"%1\" should be lowercase letters, digits, '-' and '.'").arg(q.id));
    q.category = reader.string("category", true);
    q.subcategory = reader.string("subcategory", false);
    q.title = reader.string("title", false);
    q.prompt = reader.string("prompt", true);
    q.answer = reader.string("answer", true);
    const QString difficulty = reader.string("difficulty", true);
    if (!difficulty.isEmpty()) {
        if (const auto parsed = difficultyFromId(difficulty))
            q.difficulty = *parsed;
        else
            reader.problem(QStringLiteral("difficulty"),
                           tr("\"%1\" is not a difficulty; expected easy, medium or hard").arg(difficulty));
    }
    q.tags = reader.strings("tags", false);
    for (QString &tag : q.tags)
        tag = tag.toLower();
    q.keyPoints = reader.strings("key_points", false);
    q.followUps = reader.strings("follow_ups", false);
    q.related = reader.strings("related", false);
    q.principles = reader.strings("principles", false);
    q.conceptLink = readConcept(object, reader);
    if (q.title.isEmpty())
        q.title = q.prompt;
    if (reader.failed())
        return std::nullopt;
    return q;
}

} // namespace

std::vector<Question> QuestionBank::parseDeck(const QByteArray &bytes, const QString &fileLabel,
                                              QList<LoadProblem> &problems)
{
    std::vector<Question> questions;
    const JsonLoad load = JsonStore::parse(bytes, fileLabel, kSchema, {});
    if (!load.ok()) {
        problems.append({fileLabel, {}, {}, load.error});
        return questions;
    }
    const auto list = load.data.find("questions");
    if (list == load.data.end() || !list->is_array()) {
        problems.append({fileLabel, {}, QStringLiteral("questions"),
                         list == load.data.end() ? tr("is missing; expected a list of questions")
                                                 : tr("expected a list, found %1").arg(jsonTypeName(*list))});
        return questions;
    }
    QSet<QString> seen;
    int position = 0;
    for (const auto &item : *list) {
        if (auto question = readQuestion(item, position++, fileLabel, problems)) {
            if (seen.contains(question->id)) {
                problems.append({fileLabel, question->id, QStringLiteral("id"),
                                 tr("appears more than once in this file; the later one was skipped")});
                continue;
            }
            seen.insert(question->id);
            question->deck = fileLabel;
            questions.push_back(std::move(*question));
        }
    }
    return questions;
}

quint64 QuestionBank::nextRevision()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

int QuestionBank::addDeck(const QByteArray &bytes, const QString &fileLabel, bool userDeck)
{
    return addQuestions(parseDeck(bytes, fileLabel, m_problems), fileLabel, userDeck);
}

int QuestionBank::addQuestions(std::vector<Question> questions, const QString &fileLabel, bool userDeck)
{
    int added = 0;
    for (Question &question : questions) {
        if (const int existing = indexOf(question.id); existing >= 0) {
            m_problems.append({fileLabel, question.id, QStringLiteral("id"),
                               tr("is already used by %1; this copy was skipped")
                                   .arg(m_questions[static_cast<std::size_t>(existing)].deck)});
            continue;
        }
        question.deck = fileLabel;
        question.userDeck = userDeck;
        m_index.insert(question.id, static_cast<int>(m_questions.size()));
        m_questions.push_back(std::move(question));
        ++added;
    }
    if (added > 0)
        m_revision = nextRevision();
    return added;
}

void QuestionBank::loadShipped()
{
    // The decks are parsed in parallel (JSON parsing is most of start-up's own work), then
    // added in file order so ids, problems and the bank's order never depend on the threads.
    struct Deck {
        QString label;
        QByteArray bytes;
        std::vector<Question> questions;
        QList<LoadProblem> problems;
    };
    const QDir dir(QStringLiteral(":/content/questions"));
    QList<Deck> decks;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            decks.append({file.fileName(), file.readAll(), {}, {}});
    }
    QtConcurrent::blockingMap(decks, [](Deck &deck) {
        deck.questions = parseDeck(deck.bytes, deck.label, deck.problems);
    });
    for (Deck &deck : decks) {
        m_problems.append(deck.problems);
        addQuestions(std::move(deck.questions), deck.label, false);
    }
}

void QuestionBank::loadUserDecks(const QString &directory)
{
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems.append({QDir::toNativeSeparators(file.fileName()), {}, {},
                               tr("could not be read: %1").arg(file.errorString())});
            continue;
        }
        addDeck(file.readAll(), QDir::toNativeSeparators(file.fileName()), true);
    }
}

const Question *QuestionBank::find(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_questions[static_cast<std::size_t>(index)];
}

QStringList QuestionBank::categories() const
{
    QStringList present;
    QSet<QString> seen;
    for (const Question &q : m_questions)
        seen.insert(q.category);
    for (const QString &known : knownCategories())
        if (seen.remove(known))
            present << known;
    QStringList others(seen.begin(), seen.end());
    others.sort();
    return present + others;
}

} // namespace loopcraft
