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
    <name>DataDirectory</name>
    <message>
        <source>Could not create the data folder %1.</source>
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
</context>
<context>
    <name>loopcraft::ConceptsPage</name>
    <message>
        <source>Concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live overfitting, bias–variance and gradient-descent charts arrive with the Concepts issue.</source>
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
</context>
<context>
    <name>loopcraft::LibraryPage</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question library arrives with the Library issue: browse, search and filter the bank here.</source>
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
    <name>loopcraft::PracticePage</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashcards, mock interviews and statistics arrive with the Practice issue.</source>
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
    <name>loopcraft::StoriesPage</name>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STAR story bank arrives with the Stories issue.</source>
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
