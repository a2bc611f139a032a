#pragma once

#include "loadproblem.h"
#include "question.h"

#include <QHash>
#include <QList>
#include <QtGlobal>
#include <vector>

namespace loopcraft {

// Every question the user can study: the shipped decks (Qt resources) plus user decks from
// the data folder. Bad entries are reported precisely and skipped; the rest loads.
class QuestionBank {
public:
    static constexpr int kSchema = 1;

    void loadShipped();
    void loadUserDecks(const QString &directory);
    // Parses one deck and adds its questions; returns how many were added.
    int addDeck(const QByteArray &bytes, const QString &fileLabel, bool userDeck);

    // Adds questions already read (an import, synthetic banks); ids in use are reported and
    // skipped like addDeck() does. Returns how many were added.
    int addQuestions(std::vector<Question> questions, const QString &fileLabel, bool userDeck);

    // Parses a deck without adding it (import preview, fuzzing, tests).
    static std::vector<Question> parseDeck(const QByteArray &bytes, const QString &fileLabel,
                                           QList<LoadProblem> &problems);

    const std::vector<Question> &questions() const { return m_questions; }
    const Question *find(const QString &id) const;
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    const QList<LoadProblem> &problems() const { return m_problems; }
    // Problems found elsewhere about the bank's content (an import's skipped lines).
    void addProblems(const QList<LoadProblem> &problems) { m_problems += problems; }
    // Categories present, shipped order first, then any others alphabetically.
    QStringList categories() const;
    // Changes whenever questions are added, and is never shared by two different banks (a bank
    // assigned anew gets a fresh number): views that cache work over the bank compare it.
    quint64 revision() const { return m_revision; }

private:
    static quint64 nextRevision();


    std::vector<Question> m_questions;
    QHash<QString, int> m_index;
    QList<LoadProblem> m_problems;
    quint64 m_revision = nextRevision();
};

} // namespace loopcraft
