#pragma once

#include "library/loadproblem.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace loopcraft {

// One of Amazon's Leadership Principles, described in our own words (content/principles.json).
struct LeadershipPrinciple {
    QString id;
    QString name;
    QString summary;
    QString description;
    QStringList listenFor;   // what interviewers listen for; the Rehearse self-check
    QStringList questions;   // ids of behavioural questions probing it
};

// The 16 principles, loaded from the shipped content.
class PrincipleCatalogue {
public:
    static constexpr int kSchema = 1;

    void loadShipped();
    void load(const QByteArray &bytes, const QString &fileLabel);
    // When the shipped file is missing or unreadable: the 16 ids and names alone, so stories can
    // still be tagged (descriptions and questions stay empty). Does nothing if any loaded.
    void useStandardNamesIfEmpty();

    const std::vector<LeadershipPrinciple> &principles() const { return m_principles; }
    const LeadershipPrinciple *find(const QString &id) const;
    QString nameOf(const QString &id) const;  // the id itself when unknown
    const QList<LoadProblem> &problems() const { return m_problems; }

private:
    std::vector<LeadershipPrinciple> m_principles;
    QList<LoadProblem> m_problems;
};

} // namespace loopcraft
