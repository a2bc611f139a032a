#include "jsonstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace loopcraft {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("JsonStore", text); }

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 5: syntax error while parsing value - " or "[json.exception.out_of_range.406] ";
// keep only what was wrong.
QString plainParseMessage(const std::string &what)
{
    QString message = QString::fromStdString(what);
    const int dash = message.lastIndexOf(QStringLiteral(" - "));
    if (dash >= 0)
        message = message.mid(dash + 3);
    else if (const int colon = message.lastIndexOf(QStringLiteral(": ")); colon >= 0)
        message = message.mid(colon + 2);
    else if (message.startsWith(QLatin1Char('[')) && message.indexOf(QStringLiteral("] ")) > 0)
        message = message.mid(message.indexOf(QStringLiteral("] ")) + 2);
    return message;
}

// Names sort chronologically, so the newest backup is the last name.
QString timestamp(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

} // namespace

QPair<int, int> lineAndColumn(const QByteArray &bytes, std::size_t byteOffset)
{
    int line = 1;
    int column = 1;
    const auto end = std::min<std::size_t>(byteOffset, static_cast<std::size_t>(bytes.size()));
    for (std::size_t i = 0; i < end; ++i) {
        const char c = bytes[static_cast<qsizetype>(i)];
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return {line, column};
}

QString jsonTypeName(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null: return tr("null");
    case nlohmann::json::value_t::object: return tr("an object");
    case nlohmann::json::value_t::array: return tr("a list");
    case nlohmann::json::value_t::string: return tr("a string");
    case nlohmann::json::value_t::boolean: return tr("true/false");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return tr("a number");
    default: return tr("an unknown value");
    }
}

JsonStore::JsonStore(QString path, int currentSchema, std::vector<Migration> migrations)
    : m_path(std::move(path)), m_currentSchema(currentSchema), m_migrations(std::move(migrations)),
      m_clock([] { return QDateTime::currentDateTime(); })
{
}

JsonLoad JsonStore::parse(const QByteArray &bytes, const QString &fileLabel, int currentSchema,
                          const std::vector<Migration> &migrations)
{
    JsonLoad result;
    result.status = JsonLoad::Status::Failed;
    if (bytes.trimmed().isEmpty()) {
        result.error = tr("%1 is empty; expected a JSON object.").arg(fileLabel);
        return result;
    }
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const nlohmann::json::parse_error &e) {
        const auto [line, column] = lineAndColumn(bytes, e.byte > 0 ? e.byte - 1 : 0);
        result.error = tr("%1, line %2, column %3: %4.")
                           .arg(fileLabel)
                           .arg(line)
                           .arg(column)
                           .arg(plainParseMessage(e.what()));
        return result;
    } catch (const nlohmann::json::exception &e) {
        // Valid syntax the parser still cannot hold, such as a number beyond a double (1e400):
        // out_of_range, not parse_error, and it carries no position.
        result.error = tr("%1: %2.").arg(fileLabel, plainParseMessage(e.what()));
        return result;
    }
    if (!document.is_object()) {
        result.error = tr("%1: expected a JSON object at the top, found %2.")
                           .arg(fileLabel, jsonTypeName(document));
        return result;
    }
    const auto schema = document.find("schema");
    if (schema == document.end() || !schema->is_number_integer()) {
        result.error = schema == document.end()
                           ? tr("%1: the \"schema\" number is missing.").arg(fileLabel)
                           : tr("%1: \"schema\" should be a whole number, found %2.")
                                 .arg(fileLabel, jsonTypeName(*schema));
        return result;
    }
    const auto version = schema->get<long long>();
    if (version < 1) {
        result.error = tr("%1: schema %2 is not a valid version.").arg(fileLabel).arg(version);
        return result;
    }
    if (version > currentSchema) {
        result.error = tr("%1 was written by a newer Loopcraft (schema %2; this version reads up "
                          "to %3). Update Loopcraft to open it.")
                           .arg(fileLabel)
                           .arg(version)
                           .arg(currentSchema);
        return result;
    }
    result.fileSchema = static_cast<int>(version);
    try {
        for (auto from = result.fileSchema; from < currentSchema; ++from) {
            const auto index = static_cast<std::size_t>(from - 1);
            if (index < migrations.size() && migrations[index])
                migrations[index](document);
        }
    } catch (const std::exception &e) {
        result.error = tr("%1: could not upgrade from schema %2: %3")
                           .arg(fileLabel)
                           .arg(result.fileSchema)
                           .arg(QString::fromUtf8(e.what()));
        return result;
    }
    document["schema"] = currentSchema;
    result.data = std::move(document);
    result.status = JsonLoad::Status::Loaded;
    return result;
}

