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

    void savesKeepBackups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(LibraryStore::fileName());
        LibraryStore store;
        store.load(path);
        for (int i = 0; i < 3; ++i) {
            store.setNote(QStringLiteral("a.b"), QString::number(i));
            QVERIFY(store.saveNow());
            QTest::qWait(5);  // distinct backup timestamps
        }
        JsonStore files(path, LibraryStore::kSchema);
        QCOMPARE(files.backups().size(), 2);
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
