#include "storage/jsonstore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace loopcraft;

class TestJsonStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedInMessage");
        QTest::newRow("empty") << QByteArray() << "is empty";
        QTest::newRow("whitespace only") << QByteArray(" \n\t ") << "is empty";
        QTest::newRow("truncated") << QByteArray("{\n  \"schema\": 1,\n  \"items\": [1, 2") << "line 3, column";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16) << "line 1, column 1";
        QTest::newRow("invalid utf-8 in string") << QByteArray("{\"schema\": 1, \"a\": \"\xff\xfe\"}") << "line 1";
        QTest::newRow("top-level list") << QByteArray("[1, 2, 3]") << "found a list";
        QTest::newRow("schema missing") << QByteArray("{\"items\": []}") << "\"schema\" number is missing";
        QTest::newRow("schema is a string") << QByteArray("{\"schema\": \"1\"}") << "found a string";
        QTest::newRow("schema zero") << QByteArray("{\"schema\": 0}") << "not a valid version";
        QTest::newRow("future schema") << QByteArray("{\"schema\": 99}") << "newer Loopcraft (schema 99";
        // Found by fuzz_jsonstore (tests/data/bad/fuzz_jsonstore/number-overflow.json): nlohmann
        // throws out_of_range, not parse_error, for a number beyond a double, and it escaped.
        QTest::newRow("number too large") << QByteArray("{\"schema\": 1, \"items\": [1, 2.1e308]}")
                                          << "number overflow parsing '2.1e308'";
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedInMessage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.json"));
        writeFile(path, bytes);

        JsonStore store(path, 2);
        const JsonLoad load = store.load();
        QCOMPARE(load.status, JsonLoad::Status::Failed);
        QVERIFY2(load.error.contains(expectedInMessage), qPrintable(load.error));
        QVERIFY2(load.error.contains(QStringLiteral("progress.json")), qPrintable(load.error));

        // The user's bytes are moved aside intact, and a later save cannot overwrite them.
        QVERIFY(!QFile::exists(path));
        QVERIFY(QFile::exists(load.movedAsideTo));
        QCOMPARE(readFile(load.movedAsideTo), bytes);
        QVERIFY(store.save({{"items", nlohmann::json::array()}}));
        QCOMPARE(readFile(load.movedAsideTo), bytes);
    }

    void parseErrorPointsAtTheFault()
    {
        const QByteArray bytes("{\n  \"schema\": 1,\n  \"name\": tru\n}");
        const JsonLoad load = JsonStore::parse(bytes, QStringLiteral("x.json"), 1, {});
        QCOMPARE(load.status, JsonLoad::Status::Failed);
        QVERIFY2(load.error.startsWith(QStringLiteral("x.json, line 3, column")), qPrintable(load.error));
    }

    void lineAndColumnCountsCharacters()
    {
        const QByteArray bytes = QStringLiteral("ab\nσσx").toUtf8();
        QCOMPARE(lineAndColumn(bytes, 0), qMakePair(1, 1));
        QCOMPARE(lineAndColumn(bytes, 3), qMakePair(2, 1));
        QCOMPARE(lineAndColumn(bytes, static_cast<std::size_t>(bytes.indexOf('x'))), qMakePair(2, 3));
    }

    void missingFileIsNotAnError()
    {
        QTemporaryDir dir;
        JsonStore store(dir.filePath(QStringLiteral("none.json")), 1);
        const JsonLoad load = store.load();
        QCOMPARE(load.status, JsonLoad::Status::Missing);
        QVERIFY(load.error.isEmpty());
    }

    void saveAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        JsonStore store(dir.filePath(QStringLiteral("sub/notes.json")), 3);
        const nlohmann::json document = {{"notes", {{"a", "Ünïcode ✓"}, {"b", ""}}}};
        QString error;
        QVERIFY2(store.save(document, &error), qPrintable(error));
        const JsonLoad load = store.load();
        QVERIFY(load.ok());
        QCOMPARE(load.fileSchema, 3);
        QCOMPARE(load.data["schema"].get<int>(), 3);
        QVERIFY(load.data["notes"] == document["notes"]);
    }

    void migratesOldSchemas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stories.json"));
        writeFile(path, R"({"schema": 1, "list": [1, 2]})");
        JsonStore store(path, 3,
                        {[](nlohmann::json &d) { d["items"] = d["list"]; d.erase("list"); },
                         [](nlohmann::json &d) { d["count"] = d["items"].size(); }});
        const JsonLoad load = store.load();
        QVERIFY2(load.ok(), qPrintable(load.error));
        QCOMPARE(load.fileSchema, 1);
        QCOMPARE(load.data["schema"].get<int>(), 3);
        QCOMPARE(load.data["count"].get<int>(), 2);
        QVERIFY(!load.data.contains("list"));
    }

    void failedMigrationIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.json"));
        writeFile(path, R"({"schema": 1, "list": "not a list"})");
        JsonStore store(path, 2, {[](nlohmann::json &d) { d["n"] = d.at("list").at(0); }});
        const JsonLoad load = store.load();
        QCOMPARE(load.status, JsonLoad::Status::Failed);
        QVERIFY2(load.error.contains(QStringLiteral("could not upgrade from schema 1")), qPrintable(load.error));
        QVERIFY(QFile::exists(load.movedAsideTo));
    }

    // Saves at the given minutes after the store opened; save i writes {"n": i}. The file holds
    // n = -1 before the first save unless the row starts without a file. Expected: the n of each
    // backup, newest first (-1 is the file as the session found it).
    void backupsAreSpaced_data()
    {
        QTest::addColumn<bool>("fileExists");
        QTest::addColumn<QList<int>>("minutes");
        QTest::addColumn<QList<int>>("backedUp");
        QTest::newRow("the first save backs up") << true << QList<int>{0} << QList<int>{-1};
        QTest::newRow("saves within the interval do not")
            << true << QList<int>{0, 1, 5, 9} << QList<int>{-1};
        QTest::newRow("a save after the interval does")
            << true << QList<int>{0, 1, 10} << QList<int>{1, -1};
        QTest::newRow("the interval runs from the last backup")
            << true << QList<int>{0, 9, 15, 24, 25} << QList<int>{3, 1, -1};
        QTest::newRow("five kept")
            << true << QList<int>{0, 10, 20, 30, 40, 50, 60, 70} << QList<int>{6, 5, 4, 3, 2};
        QTest::newRow("no file yet: the next save is the first backup")
            << false << QList<int>{0, 1, 2} << QList<int>{0};
    }

    void backupsAreSpaced()
    {
        QFETCH(bool, fileExists);
        QFETCH(QList<int>, minutes);
        QFETCH(QList<int>, backedUp);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.json"));
        if (fileExists)
            writeFile(path, R"({"schema": 1, "n": -1})");
        JsonStore store(path, 1);
        const QDateTime start(QDate(2024, 3, 1), QTime(9, 0));
        QDateTime now = start;
        store.setClock([&now] { return now; });
        for (int i = 0; i < minutes.size(); ++i) {
            now = start.addSecs(60LL * minutes[i]);
            QVERIFY(store.save({{"n", i}}));
        }
        QList<int> found;
        for (const QString &backup : store.backups())
            found << store.peek(backup).data["n"].get<int>();
        QCOMPARE(found, backedUp);
    }

    void eachSessionBacksUpOnItsFirstSave()
    {
        // A new store (a new run of the app) does not inherit the last one's interval.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.json"));
        const QDateTime start(QDate(2024, 3, 1), QTime(9, 0));
        for (int session = 0; session < 3; ++session) {
            JsonStore store(path, 1);
            store.setClock([&] { return start.addSecs(60LL * session); });
            QVERIFY(store.save({{"session", session}}));
            QVERIFY(store.save({{"session", session}}));
        }
        // One backup a session, not one a save: the first session's second save found the file.
        QCOMPARE(JsonStore(path, 1).backups().size(), 3);
    }

    void clockSetBackStillBacksUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.json"));
        writeFile(path, R"({"schema": 1, "n": -1})");
        JsonStore store(path, 1);
        QDateTime now(QDate(2024, 3, 1), QTime(9, 0));
        store.setClock([&now] { return now; });
        QVERIFY(store.save({{"n", 0}}));
        now = now.addSecs(-3600); // the user corrected the system time
        QVERIFY(store.save({{"n", 1}}));
        now = now.addSecs(60);
        QVERIFY(store.save({{"n", 2}}));
        QCOMPARE(store.backups().size(), 2);
    }

    void restoreBringsBackABackup()
    {
        QTemporaryDir dir;
        JsonStore store(dir.filePath(QStringLiteral("stories.json")), 1);
        QDateTime now(QDate(2024, 3, 1), QTime(9, 0));
        store.setClock([&now] { return now; });
        QVERIFY(store.save({{"text", "first draft"}}));
        now = now.addSecs(1);
        QVERIFY(store.save({{"text", "accidentally erased"}}));
        const QStringList backups = store.backups();
        QCOMPARE(backups.size(), 1);
        now = now.addSecs(1); // well within the interval: the restore backs up all the same
        QVERIFY(store.restore(backups.first()));
        QCOMPARE(store.load().data["text"].get<std::string>(), std::string("first draft"));
        // The state before the restore was itself backed up.
        QCOMPARE(store.backups().size(), 2);
        QCOMPARE(store.peek(store.backups().first()).data["text"].get<std::string>(),
                 std::string("accidentally erased"));
    }

    void readOnlyFolderFailsWithAMessage()
    {
        if (::geteuid() == 0)
            QSKIP("root ignores folder permissions; the write failure is simulated by a file in the way instead");
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("locked"));
        QFile::setPermissions(dir.filePath(QStringLiteral("locked")), QFile::ReadOwner | QFile::ExeOwner);
        JsonStore store(dir.filePath(QStringLiteral("locked/progress.json")), 1);
        QString error;
        QVERIFY(!store.save({{"n", 1}}, &error));
        QVERIFY2(error.contains(QStringLiteral("progress.json")), qPrintable(error));
        QFile::setPermissions(dir.filePath(QStringLiteral("locked")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void unwritableTargetFailsWithAMessage()
    {
        // Works as root too: the parent "folder" is a regular file, so nothing can be created in it.
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("blocker")), "not a folder");
        JsonStore store(dir.filePath(QStringLiteral("blocker/progress.json")), 1);
        QString error;
        QVERIFY(!store.save({{"n", 1}}, &error));
        QVERIFY2(!error.isEmpty(), "a failed save must say why");
        QCOMPARE(readFile(dir.filePath(QStringLiteral("blocker"))), QByteArray("not a folder"));
    }

    void randomBytesNeverCrash()
    {
        // Deterministic noise: every outcome must be a clean Loaded or Failed with a message.
        static const char alphabet[] = "{}[]\":,0123456789abc schema\n\xff";
        quint32 state = 12345;
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes;
            const int length = static_cast<int>(state % 200);
            for (int i = 0; i < length; ++i) {
                state = state * 1664525u + 1013904223u;
                bytes.append(alphabet[state % (sizeof(alphabet) - 1)]);
            }
            const JsonLoad load = JsonStore::parse(bytes, QStringLiteral("noise.json"), 1, {});
            QVERIFY(load.ok() || !load.error.isEmpty());
        }
    }

private:
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestJsonStore)
#include "tst_jsonstore.moc"
