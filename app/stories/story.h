#pragma once

#include <array>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace loopcraft {

// One STAR story (Situation, Task, Action, Result) tagged with the Leadership Principles it proves.
struct Story {
    enum class Section { Situation, Task, Action, Result };
    static constexpr std::array<Section, 4> kSections{Section::Situation, Section::Task, Section::Action,
                                                      Section::Result};

    QString id;
    QString title;
    std::array<QString, 4> sections; // indexed by Section, plain text
    QStringList principles;          // principle ids (content/principles.json)
    QStringList tags;
    QString role;
    QString team;
    int year = 0;  // 0: not given
    QString notes; // private: never exported unless asked
    QDateTime created;
    QDateTime modified;
    QDateTime deleted; // valid while the story sits in "Recently deleted"

    const QString &section(Section which) const { return sections[static_cast<std::size_t>(which)]; }
    QString &section(Section which) { return sections[static_cast<std::size_t>(which)]; }
    bool isDeleted() const { return deleted.isValid(); }
    // The words the user wrote, timestamps aside (for "has anything changed?" and tests).
    bool sameContent(const Story &other) const;

    static QString newId();
    static QString sectionId(Section which);       // "situation", ... (JSON keys)
    static QString sectionTitle(Section which);    // translated "Situation", ...
    static QString sectionGuidance(Section which); // placeholder text for the editor
};

} // namespace loopcraft