JsonLoad JsonStore::peek(const QString &file) const
{
    QFile in(file);
    if (!in.exists()) {
        JsonLoad missing;
        return missing;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        JsonLoad failed;
        failed.status = JsonLoad::Status::Failed;
        failed.error = tr("%1 could not be read: %2.").arg(file, in.errorString());
        return failed;
    }
    return parse(in.readAll(), QDir::toNativeSeparators(file), m_currentSchema, m_migrations);
}

JsonLoad JsonStore::load()
{
    JsonLoad result = peek(m_path);
    if (result.status != JsonLoad::Status::Failed || !QFileInfo::exists(m_path))
        return result;
    // Keep the user's bytes: rename, never delete or overwrite.
    const QString aside = m_path + QStringLiteral(".broken-") + timestamp(m_clock());
    if (QFile::rename(m_path, aside)) {
        result.movedAsideTo = aside;
        result.error += QLatin1Char(' ')
                        + tr("The file was kept as %1 and Loopcraft started with an empty one.")
                              .arg(QDir::toNativeSeparators(aside));
    } else {
        result.error += QLatin1Char(' ') + tr("The file could not be moved aside, so Loopcraft "
                                              "will not save over it.");
    }
    return result;
}

QString JsonStore::backupDirectory() const
{
    const QFileInfo info(m_path);
    return info.absolutePath() + QStringLiteral("/backups");
}

QStringList JsonStore::backups() const
{
    const QFileInfo info(m_path);
    QDir dir(backupDirectory());
    // Timestamped names sort chronologically; reverse for newest first.
    QStringList names = dir.entryList({info.completeBaseName() + QStringLiteral("-*.") + info.suffix()},
                                      QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &name : names)
        name = dir.filePath(name);
    return names;
}

bool JsonStore::save(nlohmann::json document, QString *error)
{
    document["schema"] = m_currentSchema;
    const std::string text = document.dump(2) + "\n";
    return saveSerialized(QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size())), error);
}

bool JsonStore::saveSerialized(const QByteArray &text, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));

    if (const QDateTime now = m_clock(); info.exists() && backupDue(now))
        backUp(now);

    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("Could not save %1: %2.").arg(QDir::toNativeSeparators(m_path), out.errorString()));
    if (out.write(text) != text.size()) {
        out.cancelWriting();
        return fail(tr("Could not save %1: %2.").arg(QDir::toNativeSeparators(m_path), out.errorString()));
    }
    if (!out.commit())
        return fail(tr("Could not save %1: %2.").arg(QDir::toNativeSeparators(m_path), out.errorString()));
    return true;
}

bool JsonStore::backupDue(const QDateTime &now) const
{
    // A clock set back (negative age) makes one backup and restarts the interval from there.
    if (!m_lastBackup.isValid())
        return true;
    const qint64 age = m_lastBackup.msecsTo(now);
    return age < 0 || age >= std::chrono::milliseconds(kBackupInterval).count();
}

void JsonStore::backUp(const QDateTime &now)
{
    // A backup failure must not block saving the user's newest words, so it is not fatal; the
    // next save tries again.
    if (!QDir().mkpath(backupDirectory()))
        return;
    const QFileInfo info(m_path);
    const QString backup = backupDirectory() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-')
                           + timestamp(now) + QLatin1Char('.') + info.suffix();
    if (!QFile::copy(m_path, backup))
        return;
    m_lastBackup = now;
    const QStringList all = backups();
    for (qsizetype i = kBackupsKept; i < all.size(); ++i)
        QFile::remove(all[i]);
}

bool JsonStore::restore(const QString &backupFile, QString *error)
{
    const JsonLoad candidate = peek(backupFile);
    if (!candidate.ok()) {
        if (error)
            *error = candidate.error.isEmpty() ? tr("%1 does not exist.").arg(backupFile) : candidate.error;
        return false;
    }
    // Whatever the interval says: the file being replaced is exactly what a user may want back.
    if (QFileInfo::exists(m_path))
        backUp(m_clock());
    return save(candidate.data, error);
}

} // namespace loopcraft
