<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Category</name>
    <message>
        <source>Fundamentals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML System Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding &amp; SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Math</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generative AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Interview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConceptViewFactory</name>
    <message>
        <source>Overfitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias–variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrincipleCatalogue</name>
    <message>
        <source>Customer Obsession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invent and Simplify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are Right, A Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn and Be Curious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire and Develop the Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insist on the Highest Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think Big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias for Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frugality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earn Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dive Deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have Backbone; Disagree and Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strive to be Earth&apos;s Best Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success and Scale Bring Broad Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Could not write the screenshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when? Set the scene in two or three sentences: the team, the product, what was at stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was your responsibility or goal? Say what you owned, not what the team did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you do, step by step? Use &quot;I&quot;, name the decisions, the trade-offs and the obstacles. Most of the story goes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? Give a number (%, time, money, users) and what you learned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryBank</name>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft</name>
    <message>
        <source>expected an object with &quot;page&quot; and &quot;params&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the name of a Concepts page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot;; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number or a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be lowercase letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a difficulty; expected easy, medium or hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a list of seconds, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: each step must be a whole number of seconds between 1 and 604800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected each story to be an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2; the field was left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (expected ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a year such as 2024, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was missing; the story was given a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loopcraft render CONCEPT [--set NAME=VALUE]... [--png FILE] [--svg FILE] [--json FILE] [--size WxH] [--theme light|dark]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which concept? One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown concept &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; expected --set, --png, --svg, --json, --size or --theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set expects NAME=VALUE, found &quot;%1&quot;. Valid names for %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot; for %2; valid names: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;; expected light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --size &quot;%1&quot;; expected WxH between 320x240 and 7680x4320, e.g. 1200x560.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::BackupsDialog</name>
    <message>
        <source>Restore Stories from a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
saved %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet: one is made when a session first saves the stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopcraft keeps %1 earlier versions of your stories file: the file as each session found it, then at most one every %2 minutes while you edit. Restoring one makes it the current file; the current file is backed up first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::BiasVarianceView</name>
    <message>
        <source>Fits on %1 training sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to one set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean fit ȳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True function f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error decomposition by degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise σ²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polynomial degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each faint line is a fit to a different training set; their spread is the variance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Try this&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Degree 0 or 1: the fits agree with each other but not with the truth — bias.&lt;/li&gt;&lt;li&gt;Degree 8: the mean still hugs the truth, but single fits swing — variance.&lt;/li&gt;&lt;li&gt;Degree 8 with 100 samples: the swings calm down.&lt;/li&gt;&lt;li&gt;Degree 12, then λ 0.1: variance drops from thousands to hundredths; bias creeps up.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 fits, their mean and the truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fits, their mean and the truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the sweet spot: neither term can shrink without the other growing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias dominates: a more flexible model would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance dominates: fewer degrees, more samples or a larger λ would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias and variance are in balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At degree %1: bias² %2 + variance %3 + noise %4 = %5; the measured test MSE over %6 sets is %7 (the identity holds up to sampling error). The lowest MSE is at degree %8. %9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::ConceptView</name>
    <message>
        <source>Unknown file type &quot;%1&quot;; expected .png, .svg or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopcraft concept chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::ConceptsPage</name>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concept called &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the preset was ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;CSV data (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::CoverageModel</name>
    <message>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story proves %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stories prove %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; proves %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not tagged with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::CoverageView</name>
    <message>
        <source>Coverage of the Leadership Principles by your stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical questions (open in the Library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stories for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Write stories and tag them with principles: this matrix shows which of the %n principles you can prove and where the gaps are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 principles have at least one story; %n gaps. Click a principle for its questions, or a cell to open the story.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No principles are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**What interviewers listen for**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions in the Library for this principle yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gap: no story yet. Tag one, or write one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::DeckExchange</name>
    <message>
        <source>is not UTF-8 text; export it from Anki as &quot;Notes in Plain Text&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 field; expected front and back separated by a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; this note was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::FieldReader</name>
    <message>
        <source>is missing; expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; expected a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of strings, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of strings, found %1 in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::FlashcardsView</name>
    <message>
        <source>Start Studying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Last Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaced repetition with FSRS: cards you know come back rarely, cards you miss come back soon. Space shows the answer, 1–4 rate it, Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chance of remembering a card when it comes due. Higher means more reviews; 0.90 is a good balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired re&amp;tention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start studying (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show answer (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study more (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no questions yet. Add a deck to the data folder&apos;s decks/ folder (Ctrl+Shift+D opens it), or wait for the shipped decks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to study in this scope right now. The next card is due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to study in this scope: no new cards left today. Raise the new-card limit or choose another scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: &lt;b&gt;%1&lt;/b&gt; due and &lt;b&gt;%2&lt;/b&gt; new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#3b82f6&apos;&gt;New %1&lt;/span&gt; · &lt;span style=&apos;color:#e5484d&apos;&gt;Learning %2&lt;/span&gt; · &lt;span style=&apos;color:#30a46c&apos;&gt;Due %3&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid the last rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;You answered &lt;b&gt;%1&lt;/b&gt; in %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Again %1 · Hard %2 · Good %3 · Easy %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;1 card is still in its learning steps today.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cards are still in their learning steps today.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Next card due: %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Ctrl+Z takes back the last rating.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved searches — save one in the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no saved searches yet. In the Library, search for what you want to study and press Ctrl+S to save the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved search &quot;%1&quot; finds no questions right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;heduling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning steps, the longest interval and interval fuzz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::GradientDescentView</name>
    <message>
        <source>Compare optimi&amp;zers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface and path (click to set the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss by iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss above the minimum (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to start the walk there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run several optimizers from the same start (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare optimizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the path step by step (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the learning rate up until the path starts to zig-zag, then past the point where it diverges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Try this&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Quadratic, GD: lr 0.19 zig-zags, 0.21 diverges (2/κ = 0.2).&lt;/li&gt;&lt;li&gt;Raise the condition κ: GD crawls along the flat direction.&lt;/li&gt;&lt;li&gt;Rosenbrock with Compare on: momentum and Nesterov race down the valley; Adam, RMSprop and Adagrad step about lr at a time, so give them lr 0.05.&lt;/li&gt;&lt;li&gt;Saddle, start on y = 0: GD stalls at the saddle point.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss by iteration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 diverged&lt;/b&gt; at step %2: learning rate %3 is too large here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this bowl plain GD is stable only for lr &lt; 2/κ = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saddle has no minimum: every optimizer escapes along y unless it starts exactly on y = 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower it, or try Adam, whose steps are about lr long whatever the gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; reached loss %2 after %3 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: converged to the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not there yet — more steps, a larger learning rate or momentum would get closer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step multiplies x by (1 − lr) = %1 and y by (1 − lr·κ) = %2: the steep direction caps the learning rate, the shallow one sets the pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final losses: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::InsightsPanel</name>
    <message>
        <source>Live feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a story aloud with a timer to find your own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;I&quot; and &quot;we&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filler and hedge words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight &quot;we&quot; and filler words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to say yet: aim for 1:30 to 3:00 when spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n words): short of 1:30; add detail to the Action.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n words): within 1:30 to 3:00.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n words): over 3:00; trim the Situation and Task first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of a strong story is Action: what you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action holds the most words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most words belong in Action; shorten the other sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell it in the first person: &quot;I decided&quot;, &quot;I built&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;I&quot; %1 · &quot;we&quot; %2: interviewers hire you, not the team. Turn the highlighted &quot;we&quot;s into what you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;I&quot; %1 · &quot;we&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number yet: add a %, a time, money or a count to the Result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: clear and direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Cut them or say it with certainty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All four sections written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::JsonStore</name>
    <message>
        <source>%1 is empty; expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object at the top, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the &quot;schema&quot; number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;schema&quot; should be a whole number, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema %2 is not a valid version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Loopcraft (schema %2; this version reads up to %3). Update Loopcraft to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not upgrade from schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was kept as %1 and Loopcraft started with an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be moved aside, so Loopcraft will not save over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::LibraryPage</name>
    <message>
        <source>| you type | finds |
| --- | --- |
| `overfit` | words by stem and prefix; five letters or more forgive one typo |
| `&quot;learning rate&quot;` | the exact phrase |
| `-word` | questions without the word (also `-tag:x`, `-cat:x`) |
| `w*ld`, `gr_d` | `*` any letters, `_` one letter |
| `tag:xgboost` `cat:coding` `diff:hard` | by tag, category, difficulty |
| `is:bookmarked` `is:due` `is:new` `is:learn` `is:review` | by your bookmarks and review state |
| `prop:ivl&gt;=10` | review interval in days (also `&gt;`, `&lt;`, `&lt;=`, `=`) |
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deck with this name exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in your decks folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with the imported one, or keep both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search  (Ctrl+F)   e.g.  bias variance   tag:xgboost   diff:hard   &quot;exact phrase&quot;   -word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question and answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes (Markdown, saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you want to remember: your own example, a mistake you made, a link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing %1 questions for search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No questions yet&lt;/h3&gt;&lt;p&gt;Bring in a deck with &lt;a href=&quot;import:&quot;&gt;Import…&lt;/a&gt; (Ctrl+I): a Loopcraft deck (.json) or cards exported from Anki as &lt;i&gt;Notes in Plain Text&lt;/i&gt; (.txt).&lt;/p&gt;&lt;p&gt;Deck files in &lt;code&gt;%1&lt;/code&gt; are loaded at start.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing matches&lt;/h3&gt;&lt;p&gt;Try fewer or shorter words, or &lt;a href=&quot;clear:&quot;&gt;clear the search and filters&lt;/a&gt; (Esc clears the search).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Your library is empty

Import a deck with **Import…** (Ctrl+I) to start.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Pick a question

Choose one from the list to read the model answer. Turn on **Hide Answers** (Ctrl+H) to test yourself first: Space reveals.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Searching

Search is instant and ranked: matches in titles and key points come first. Press Ctrl+F to search from anywhere in the Library.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership Principles it probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stories yet — write one in Stories (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your stories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*The answer is hidden: say yours out loud first.* [Reveal the answer](reveal:) (Space)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in your library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is not in your library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 1 Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decks and Anki text (*.json *.txt *.tsv *.csv);;Loopcraft deck (*.json);;Anki notes in plain text (*.txt *.tsv *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 questions into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1 entries; see Problems (Ctrl+Shift+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopcraft deck (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopcraft deck (*.json);;Anki notes in plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 questions to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Saved Searches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a saved search (%1); save this one (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a search or choose a filter first; then Ctrl+S saves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the search “%1” as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the saved search?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a saved search called “%1”. Replace its query with “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the search “%1”; it is also a Flashcards scope now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved searches yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved ▾</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::LibraryStore</name>
    <message>
        <source>The file could not be moved aside, so Loopcraft will not save over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;bookmarks&quot; should be a list of question ids, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;bookmarks&quot; should hold question ids, found %2 in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;notes&quot; should map question ids to text, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the note for &quot;%2&quot; should be text, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was kept as %1 and Loopcraft started with no bookmarks, notes or saved searches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;searches&quot; should be a list of named searches, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each saved search should be an object with a name and a query, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a saved search&apos;s &quot;%2&quot; should be text, found %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a saved search called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to save: type a search or choose a filter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved search called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks, notes and saved searches are not saved: %1 could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks, notes and saved searches have no file to be saved in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::MainWindow</name>
    <message>
        <source>Loopcraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Loopcraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Loopcraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loopcraft %1&lt;/h3&gt;&lt;p&gt;A study desk for machine-learning interviews: a question library with spaced repetition, live concept charts and a STAR story bank.&lt;/p&gt;&lt;p&gt;Your data lives in &lt;code&gt;%2&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopcraft started, but some of your files need attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::MockHistory</name>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; should be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;started&quot; and &quot;finished&quot; should be whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rounds&quot; should be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a round should be an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a round has an unknown &quot;kind&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;questions&quot; should be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question ids should be strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;scores&quot; should be a list of four numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each score should be a whole number from 0 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;notes&quot; should be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;loops&quot; should be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. The file was kept as %3 and the history starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. The file could not be moved aside, so Loopcraft will not save over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mock history file could not be read or moved aside, so it is not saved over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::MockInterviewView</name>
    <message>
        <source>Start Mock Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or Resume the Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Model Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish Loop and Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Loop Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock interview loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Amazon-style loop: one round after another, each question against the clock. Answer out loud as you would to an interviewer, then score yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Round&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Questions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Minutes each&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In the library&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: minutes per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start loop (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past loops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model answer (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and score (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score each round 1–4 per dimension: 1 missed, 2 partly, 3 solid, 4 would impress a Bar Raiser. Be honest: the history is for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no questions for these rounds yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loops yet. Plan the rounds on the left and press **Ctrl+Enter**: the report of each loop you score is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Loop of %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**%1** — not run: the library had no questions for it.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions match these rounds yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Round %1 of %2 · %3&lt;/b&gt;&lt;br&gt;Question %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question names no Leadership Principle; pick your strongest story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No stories tagged &lt;b&gt;%1&lt;/b&gt; yet — write one in Stories (Ctrl+4).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your stories for %1:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up: finish your sentence and move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions for this round in the library yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: what to fix next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the loop report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the loop report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::MockLoop</name>
    <message>
        <source>ML breadth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML system design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural / Bar Raiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correctness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::OverfittingView</name>
    <message>
        <source>Training points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error by degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polynomial degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the degree and watch the test error turn up while the training error keeps falling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Try this&lt;/b&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;Degree 15 with 15 samples: the fit threads every point, the test error soars.&lt;/li&gt;&lt;li&gt;Keep degree 15 and raise λ: the wiggles flatten, test error falls back.&lt;/li&gt;&lt;li&gt;Keep degree 15 and add samples: more data tames the same model.&lt;/li&gt;&lt;li&gt;Noise 0: now even degree 15 generalises.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit (degree %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Underfitted.&lt;/b&gt; Degree %1 is too simple to follow the curve: its test error %2 is %3× the best (%4 at degree %5), and even its training error is %6 — bias dominates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overfitted.&lt;/b&gt; Degree %1 follows the noise: training error %2 but test error %3, %4× the best (%5 at degree %6). More samples or a larger λ pull it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Well fitted.&lt;/b&gt; Degree %1 has the lowest test error, %2, with training error %3. The noise floor σ² is %4: no model can beat it on fresh data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Well fitted.&lt;/b&gt; Degree %1 has test error %2, within %3 % of the best (%4 at degree %5); training error %6. The noise floor σ² is %7: no model can beat it on fresh data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::ParameterPanel</name>
    <message>
        <source>&amp;Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Noise σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ (&amp;L2 penalty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;atasets L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;urface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Momentum β</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Condition κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cos(1.5πx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sin(2πx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cubic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadratic bowl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::PracticePage</name>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Progress from a Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your progress file needed attention.&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> You can also restore one of the backups kept of it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of your progress yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore which backup? Your review history is kept and replayed on top of it, so no answer is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored progress from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::PrincipleCatalogue</name>
    <message>
        <source>is missing from the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected each principle to be an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen_for and questions must be lists of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::ProblemsDialog</name>
    <message>
        <source>Problems in the question decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every deck loaded cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These entries could not be loaded and were skipped; everything else is in the library. Fix the file and restart Loopcraft to load them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::QueryParser</name>
    <message>
        <source>&quot;%1&quot; is not a difficulty; use diff:easy, diff:medium or diff:hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;is:%1&quot; is unknown; use is:bookmarked, is:due, is:new, is:learn or is:review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;prop:%1&quot; is not understood; write for example prop:ivl&gt;=10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::QuestionBank</name>
    <message>
        <source>is missing; expected a list of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears more than once in this file; the later one was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by %1; this copy was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::QuestionTableModel</name>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::RecentlyDeletedDialog</name>
    <message>
        <source>Recently Deleted Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted stories stay here until you delete them for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected stories for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
deleted %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::RehearsePanel</name>
    <message>
        <source>Pick a principle or a question and a story, press Start and tell the story out loud as you would in the interview. Stop when you are done, then check what you covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the story while I talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim for 1:30 to 3:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check: what did you cover?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any question about this principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I said what I did, in the first person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I named a decision and its trade-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I gave a measurable result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I said what I learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not tagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stories yet: write one first (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me about a time you showed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Leadership Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim for 1:30 to 3:00. Written, this story is about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking… the clock turns red after 3:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short of 1:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 3:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 1:30 to 3:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You spoke for %1 (%2). Covered %3 of %4 points.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::ReviewStatistics</name>
    <message>
        <source>1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8–30d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;30d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::ReviewStore</name>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;state&quot;: &quot;%1&quot; is not one of new, learning, review, relearning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1 has a value out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1 is reviewed but has no stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rating&quot; must be 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;before&quot;/&quot;after&quot; must be a card state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;card&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. The file was kept as %3 and was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. The file could not be moved aside, so Loopcraft will not save over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;settings&quot;: expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cards&quot;: expected a list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 entries could not be read (%3), and the file could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 review entries could not be read (%4). The readable ones were kept; the original file is saved as %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cards were rebuilt from the review history (%1 answers), so no progress was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read or moved aside, so it is not saved over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::SavedSearchesDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a search again, rename it, or change its query: F2 edits the cell, Tab moves to the query. A saved search is also a Flashcards scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved searches yet. Search in the Library and press Ctrl+S to save one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::Scheduler</name>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::SchedulerSettings</name>
    <message>
        <source>&quot;%1&quot; is not a step; write a number with s, m, h or d, e.g. 1m 10m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range: a step lasts from 1 second to 1 day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::SchedulingDialog</name>
    <message>
        <source>Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and forgotten cards first go through short steps on the same day; after the last step FSRS takes over. The defaults suit most people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: straight to FSRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits before a new card comes back the same day, e.g. 1m 10m. Units: s, m, h, d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits before a card you pressed Again on comes back, e.g. 10m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relearning steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card waits longer than this, however well you know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lon&amp;gest interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread &amp;intervals a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a few percent to each interval so cards learned together do not all come due on the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relearning steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::SpeakingTimeBar</name>
    <message>
        <source>%1 seconds; target %2 to %3 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::StatisticsView</name>
    <message>
        <source>No reviews yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with Flashcards (Space to reveal, 1–4 to rate). Your reviews per day, the cards coming due, your true retention and your mastery of each category appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Flashcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all charts… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews per day, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True retention by interval (reviews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery: stability ≥ 21 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-day streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-day streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers in all · %2 cards studied · %3 in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Charts To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 charts to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::StoriesPage</name>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stories file could not be read as it was. Nothing was overwritten.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your story bank is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Amazon interview round asks behavioural questions, each probing a Leadership Principle. Answer them with &lt;b&gt;STAR&lt;/b&gt; stories from your own work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Situation&lt;/b&gt;: the context, briefly.&lt;br&gt;&lt;b&gt;Task&lt;/b&gt;: what you were responsible for.&lt;br&gt;&lt;b&gt;Action&lt;/b&gt;: what &lt;i&gt;you&lt;/i&gt; did, step by step: most of the story.&lt;br&gt;&lt;b&gt;Result&lt;/b&gt;: what changed, with a number, and what you learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one story and tag the principles it proves. Loopcraft coaches the length, the balance, &quot;I&quot; against &quot;we&quot; and the numbers as you type. Aim for six to eight stories that cover all sixteen principles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Story (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Stories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New story (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export or import (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search stories (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore deleted stories (Ctrl+Shift+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Stories Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Stories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently Deleted Stories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Stories from JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight &quot;We&quot; and Filler Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse a Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or Stop the Rehearsal Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Story as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Story as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Stories as M&amp;arkdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Stories as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Stories as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Stories from JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently deleted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; to Recently deleted; restore it with Ctrl+Shift+Delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n stories from the backup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a story to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My STAR stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>star-stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or write a story first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopcraft stories (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stories were imported. Some entries needed repair:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n stories.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopcraft::StoryBank</name>
    <message>
        <source>expected a pace between 40 and 400, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Part of %1 could not be read; the rest of your stories are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a list of stories, so none could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original could not be copied aside, so Loopcraft will not save over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read earlier, so it is not overwritten. Move it away or restore a backup, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; expected a list of stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of stories, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears more than once; the second story was given a new id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a list of stories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::StoryEditor</name>
    <message>
        <source>Story title, e.g. &quot;Cut model latency before Prime Day&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership Principles this story proves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Principle Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo Principle Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, numbers to double-check, follow-up answers. Kept out of exports unless you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopcraft::StoryExport</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the PDF page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::StoryHighlighter</name>
    <message>
        <source>&quot;We&quot;: say what you did with &quot;I&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filler or hedge word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loopcraft::StoryListModel</name>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No principle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n words, last edited %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopcraft::StoryMarkdown</name>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Principles:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Role:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Team:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Year:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Tags:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*(not written yet)*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My STAR stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stories.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loopcraft::StudyScope</name>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved search is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved search has no condition that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A study desk for machine-learning interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all user data (and settings) in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on &lt;page&gt;: library, practice, concepts or stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the opened page to a PNG &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WxH (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;; expected system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --size &quot;%1&quot;; expected WxH between 320x240 and 7680x4320, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
