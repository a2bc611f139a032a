#include "library/librarystore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loopcraft;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList brokenFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("library.json.broken-*")}, QDir::Files);
}

} // namespace

class TestLibraryStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void missingFileStartsEmpty()
    {
        QTemporaryDir dir;
        LibraryStore store;
        QCOMPARE(store.load(dir.filePath(LibraryStore::fileName())), QString());
        QVERIFY(store.bookmarks().isEmpty());
        QCOMPARE(store.noteCount(), 0);
    }

    void bookmarksAndNotesSurviveARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(LibraryStore::fileName());
        {
            LibraryStore store;
            store.load(path);
            store.setBookmarked(QStringLiteral("math.bayes"), true);
            store.setBookmarked(QStringLiteral("coding.two-sum"), true);
            store.setBookmarked(QStringLiteral("coding.two-sum"), false);
            store.setNote(QStringLiteral("math.bayes"), QStringLiteral("**Prior** × likelihood — naïve ✓\n\n- one"));
            store.setNote(QStringLiteral("empty.note"), QStringLiteral("   "));
            QVERIFY(store.hasUnsavedChanges());
            QVERIFY(store.saveNow());
            QVERIFY(!store.hasUnsavedChanges());
        }
        LibraryStore again;
        QCOMPARE(again.load(path), QString());
        QCOMPARE(again.bookmarks(), QSet<QString>{QStringLiteral("math.bayes")});
        QCOMPARE(again.note(QStringLiteral("math.bayes")), QStringLiteral("**Prior** × likelihood — naïve ✓\n\n- one"));
        QCOMPARE(again.noteCount(), 1);
    }

    void autosavesAboutASecondAfterTheLastEdit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(LibraryStore::fileName());
        LibraryStore store;
        store.load(path);
        QSignalSpy saved(&store, &LibraryStore::saved);
        store.setNote(QStringLiteral("a.b"), QStringLiteral("first"));
        store.setNote(QStringLiteral("a.b"), QStringLiteral("second"));
        QVERIFY(!QFile::exists(path));  // debounced, not written at once
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 3000);
        QVERIFY(QFile::exists(path));
        LibraryStore reader;
        reader.load(path);
        QCOMPARE(reader.note(QStringLiteral("a.b")), QStringLiteral("second"));
    }

    void unsavedEditsAreSavedOnDestruction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(LibraryStore::fileName());
        {
            LibraryStore store;
            store.load(path);
            store.setBookmarked(QStringLiteral("x.y"), true);
        }
        LibraryStore reader;
        reader.load(path);
        QVERIFY(reader.isBookmarked(QStringLiteral("x.y")));
    }

    // Autosave runs about a second after each edit: saves at these minutes (save i writes the
    // note "i") must leave backups of these notes, newest first.
    void savesKeepSpacedBackups_data()
    {
        QTest::addColumn<QList<int>>("minutes");
        QTest::addColumn<QStringList>("backedUp");
        QTest::newRow("one save: no file to back up yet") << QList<int>{0} << QStringList{};
        QTest::newRow("the next save backs up the file") << QList<int>{0, 1} << QStringList{"0"};
        QTest::newRow("autosaves within ten minutes do not")
            << QList<int>{0, 1, 2, 3, 9} << QStringList{"0"};
        QTest::newRow("one ten minutes later does")
            << QList<int>{0, 1, 2, 11, 12} << QStringList{"2", "0"};
    }

    void savesKeepSpacedBackups()
    {
        QFETCH(QList<int>, minutes);
        QFETCH(QStringList, backedUp);
        QTemporaryDir dir;
        const QString path = dir.filePath(LibraryStore::fileName());
        const QDateTime start(QDate(2024, 3, 1), QTime(9, 0));
        QDateTime now = start; // outlives the store, whose clock reads it
        LibraryStore store;
        store.load(path);
        store.file()->setClock([&now] { return now; });
        for (int i = 0; i < minutes.size(); ++i) {
            now = start.addSecs(60LL * minutes[i]);
            store.setNote(QStringLiteral("a.b"), QString::number(i));
            QVERIFY(store.saveNow());
        }
        QStringList found;
        for (const QString &backup : store.file()->backups())
            found << QString::fromStdString(store.file()->peek(backup).data["notes"]["a.b"].get<std::string>());
        QCOMPARE(found, backedUp);
    }

    void savedSearchesSurviveARestartInTheirOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(LibraryStore::fileName());
        const QList<SavedSearch> expected{{QStringLiteral("Trees, hard"), QStringLiteral("tag:trees diff:hard")},
                                          {QStringLiteral("Due maths ✓"), QStringLiteral("cat:math is:due \"naïve bayes\"")},
                                          {QStringLiteral("Always"), QStringLiteral("-is:new")}};
        {
            LibraryStore store;
            store.load(path);
            QSignalSpy changed(&store, &LibraryStore::savedSearchesChanged);
            for (const SavedSearch &search : expected)
                QVERIFY(store.addSavedSearch(QStringLiteral("  ") + search.name + QStringLiteral(" "), search.query));
            QCOMPARE(changed.count(), 3);
            QVERIFY(store.hasUnsavedChanges());
            QVERIFY(store.saveNow());
        }
        LibraryStore again;
        QCOMPARE(again.load(path), QString());
        QCOMPARE(again.savedSearches(), expected);
        QCOMPARE(again.savedSearchIndex(QStringLiteral("due MATHS ✓")), 1);
        QCOMPARE(again.savedSearchIndex(QStringLiteral("nope")), -1);
    }

    void aFileWithoutSearchesStillLoads()
    {
        // library.json as written before saved searches existed (same schema 1).
        QTemporaryDir dir;
        const QString path = dir.filePath(LibraryStore::fileName());
        write(path, R"({"schema": 1, "bookmarks": ["a.b"], "notes": {"a.b": "text"}})");
        LibraryStore store;
        QCOMPARE(store.load(path), QString());
        QVERIFY(store.isBookmarked(QStringLiteral("a.b")));
        QVERIFY(store.savedSearches().isEmpty());
        write(path, R"({"schema": 1, "searches": null})");
        QCOMPARE(store.load(path), QString());
        QVERIFY(store.savedSearches().isEmpty());
        QVERIFY(brokenFiles(dir.path()).isEmpty());
    }

    void savedSearchEditsFollowTheRules_data()
    {
        // op: add NAME QUERY | rename NAME TO | query NAME QUERY | remove NAME; each on a store
        // that holds "Trees" = "tag:trees" and "Hard" = "diff:hard".
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QStringList>("names");
        const QStringList both{QStringLiteral("Trees"), QStringLiteral("Hard")};
        QTest::newRow("add") << "add" << "Due" << "is:due" << true << "" << QStringList{"Trees", "Hard", "Due"};
        QTest::newRow("add trims the name") << "add" << "  Due \t" << "is:due" << true << "" << QStringList{"Trees", "Hard", "Due"};
        QTest::newRow("add empty name") << "add" << "" << "is:due" << false << "needs a name" << both;
        QTest::newRow("add blank name") << "add" << "   " << "is:due" << false << "needs a name" << both;
        QTest::newRow("add duplicate") << "add" << "Trees" << "tag:ml" << false << "already" << both;
        QTest::newRow("add duplicate other case") << "add" << "tREES " << "tag:ml" << false << "already" << both;
        QTest::newRow("add blank query") << "add" << "Due" << "  " << false << "nothing to save" << both;
        QTest::newRow("rename") << "rename" << "trees" << "Forests" << true << "" << QStringList{"Forests", "Hard"};
        QTest::newRow("rename case only") << "rename" << "Trees" << "TREES" << true << "" << QStringList{"TREES", "Hard"};
        QTest::newRow("rename to taken") << "rename" << "Trees" << "hard" << false << "already" << both;
        QTest::newRow("rename to empty") << "rename" << "Trees" << " " << false << "needs a name" << both;
        QTest::newRow("rename missing") << "rename" << "Nope" << "Yes" << false << "no saved search" << both;
        QTest::newRow("new query") << "query" << "Hard" << "diff:hard is:due" << true << "" << both;
        QTest::newRow("new query blank") << "query" << "Hard" << "" << false << "nothing to save" << both;
        QTest::newRow("new query missing") << "query" << "Nope" << "x" << false << "no saved search" << both;
        QTest::newRow("remove") << "remove" << "TREES" << "" << true << "" << QStringList{"Hard"};
        QTest::newRow("remove missing") << "remove" << "Nope" << "" << false << "" << both;
    }
    void savedSearchEditsFollowTheRules()
    {
        QFETCH(QString, op);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, ok);
        QFETCH(QString, error);
        QFETCH(QStringList, names);
        QTemporaryDir dir;
        LibraryStore store;
        store.load(dir.filePath(LibraryStore::fileName()));
        QVERIFY(store.addSavedSearch(QStringLiteral("Trees"), QStringLiteral("tag:trees")));
        QVERIFY(store.addSavedSearch(QStringLiteral("Hard"), QStringLiteral("diff:hard")));
        QVERIFY(store.saveNow());
        QSignalSpy changed(&store, &LibraryStore::savedSearchesChanged);
        QString message;
        bool result = false;
        if (op == QLatin1String("add"))
            result = store.addSavedSearch(first, second, &message);
        else if (op == QLatin1String("rename"))
            result = store.renameSavedSearch(first, second, &message);
        else if (op == QLatin1String("query"))
            result = store.setSavedSearchQuery(first, second, &message);
        else
            result = store.removeSavedSearch(first);
        QCOMPARE(result, ok);
        QVERIFY2(message.contains(error, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(message.isEmpty(), error.isEmpty());
        QCOMPARE(changed.count(), ok ? 1 : 0);
        QCOMPARE(store.hasUnsavedChanges(), ok);
        QStringList actual;
        for (const SavedSearch &search : store.savedSearches())
            actual << search.name;
        QCOMPARE(actual, names);
        if (op == QLatin1String("query") && ok)
            QCOMPARE(store.savedSearches().at(store.savedSearchIndex(first)).query, second);
    }

    void repeatedOrBlankNamesInTheFileAreKeptUnderFreeNames()
    {
        // A hand-edited file: nothing is dropped and the file is not moved aside.
        QTemporaryDir dir;
        const QString path = dir.filePath(LibraryStore::fileName());
        write(path, R"json({"schema": 1, "searches": [{"name": "Trees", "query": "tag:trees"},
                       {"name": "trees", "query": "tag:forest"}, {"name": " ", "query": "is:new"},
                       {"name": "Trees (2)", "query": "diff:easy"}]})json");
        LibraryStore store;
        QCOMPARE(store.load(path), QString());
        const QList<SavedSearch> expected{{QStringLiteral("Trees"), QStringLiteral("tag:trees")},
                                          {QStringLiteral("trees (2)"), QStringLiteral("tag:forest")},
                                          {QStringLiteral("Unnamed search"), QStringLiteral("is:new")},
                                          {QStringLiteral("Trees (2) (2)"), QStringLiteral("diff:easy")}};
        QCOMPARE(store.savedSearches(), expected);
        QVERIFY(brokenFiles(dir.path()).isEmpty());
    }

    void badFilesAreKeptAsideAndReported_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = R"({"schema": 1, "bookmarks": ["a.b"], "notes": {"a.b": "text"}})";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "line 1";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << "object";
        QTest::newRow("no schema") << QByteArray(R"({"bookmarks": []})") << "schema";
        QTest::newRow("newer schema") << QByteArray(R"({"schema": 99})") << "newer";
        QTest::newRow("bookmarks wrong type") << QByteArray(R"({"schema": 1, "bookmarks": 5})") << "bookmarks";
        QTest::newRow("bookmark wrong type") << QByteArray(R"({"schema": 1, "bookmarks": ["a", 3]})") << "bookmarks";
        QTest::newRow("notes wrong type") << QByteArray(R"({"schema": 1, "notes": ["a"]})") << "notes";
        QTest::newRow("note wrong type") << QByteArray(R"({"schema": 1, "notes": {"a.b": 7}})") << "a.b";
        QTest::newRow("searches wrong type") << QByteArray(R"({"schema": 1, "searches": {"a": "b"}})") << "searches";
        QTest::newRow("search not an object") << QByteArray(R"({"schema": 1, "searches": ["tag:x"]})") << "saved search";
        QTest::newRow("search name missing") << QByteArray(R"({"schema": 1, "searches": [{"query": "x"}]})") << "\"name\"";
        QTest::newRow("search query a number")
            << QByteArray(R"({"schema": 1, "searches": [{"name": "a", "query": 3}]})") << "\"query\" should be text, found a number";
        QByteArray random(512, '\0');
        QRandomGenerator generator(42);
        for (char &c : random)
            c = static_cast<char>(generator.bounded(256));
        QTest::newRow("random bytes") << random << "library.json";
    }
    void badFilesAreKeptAsideAndReported()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(LibraryStore::fileName());
        write(path, bytes);
        LibraryStore store;
        const QString message = store.load(path);
        QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(store.bookmarks().isEmpty());
        QCOMPARE(store.noteCount(), 0);
        QVERIFY(store.savedSearches().isEmpty());
        // The user's bytes are kept whole, aside, and a new save does not touch them.
        const QStringList aside = brokenFiles(dir.path());
        QCOMPARE(aside.size(), 1);
        store.setBookmarked(QStringLiteral("new.one"), true);
        QVERIFY(store.saveNow());
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), bytes);
    }
};

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
