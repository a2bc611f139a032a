#pragma once

#include "story.h"

#include <array>
#include <QList>
#include <QMap>
#include <QString>

namespace loopcraft {

// A run of characters in one section's text (QString indexes), for highlighting.
struct TextSpan {
    int start = 0;
    int length = 0;
    bool operator==(const TextSpan &) const = default;
};

// Evidence that a Result is measurable: "30 %", "$2M", "3 days", "10x", "twice".
struct Measure {
    enum class Kind { Number, Percent, Money, Time, Multiplier, WrittenNumber };
    Kind kind = Kind::Number;
    TextSpan span;
    QString text;
};

// What one section says about itself.
struct SectionInsights {
    int words = 0;
    int iCount = 0;
    QList<TextSpan> weSpans;     // every "we", "we're", "our team"... is not counted: only we-forms
    QList<TextSpan> fillerSpans; // filler and hedge words, multi-word ones as one span
    QStringList fillers;         // the phrase of each filler span, lowercase, same order
};

// Coaching feedback computed from a story's four sections on every keystroke: length and
// speaking time, balance, "I" against "we", a measurable result, filler words, gaps.
class StoryInsights {
public:
    static constexpr double kDefaultWordsPerMinute = 140.0;
    static constexpr double kTargetMinSeconds = 90.0;  // 1.5 minutes
    static constexpr double kTargetMaxSeconds = 180.0; // 3 minutes
    enum class Pace { Empty, TooShort, OnTarget, TooLong };

    static StoryInsights compute(const std::array<QString, 4> &sections,
                                 double wordsPerMinute = kDefaultWordsPerMinute);
    static StoryInsights compute(const Story &story, double wordsPerMinute = kDefaultWordsPerMinute)
    {
        return compute(story.sections, wordsPerMinute);
    }

    // The rules one at a time (tests, the editor's highlighter).
    static SectionInsights analyse(const QString &text);
    static QList<TextSpan> words(const QString &text);
    static int countWords(const QString &text) { return static_cast<int>(words(text).size()); }
    static QList<Measure> measures(const QString &text);
    static const QStringList &fillerPhrases();

    std::array<SectionInsights, 4> sections;
    int totalWords = 0;
    double wordsPerMinute = kDefaultWordsPerMinute;
    double speakingSeconds = 0.0;
    Pace pace = Pace::Empty;
    int iCount = 0;
    int weCount = 0;
    QMap<QString, int> fillerCounts; // phrase -> occurrences over the whole story
    int fillerTotal = 0;
    QList<Measure> resultMeasures;
    QList<Story::Section> missingSections;
    bool actionHoldsMost = false;

    const SectionInsights &section(Story::Section which) const
    {
        return sections[static_cast<std::size_t>(which)];
    }
    double share(Story::Section which) const; // 0..1 of all words
    bool measurableResult() const { return !resultMeasures.isEmpty(); }
};

} // namespace loopcraft
