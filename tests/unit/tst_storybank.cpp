#include "stories/principlecatalogue.h"
#include "stories/storybank.h"
#include "stories/storymarkdown.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loopcraft;

namespace {

Story sampleStory(const QString &title = QStringLiteral("Café rollout — naïve cache"))
{
    Story story;
    story.title = title;
    story.section(Story::Section::Situation) =
        QStringLiteral("Our ranking service timed out at peak.\nTwice a day.");
    story.section(Story::Section::Task) = QStringLiteral("I owned latency for the Ωmega team.");
    story.section(Story::Section::Action) =
        QStringLiteral("I profiled, cached embeddings and *argued* for a # budget.");
    story.section(Story::Section::Result) = QStringLiteral("p99 fell 30 % — €12k saved per month.");
    story.principles = {QStringLiteral("ownership"), QStringLiteral("dive-deep")};
    story.tags = {QStringLiteral("latency"), QStringLiteral("ränking")};
    story.role = QStringLiteral("ML engineer");
    story.team = QStringLiteral("Search");
    story.year = 2024;
    story.notes = QStringLiteral("Private: ask Ana before naming the customer.");
    return story;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestStoryBank : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saveAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stories.json"));
        StoryBank bank(path);
        QVERIFY(bank.load().ok());
        const QString first = bank.add(sampleStory());
        Story second = sampleStory(QStringLiteral("Second"));
        second.year = 0;
        second.notes.clear();
        const QString secondId = bank.add(second);
        QVERIFY(bank.isDirty());
        QString error;
        QVERIFY2(bank.save(&error), qPrintable(error));
        QVERIFY(!bank.isDirty());

        StoryBank again(path);
        const auto report = again.load();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.status, JsonLoad::Status::Loaded);
        QCOMPARE(int(again.stories().size()), 2);
        for (const QString &id : {first, secondId}) {
            const Story *saved = bank.find(id);
            const Story *loaded = again.find(id);
            QVERIFY(saved && loaded);
            QVERIFY(loaded->sameContent(*saved));
            QCOMPARE(loaded->created, saved->created);
            QCOMPARE(loaded->modified, saved->modified);
            QVERIFY(!loaded->isDeleted());
        }
        QCOMPARE(again.find(secondId)->year, 0);
        QCOMPARE(again.find(first)->section(Story::Section::Result),
                 QStringLiteral("p99 fell 30 % — €12k saved per month."));
    }

    void writerEscapesEveryCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes and backslashes") << QStringLiteral("He said \"no\" \\ then C:\\path\\");
        QTest::newRow("control characters") << QString::fromUtf8("tab\there\r\nnew line \x01\x1f end");
        QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
        QTest::newRow("non-latin") << QStringLiteral("Ωmega — naïve café 数据 🎉 €");
        QTest::newRow("json lookalike") << QStringLiteral("\"}, {\"id\": \"evil\"} ]");
        QTest::newRow("empty") << QString();
    }

    void writerEscapesEveryCharacter()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stories.json"));
        StoryBank bank(path);
        Story story = sampleStory();
        story.title = text;
        story.section(Story::Section::Action) = text;
        story.tags = {text.isEmpty() ? QStringLiteral("x") : text};
        const QString id = bank.add(story);
        QVERIFY(bank.save());
        // The file is valid JSON for any reader, not only ours.
        QVERIFY(nlohmann::json::accept(readFile(path).toStdString()));
        StoryBank again(path);
        const auto report = again.load();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(again.find(id)->sameContent(*bank.find(id)));
    }

    void updateStampsModifiedOnlyOnChange()
    {
        StoryBank bank;
        const QString id = bank.add(sampleStory());
        const QDateTime created = bank.find(id)->created;
        Story copy = *bank.find(id);
        copy.modified = QDateTime::fromSecsSinceEpoch(0);
        QVERIFY(bank.update(copy));
        QVERIFY(bank.find(id)->modified != copy.modified); // unchanged words keep the old stamp
        QTest::qWait(3);
        copy.title = QStringLiteral("Renamed");
        const QDateTime before = bank.find(id)->modified;
        QVERIFY(bank.update(copy));
        QCOMPARE(bank.find(id)->title, QStringLiteral("Renamed"));
        QVERIFY(bank.find(id)->modified > before);
        QCOMPARE(bank.find(id)->created, created);
        Story unknown = copy;
        unknown.id = QStringLiteral("nope");
        QVERIFY(!bank.update(unknown));
    }

    void softDeleteAndRestore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stories.json"));
        StoryBank bank(path);
        const QString keep = bank.add(sampleStory(QStringLiteral("Keep")));
        const QString gone = bank.add(sampleStory(QStringLiteral("Gone")));
        QVERIFY(bank.softDelete(gone));
        QVERIFY(!bank.softDelete(gone));
        QCOMPARE(bank.activeCount(), 1);
        QCOMPARE(bank.deletedStories().size(), 1);
        QCOMPARE(bank.storiesForPrinciple(QStringLiteral("ownership")).size(), 1);
        QCOMPARE(bank.storiesForPrinciple(QStringLiteral("ownership")).first().id, keep);
        QVERIFY(bank.save());

        // Deletion survives a reload; restore brings the story back with its words.
        StoryBank again(path);
        QVERIFY(again.load().ok());
        QCOMPARE(again.activeCount(), 1);
        QVERIFY(again.find(gone)->isDeleted());
        QVERIFY(again.restore(gone));
        QVERIFY(!again.restore(gone));
        QCOMPARE(again.activeCount(), 2);
        QVERIFY(again.find(gone)->sameContent(*bank.find(gone)));

        // Purging is only possible from "Recently deleted".
        QVERIFY(!again.purge(keep));
        QVERIFY(again.softDelete(keep));
        QVERIFY(again.purge(keep));
        QVERIFY(!again.find(keep));
        QVERIFY(again.find(gone));
        QCOMPARE(again.storiesForPrinciple(QStringLiteral("dive-deep")).size(), 1);
    }

    void corruptFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("storiesLoaded");
        QTest::addColumn<QString>("expectedInMessage");
        const QByteArray good = "{\"id\": \"a\", \"title\": \"Fine\", \"situation\": \"S\", \"task\": \"T\", "
                                "\"action\": \"A\", \"result\": \"R\"}";
        QTest::newRow("empty") << QByteArray() << 0 << "is empty";
        QTest::newRow("truncated") << QByteArray(
                                          "{\"schema\": 1, \"stories\": [{\"id\": \"a\", \"title\": \"Hal")
                                   << 0 << "line 1";
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << 0 << "line 1";
        QTest::newRow("top-level list") << QByteArray("[]") << 0 << "found a list";
        QTest::newRow("future schema")
            << QByteArray("{\"schema\": 7, \"stories\": []}") << 0 << "newer Loopcraft";
        // Found by fuzz_stories: a number beyond a double ended the app instead of this message.
        QTest::newRow("number too large")
            << QByteArray("{\"schema\": 1, \"stories\": [{\"id\": \"a\", \"year\": 1e3080}]}") << 0
            << "number overflow";
        QTest::newRow("stories is a string")
            << QByteArray("{\"schema\": 1, \"stories\": \"oops\"}") << 0 << "does not hold a list of stories";
        QTest::newRow("stories missing") << QByteArray("{\"schema\": 1}") << 0 << "does not hold a list";
        QTest::newRow("a story is a number") << QByteArray("{\"schema\": 1, \"stories\": [42, " + good + "]}")
                                             << 1 << "expected each story to be an object";
        QTest::newRow("title is a number")
            << QByteArray("{\"schema\": 1, \"stories\": [{\"id\": \"x\", \"title\": 5}]}") << 1
            << "title: expected a string, found a number";
        QTest::newRow("principles is a string")
            << QByteArray("{\"schema\": 1, \"stories\": [{\"id\": \"x\", \"principles\": \"ownership\"}]}")
            << 1 << "principles: expected a list of strings";
        QTest::newRow("year is text")
            << QByteArray("{\"schema\": 1, \"stories\": [{\"id\": \"x\", \"year\": \"2020\"}]}") << 1
            << "expected a year";
        QTest::newRow("year out of range")
            << QByteArray("{\"schema\": 1, \"stories\": [{\"id\": \"x\", \"year\": -5}]}") << 1 << "found -5";
        QTest::newRow("bad date")
            << QByteArray("{\"schema\": 1, \"stories\": [{\"id\": \"x\", \"created\": \"yesterday\"}]}") << 1
            << "is not a date";
        QTest::newRow("no id") << QByteArray("{\"schema\": 1, \"stories\": [{\"title\": \"Orphan\"}]}") << 1
                               << "was given a new one";
        QTest::newRow("duplicate ids")
            << QByteArray("{\"schema\": 1, \"stories\": [" + good + "," + good + "]}") << 2
            << "appears more than once";
    }

    void corruptFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, storiesLoaded);
        QFETCH(QString, expectedInMessage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stories.json"));
        writeFile(path, bytes);
        QDir(dir.path()).mkpath(QStringLiteral("backups"));
        writeFile(dir.filePath(QStringLiteral("backups/stories-20240101-000000-000.json")),
                  "{\"schema\": 1, \"stories\": []}");

        StoryBank bank(path);
        const StoryBank::LoadReport report = bank.load();
        QVERIFY(!report.ok());
        // The versions from before the damage are kept out of the backup rotation.
        QCOMPARE(bank.keptBackups().size(), 1);
        QVERIFY2(report.message.contains(expectedInMessage), qPrintable(report.message));
        QVERIFY2(report.message.contains(QStringLiteral("stories.json")), qPrintable(report.message));
        QCOMPARE(int(bank.stories().size()), storiesLoaded);

        // The user's bytes are kept whole beside the file, and saving cannot touch them.
        QVERIFY(!report.movedAsideTo.isEmpty());
        QCOMPARE(readFile(report.movedAsideTo), bytes);
        QVERIFY(report.message.contains(QDir::toNativeSeparators(report.movedAsideTo)));
        bank.add(sampleStory());
        QString error;
        QVERIFY2(bank.save(&error), qPrintable(error));
        QCOMPARE(readFile(report.movedAsideTo), bytes);
        StoryBank again(path);
        QVERIFY(again.load().ok());
        QCOMPARE(int(again.stories().size()), storiesLoaded + 1);
    }

    void randomFilesNeverCrashOrLoseBytes()
    {
        quint32 state = 2024;
        const QByteArray alphabet = "{}[]\":,0123456789 schema stories id title year null true";
        for (int round = 0; round < 200; ++round) {
            QByteArray bytes = round % 2 ? QByteArray("{\"schema\": 1, \"stories\": [") : QByteArray();
            const int length = int(state % 160);
            for (int i = 0; i < length; ++i) {
                state = state * 1664525u + 1013904223u;
                bytes.append(alphabet[int(state % alphabet.size())]);
            }
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("stories.json"));
            writeFile(path, bytes);
            StoryBank bank(path);
            const StoryBank::LoadReport report = bank.load();
            if (report.ok()) {
                QCOMPARE(report.status, JsonLoad::Status::Loaded);
                QCOMPARE(readFile(path), bytes);
            } else {
                QVERIFY(!report.message.isEmpty());
                QCOMPARE(readFile(report.movedAsideTo), bytes);
            }
        }
    }

    void olderFilesWithFewerFieldsLoad()
    {
        // A minimal story (only id and one section) fills the rest with defaults, no complaints.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stories.json"));
        writeFile(path, "{\"schema\": 1, \"stories\": [{\"id\": \"s1\", \"action\": \"I did it.\"}]}");
        StoryBank bank(path);
        const auto report = bank.load();
        QVERIFY2(report.ok(), qPrintable(report.message));
        const Story *story = bank.find(QStringLiteral("s1"));
        QVERIFY(story);
        QCOMPARE(story->section(Story::Section::Action), QStringLiteral("I did it."));
        QVERIFY(story->title.isEmpty());
        QVERIFY(story->created.isValid());
        QCOMPARE(story->year, 0);
        // A year of 0 means "not given", like null.
        writeFile(path, "{\"schema\": 1, \"stories\": [{\"id\": \"s2\", \"year\": 0}]}");
        StoryBank zero(path);
        QVERIFY(zero.load().ok());
        QCOMPARE(zero.find(QStringLiteral("s2"))->year, 0);
    }

    void migrationHookUpgradesOldDocuments()
    {
        // How a schema bump works: a store at schema 2 whose migration renames a field written by
        // schema 1; the migrated document then reads through the bank's parser.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stories.json"));
        writeFile(
            path,
            "{\"schema\": 1, \"stories\": [{\"id\": \"s1\", \"name\": \"Old title\", \"action\": \"A\"}]}");
        JsonStore store(path, 2, {[](nlohmann::json &document) {
                            for (auto &story : document.at("stories")) {
                                story["title"] = story.at("name");
                                story.erase("name");
                            }
                        }});
        const JsonLoad loaded = store.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.fileSchema, 1);
        QList<LoadProblem> problems;
        const std::vector<Story> stories = StoryBank::storiesFromJson(loaded.data, path, problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(int(stories.size()), 1);
        QCOMPARE(stories.front().title, QStringLiteral("Old title"));
        // Today's schema needs no migration, and the bank writes the schema it reads.
        QCOMPARE(int(StoryBank::migrations().size()), StoryBank::kSchema - 1);
        QCOMPARE(StoryBank().toJson()["schema"].get<int>(), StoryBank::kSchema);
    }

    void eachSessionBacksUpTheFileAsItFoundIt()
    {
        // JsonStore backs up on a session's first save; the bank relies on it rather than
        // keeping copies of its own.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stories.json"));
        {
            StoryBank first(path);
            QVERIFY(first.load().ok());
            first.add(sampleStory(QStringLiteral("Session one")));
            QVERIFY(first.save()); // nothing on disk yet, so nothing to back up
        }
        {
            StoryBank reader(path); // a session that only reads changes nothing
            QVERIFY(reader.load().ok());
        }
        QVERIFY(StoryBank(path).store()->backups().isEmpty());
        for (int session = 0; session < 3; ++session) {
            StoryBank again(path);
            QVERIFY(again.load().ok());
            again.add(sampleStory(QStringLiteral("Session %1").arg(session + 2)));
            QVERIFY(again.save());
            QVERIFY(again.save()); // one backup per session, not per save
            QTest::qWait(2);       // backups are named by millisecond timestamps
        }
        StoryBank last(path);
        QVERIFY(last.load().ok());
        const QStringList backups = last.store()->backups();
        QCOMPARE(backups.size(), 3);
        // The newest backup is the file as the last session opened it: one story fewer.
        QList<LoadProblem> problems;
        const auto stories =
            StoryBank::storiesFromJson(last.store()->peek(backups.first()).data, backups.first(), problems);
        QCOMPARE(int(stories.size()), last.activeCount() - 1);
        QVERIFY(last.keptBackups().isEmpty()); // no damage, nothing pinned
    }

    void keptCopiesAreBounded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stories.json"));
        QDir(dir.path()).mkpath(QStringLiteral("backups"));
        for (int i = 0; i < StoryBank::kKeptCopies + 2; ++i)
            writeFile(dir.filePath(QStringLiteral("backups/stories-20240101-1200%1-000.json").arg(i, 2, 10, QLatin1Char('0'))),
                      "{\"schema\": 1, \"stories\": []}");
        writeFile(path, "{\"schema\": 1, \"stories\": [");
        StoryBank bank(path);
        QVERIFY(!bank.load().ok());
        const QStringList kept = bank.keptBackups();
        QCOMPARE(kept.size(), StoryBank::kKeptCopies);
        QVERIFY2(kept.first().endsWith(QStringLiteral("kept-stories-20240101-120011-000.json")), qPrintable(kept.first()));
    }

    void savesKeepBackups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stories.json"));
        StoryBank bank(path);
        const QString id = bank.add(sampleStory(QStringLiteral("Draft one")));
        QVERIFY(bank.save());
        QTest::qWait(3);
        Story edited = *bank.find(id);
        edited.title = QStringLiteral("Draft two");
        QVERIFY(bank.update(edited));
        QVERIFY(bank.save());
        const QStringList backups = bank.store()->backups();
        QCOMPARE(backups.size(), 1);
        QList<LoadProblem> problems;
        const auto old =
            StoryBank::storiesFromJson(bank.store()->peek(backups.first()).data, backups.first(), problems);
        QCOMPARE(old.front().title, QStringLiteral("Draft one"));
        // Restoring the backup and reloading brings the draft back.
        QVERIFY(bank.store()->restore(backups.first()));
        QVERIFY(bank.reload().ok());
        QCOMPARE(bank.find(id)->title, QStringLiteral("Draft one"));
    }

    void exportAndImportJson()
    {
        StoryBank source;
        const QString a = source.add(sampleStory(QStringLiteral("A")));
        source.add(sampleStory(QStringLiteral("B")));
        const QString deleted = source.add(sampleStory(QStringLiteral("Deleted")));
        source.softDelete(deleted);
        const QByteArray exported = source.exportJson();

        StoryBank target;
        QList<LoadProblem> problems;
        QString error;
        QCOMPARE(target.importJson(exported, QStringLiteral("export.json"), problems, &error), 2);
        QVERIFY(problems.isEmpty());
        QVERIFY(target.find(a) && target.find(a)->sameContent(*source.find(a)));
        QVERIFY(!target.find(deleted));
        // Importing the same file again adds nothing; a changed story with a known id is added as new.
        QCOMPARE(target.importJson(exported, QStringLiteral("export.json"), problems, &error), 0);
        Story changed = *source.find(a);
        changed.title = QStringLiteral("A, rewritten");
        QVERIFY(source.update(changed));
        QCOMPARE(target.importJson(source.exportJson(), QStringLiteral("export.json"), problems, &error), 1);
        QCOMPARE(target.activeCount(), 3);
        QCOMPARE(target.find(a)->title, QStringLiteral("A"));

        QCOMPARE(target.importJson("not json", QStringLiteral("bad.json"), problems, &error), -1);
        QVERIFY(error.contains(QStringLiteral("bad.json")));
        QCOMPARE(target.importJson("{\"schema\": 1, \"stories\": {}}", QStringLiteral("bad.json"), problems,
                                   &error),
                 -1);
        QCOMPARE(target.activeCount(), 3);
    }

    void markdownOfOneStory()
    {
        PrincipleCatalogue principles;
        principles.load("{\"schema\": 1, \"principles\": [{\"id\": \"ownership\", \"name\": \"Ownership\"},\n"
                        "                                                       {\"id\": \"dive-deep\", "
                        "\"name\": \"Dive Deep\"}]}",
                        QStringLiteral("p.json"));
        const Story story = sampleStory();
        const QString md = StoryMarkdown::story(story, &principles);
        QVERIFY2(md.startsWith(QStringLiteral("# Café rollout — naïve cache\n")), qPrintable(md));
        for (const char *heading : {"## Situation", "## Task", "## Action", "## Result"})
            QVERIFY2(md.contains(QLatin1String(heading)), heading);
        QVERIFY(md.indexOf(QStringLiteral("## Situation")) < md.indexOf(QStringLiteral("## Task")));
        QVERIFY(md.indexOf(QStringLiteral("## Action")) < md.indexOf(QStringLiteral("## Result")));
        QVERIFY(md.contains(QStringLiteral("**Principles:** Ownership, Dive Deep")));
        QVERIFY(md.contains(QStringLiteral("**Year:** 2024")));
        QVERIFY(md.contains(QStringLiteral("**Tags:** latency, ränking")));
        QVERIFY(md.contains(QStringLiteral("p99 fell 30 % — €12k saved per month.")));
        // Plain text stays plain: Markdown characters are escaped, line breaks kept.
        QVERIFY(md.contains(QStringLiteral("\\*argued\\* for a \\# budget")));
        QVERIFY(md.contains(QStringLiteral("at peak.  \nTwice a day.")));
        // Private notes stay out unless asked for.
        QVERIFY(!md.contains(QStringLiteral("Private:")));
        StoryMarkdown::Options withNotes;
        withNotes.includeNotes = true;
        QVERIFY(StoryMarkdown::story(story, &principles, withNotes).contains(QStringLiteral("## Notes")));
        // An empty section says so instead of vanishing.
        Story empty;
        QVERIFY(StoryMarkdown::story(empty, nullptr).contains(QStringLiteral("not written yet")));
    }

    void markdownOfTheBank()
    {
        StoryBank bank;
        bank.add(sampleStory(QStringLiteral("First")));
        bank.add(sampleStory(QStringLiteral("Second")));
        const QString md = StoryMarkdown::bank(bank.activeStories(), nullptr);
        QVERIFY(md.startsWith(QStringLiteral("# ")));
        QVERIFY(md.contains(QStringLiteral("## First")));
        QVERIFY(md.contains(QStringLiteral("## Second")));
        QCOMPARE(md.count(QStringLiteral("### Action")), 2);
        QVERIFY(md.contains(QStringLiteral("**Principles:** ownership, dive-deep"))); // ids when no catalogue
    }

    void escapeKeepsListsAndHeadingsPlain_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("bullet") << QStringLiteral("- not a list") << QStringLiteral("\\- not a list");
        QTest::newRow("numbered") << QStringLiteral("1. not a list") << QStringLiteral("1\\. not a list");
        QTest::newRow("heading") << QStringLiteral("# not a heading") << QStringLiteral("\\# not a heading");
        QTest::newRow("emphasis") << QStringLiteral("a_b*c") << QStringLiteral("a\\_b\\*c");
        QTest::newRow("paragraphs") << QStringLiteral("one\n\ntwo") << QStringLiteral("one\n\ntwo");
    }

    void escapeKeepsListsAndHeadingsPlain()
    {
        QFETCH(QString, plain);
        QFETCH(QString, markdown);
        QCOMPARE(StoryMarkdown::escape(plain), markdown);
    }

    void tagsAreCollected()
    {
        StoryBank bank;
        Story a = sampleStory();
        a.tags = {QStringLiteral("zeta"), QStringLiteral("Alpha")};
        Story b = sampleStory();
        b.tags = {QStringLiteral("alpha"), QStringLiteral("beta")};
        bank.add(a);
        bank.add(b);
        QCOMPARE(bank.allTags(),
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("zeta")}));
    }
};

QTEST_GUILESS_MAIN(TestStoryBank)
#include "tst_storybank.moc"
