<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Eligibility</name>
    <message>
        <source>Can I take part?</source>
        <translation type="unfinished">Kan ik meedoen?</translation>
    </message>
    <message>
        <source>Question %L1 of %L2</source>
        <extracomment>Progress in the eligibility questions, e.g. Question 2 of 4</extracomment>
        <translation type="unfinished">Vraag %L1 van %L2</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Answer to an eligibility question</extracomment>
        <translation type="unfinished">Ja</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Answer to an eligibility question</extracomment>
        <translation type="unfinished">Nee</translation>
    </message>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Kantoren en openingsuren</translation>
    </message>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Hulporganisaties</translation>
    </message>
    <message>
        <source>Start the questions again</source>
        <extracomment>Button that restarts the eligibility questions</extracomment>
        <translation type="unfinished">De vragen opnieuw beginnen</translation>
    </message>
</context>
<context>
    <name>HelpContent</name>
    <message>
        <source>Ask for help</source>
        <translation type="unfinished">Hulp vragen</translation>
    </message>
    <message>
        <source>Ask a person at the desk, or call %1:</source>
        <extracomment>%1 is the office&apos;s name, e.g. BAPA BXL</extracomment>
        <translation type="unfinished">Vraag het aan iemand aan de balie, of bel %1:</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the help window</extracomment>
        <translation type="unfinished">Sluiten</translation>
    </message>
</context>
<context>
    <name>IdleContent</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Bent u er nog?</translation>
    </message>
    <message>
        <source>I am here</source>
        <extracomment>The visitor answers that they are still using the kiosk</extracomment>
        <translation type="unfinished">Ik ben hier</translation>
    </message>
    <message>
        <source>The kiosk starts again for the next person in:</source>
        <extracomment>Above a large countdown number (seconds); phrased to need no plural form</extracomment>
        <translation type="unfinished">De kiosk begint opnieuw voor de volgende persoon over:</translation>
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
        <translation type="unfinished">Hoe kunnen we u helpen?</translation>
    </message>
    <message>
        <source>The welcome programme</source>
        <extracomment>Menu entry: pages explaining the settlement programme (parcours d&apos;accueil)</extracomment>
        <translation type="unfinished">Het onthaaltraject</translation>
    </message>
    <message>
        <source>What it is, step by step</source>
        <translation type="unfinished">Wat het is, stap voor stap</translation>
    </message>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Kantoren en openingsuren</translation>
    </message>
    <message>
        <source>Addresses, phone numbers, open now</source>
        <translation type="unfinished">Adressen, telefoonnummers, nu open</translation>
    </message>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Hulporganisaties</translation>
    </message>
    <message>
        <source>Legal aid, housing, health and more</source>
        <translation type="unfinished">Rechtshulp, wonen, gezondheid en meer</translation>
    </message>
    <message>
        <source>Can I take part?</source>
        <translation type="unfinished">Kan ik meedoen?</translation>
    </message>
    <message>
        <source>Four questions, one answer</source>
        <translation type="unfinished">Vier vragen, één antwoord</translation>
    </message>
</context>
<context>
    <name>ModeBar</name>
    <message>
        <source>Large text</source>
        <extracomment>Toggle that makes every text bigger</extracomment>
        <translation type="unfinished">Grote tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Toggle for yellow text on black, easier to read for some eyes</extracomment>
        <translation type="unfinished">Hoog contrast</translation>
    </message>
    <message>
        <source>Change language</source>
        <extracomment>Button that goes back to the list of languages</extracomment>
        <translation type="unfinished">Taal wijzigen</translation>
    </message>
</context>
<context>
    <name>OfficeDetail</name>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Kantoren en openingsuren</translation>
    </message>
    <message>
        <source>Closed on these days:</source>
        <extracomment>Followed by a list of dates in the coming weeks when the office is closed</extracomment>
        <translation type="unfinished">Gesloten op deze dagen:</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Kantoren en openingsuren</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Hulporganisaties</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Filter showing every help organisation</extracomment>
        <translation type="unfinished">Alle</translation>
    </message>
</context>
<context>
    <name>PageFooter</name>
    <message>
        <source>Previous</source>
        <extracomment>Button showing the previous page</extracomment>
        <translation type="unfinished">Vorige</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <extracomment>Page position, e.g. 2 / 9</extracomment>
        <translation type="unfinished">%L1 / %L2</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button showing the next page</extracomment>
        <translation type="unfinished">Volgende</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">Het onthaaltraject</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">Het onthaaltraject</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Say it again</source>
        <extracomment>Voice mode: say the last thing again</extracomment>
        <translation type="unfinished">Nog eens zeggen</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">Trager</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">Sneller</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Voice mode: stop speaking now</extracomment>
        <translation type="unfinished">Stoppen</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">Zachter</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Luider</translation>
    </message>
    <message>
        <source>Also in French</source>
        <extracomment>Voice mode: show and say this screen in French, to learn French</extracomment>
        <translation type="unfinished">Ook in het Frans</translation>
    </message>
    <message>
        <source>Speech cannot be heard on this kiosk</source>
        <translation type="unfinished">Geluid werkt niet op deze kiosk</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished">Verder</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pauze</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <extracomment>Button that goes back one screen</extracomment>
        <translation type="unfinished">Terug</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Button that returns to the first screen</extracomment>
        <translation type="unfinished">Begin</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Button that shows how to get help from staff</extracomment>
        <translation type="unfinished">Hulp</translation>
    </message>
</context>
<context>
    <name>guichet::OfficeModel</name>
    <message>
        <source>Open now, closes at %1</source>
        <extracomment>%1 is a time, e.g. 12:00</extracomment>
        <translation type="unfinished">Nu open, sluit om %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Gesloten</translation>
    </message>
    <message>
        <source>Closed, opens at %1</source>
        <extracomment>%1 is a time later today, e.g. 14:00</extracomment>
        <translation type="unfinished">Gesloten, opent om %1</translation>
    </message>
    <message>
        <source>Closed, opens %1</source>
        <extracomment>%1 is a weekday and a time, e.g. Monday 09:00</extracomment>
        <translation type="unfinished">Gesloten, opent %1</translation>
    </message>
</context>
<context>
    <name>guichet::Voice</name>
    <message>
        <source>Voice mode is on. Touch once to hear, touch again to choose.</source>
        <translation type="unfinished">Voorlezen staat aan. Raak één keer aan om te horen, nog eens om te kiezen.</translation>
    </message>
    <message>
        <source>Voice mode is off.</source>
        <translation type="unfinished">Voorlezen staat uit.</translation>
    </message>
</context>
</TS>
