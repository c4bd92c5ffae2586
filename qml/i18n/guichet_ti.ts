<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti">
<context>
    <name>Eligibility</name>
    <message>
        <source>Can I take part?</source>
        <translation type="unfinished">ክሳተፍ ይኽእል ዶ?</translation>
    </message>
    <message>
        <source>Question %L1 of %L2</source>
        <extracomment>Progress in the eligibility questions, e.g. Question 2 of 4</extracomment>
        <translation type="unfinished">ሕቶ %L1 ካብ %L2</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Answer to an eligibility question</extracomment>
        <translation type="unfinished">እወ</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Answer to an eligibility question</extracomment>
        <translation type="unfinished">ኣይፋል</translation>
    </message>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">ቤት ጽሕፈታትን ሰዓታት ስራሕን</translation>
    </message>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">ሓገዝ ዝህባ ትካላት</translation>
    </message>
    <message>
        <source>Start the questions again</source>
        <extracomment>Button that restarts the eligibility questions</extracomment>
        <translation type="unfinished">ሕቶታት እንደገና ጀምሩ</translation>
    </message>
</context>
<context>
    <name>HelpContent</name>
    <message>
        <source>Ask for help</source>
        <translation type="unfinished">ሓገዝ ሕተቱ</translation>
    </message>
    <message>
        <source>Ask a person at the desk, or call %1:</source>
        <extracomment>%1 is the office&apos;s name, e.g. BAPA BXL</extracomment>
        <translation type="unfinished">ኣብ መቐበሊ ንዘሎ ሰብ ሕተቱ፣ ወይ ናብ %1 ደውሉ:</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the help window</extracomment>
        <translation type="unfinished">ዕጸዉ</translation>
    </message>
</context>
<context>
    <name>IdleContent</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">ገና ኣብዚ ኣለኹም ዶ?</translation>
    </message>
    <message>
        <source>I am here</source>
        <extracomment>The visitor answers that they are still using the kiosk</extracomment>
        <translation type="unfinished">ኣብዚ ኣለኹ</translation>
    </message>
    <message>
        <source>The kiosk starts again for the next person in:</source>
        <extracomment>Above a large countdown number (seconds); phrased to need no plural form</extracomment>
        <translation type="unfinished">እዚ መሳርሒ ንዝቕጽል ሰብ ደጊሙ ክጅምር እዩ፣ ኣብ:</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Guichet</source>
        <extracomment>Window title; the name of the kiosk</extracomment>
        <translation type="unfinished">Guichet</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>How can we help?</source>
        <extracomment>Title of the main menu</extracomment>
        <translation type="unfinished">ብኸመይ ክንሕግዘኩም ንኽእል?</translation>
    </message>
    <message>
        <source>The welcome programme</source>
        <extracomment>Menu entry: pages explaining the settlement programme (parcours d&apos;accueil)</extracomment>
        <translation type="unfinished">መደብ ኣቀባብላ</translation>
    </message>
    <message>
        <source>What it is, step by step</source>
        <translation type="unfinished">እንታይ ምዃኑ፣ ስጉምቲ ብስጉምቲ</translation>
    </message>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">ቤት ጽሕፈታትን ሰዓታት ስራሕን</translation>
    </message>
    <message>
        <source>Addresses, phone numbers, open now</source>
        <translation type="unfinished">ኣድራሻታት፣ ቁጽሪ ተሌፎን፣ ሕጂ ክፉት</translation>
    </message>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">ሓገዝ ዝህባ ትካላት</translation>
    </message>
    <message>
        <source>Legal aid, housing, health and more</source>
        <translation type="unfinished">ሕጋዊ ሓገዝ፣ መንበሪ ገዛ፣ ጥዕና ከምኡ’ውን ካልእ</translation>
    </message>
    <message>
        <source>Can I take part?</source>
        <translation type="unfinished">ክሳተፍ ይኽእል ዶ?</translation>
    </message>
    <message>
        <source>Four questions, one answer</source>
        <translation type="unfinished">ኣርባዕተ ሕቶታት፣ ሓደ መልሲ</translation>
    </message>
</context>
<context>
    <name>ModeBar</name>
    <message>
        <source>Large text</source>
        <extracomment>Toggle that makes every text bigger</extracomment>
        <translation type="unfinished">ዓቢ ጽሑፍ</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Toggle for yellow text on black, easier to read for some eyes</extracomment>
        <translation type="unfinished">ልዑል ፍልልይ ሕብሪ</translation>
    </message>
    <message>
        <source>Change language</source>
        <extracomment>Button that goes back to the list of languages</extracomment>
        <translation type="unfinished">ቋንቋ ቀይሩ</translation>
    </message>
</context>
<context>
    <name>OfficeDetail</name>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">ቤት ጽሕፈታትን ሰዓታት ስራሕን</translation>
    </message>
    <message>
        <source>Closed on these days:</source>
        <extracomment>Followed by a list of dates in the coming weeks when the office is closed</extracomment>
        <translation type="unfinished">ኣብዞም መዓልትታት ዕጹው እዩ፦</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">ቤት ጽሕፈታትን ሰዓታት ስራሕን</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">ሓገዝ ዝህባ ትካላት</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Filter showing every help organisation</extracomment>
        <translation type="unfinished">ኩሉ</translation>
    </message>
</context>
<context>
    <name>PageFooter</name>
    <message>
        <source>Previous</source>
        <extracomment>Button showing the previous page</extracomment>
        <translation type="unfinished">ዝሓለፈ</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <extracomment>Page position, e.g. 2 / 9</extracomment>
        <translation type="unfinished">%L1 / %L2</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button showing the next page</extracomment>
        <translation type="unfinished">ዝቕጽል</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">መደብ ኣቀባብላ</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">መደብ ኣቀባብላ</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Say it again</source>
        <extracomment>Voice mode: say the last thing again</extracomment>
        <translation type="unfinished">ደጊምካ በል</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">ቀስ ኢልካ</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">ቀልጢፍካ</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Voice mode: stop speaking now</extracomment>
        <translation type="unfinished">ደው በል</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">ድምጺ ኣንኪስ</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">ድምጺ ወስኽ</translation>
    </message>
    <message>
        <source>Also in French</source>
        <extracomment>Voice mode: show and say this screen in French, to learn French</extracomment>
        <translation type="unfinished">ብፈረንሳይኛውን</translation>
    </message>
    <message>
        <source>Speech cannot be heard on this kiosk</source>
        <translation type="unfinished">ኣብዚ መሳርሒ ድምጺ ኣይስማዕን</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished">ቀጽል</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">ደው በል</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <extracomment>Button that goes back one screen</extracomment>
        <translation type="unfinished">ንድሕሪት</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Button that returns to the first screen</extracomment>
        <translation type="unfinished">ቀዳማይ ገጽ</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Button that shows how to get help from staff</extracomment>
        <translation type="unfinished">ሓገዝ</translation>
    </message>
</context>
<context>
    <name>guichet::OfficeModel</name>
    <message>
        <source>Open now, closes at %1</source>
        <extracomment>%1 is a time, e.g. 12:00</extracomment>
        <translation type="unfinished">ሕጂ ክፉት እዩ፣ ሰዓት %1 ይዕጾ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">ዕጹው</translation>
    </message>
    <message>
        <source>Closed, opens at %1</source>
        <extracomment>%1 is a time later today, e.g. 14:00</extracomment>
        <translation type="unfinished">ዕጹው እዩ፣ ሰዓት %1 ይኽፈት</translation>
    </message>
    <message>
        <source>Closed, opens %1</source>
        <extracomment>%1 is a weekday and a time, e.g. Monday 09:00</extracomment>
        <translation type="unfinished">ዕጹው እዩ። ዝኽፈተሉ፦ %1</translation>
    </message>
</context>
<context>
    <name>guichet::Voice</name>
    <message>
        <source>Voice mode is on. Touch once to hear, touch again to choose.</source>
        <translation type="unfinished">ብድምጺ ምንባብ ተኸፊቱ ኣሎ። ንምስማዕ ሓንሳብ፣ ንምምራጽ ከኣ ደጊምካ ተንክፍ።</translation>
    </message>
    <message>
        <source>Voice mode is off.</source>
        <translation type="unfinished">ብድምጺ ምንባብ ተዓጽዩ ኣሎ።</translation>
    </message>
</context>
</TS>
