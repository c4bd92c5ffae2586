<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti">
<context>
    <name>Appointment</name>
    <message>
        <source>What is the appointment for?</source>
        <extracomment>Title of the first booking step</extracomment>
        <translation type="unfinished">ቆጸራ ንምንታይ እዩ?</translation>
    </message>
    <message>
        <source>Where?</source>
        <extracomment>Title of the booking step where the visitor chooses an office</extracomment>
        <translation type="unfinished">ኣበይ?</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation type="unfinished">ኣየናይ መዓልቲ?</translation>
    </message>
    <message>
        <source>At what time?</source>
        <translation type="unfinished">ኣብ ስንት ሰዓት?</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished">ቁጽሪ ተሌፎንኩም</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished">ስምኩም</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation type="unfinished">እዚ ቅኑዕ ድዩ?</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <translation type="unfinished">ቆጸራኹም</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <extracomment>Title of the booking screens, e.g. when booking is not possible</extracomment>
        <translation type="unfinished">ቆጸራ ሓዙ</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <extracomment>Shown while the kiosk waits for the booking server (a few seconds at most)</extracomment>
        <translation type="unfinished">በጃኹም ሓንቲ ደቒቕ…</translation>
    </message>
    <message>
        <source>When can you come?</source>
        <extracomment>Title of the booking step with the next free times</extracomment>
        <translation type="unfinished">መዓስ ክትመጹ ትኽእሉ?</translation>
    </message>
</context>
<context>
    <name>BookingConfirm</name>
    <message>
        <source>Please check your appointment:</source>
        <extracomment>Above the summary of an appointment, before it is booked</extracomment>
        <translation type="unfinished">በጃኹም ቆጸራኹም ኣረጋግጹ:</translation>
    </message>
    <message>
        <source>Book this appointment</source>
        <extracomment>The button that books the appointment shown above</extracomment>
        <translation type="unfinished">ነዚ ቆጸራ ሓዙ</translation>
    </message>
    <message>
        <source>Add my name</source>
        <extracomment>Confirm step: optional, opens a keyboard to give a name with the booking</extracomment>
        <translation type="unfinished">ስመይ ወስኽ</translation>
    </message>
</context>
<context>
    <name>BookingDay</name>
    <message>
        <source>First free day: %1</source>
        <translation type="unfinished">ቀዳማይ ነጻ መዓልቲ፡ %1</translation>
    </message>
</context>
<context>
    <name>BookingDone</name>
    <message>
        <source>Your appointment is booked.</source>
        <extracomment>Shown when the appointment is booked</extracomment>
        <translation type="unfinished">ቆጸራኹም ተሓዚ ኣሎ።</translation>
    </message>
    <message>
        <source>Your booking number:</source>
        <extracomment>Above the booking number (e.g. K7-4825), which the visitor shows at the desk</extracomment>
        <translation type="unfinished">ቁጽሪ ቆጸራኹም:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The appointment&apos;s date and time, e.g. jeudi 3 décembre 2026, 10:30</extracomment>
        <translation type="unfinished">%1፣ ሰዓት %2</translation>
    </message>
    <message>
        <source>The office will receive your booking as soon as the connection returns. Your booking number is already valid.</source>
        <extracomment>After booking while the server could not be reached; the seat was kept for this kiosk</extracomment>
        <translation type="unfinished">ርክብ ምስ ተመልሰ፣ ቤት ጽሕፈት ቆጸራኹም ክበጽሖ እዩ። ቁጽሪ ቆጸራኹም ሕጂ እውን ቅቡል እዩ።</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>Last button of a booking: back to the first screen for the next person</extracomment>
        <translation type="unfinished">ተወዲኡ</translation>
    </message>
    <message>
        <source>Scan it to put the appointment in your phone&apos;s calendar.</source>
        <extracomment>Under the QR code of a booked appointment</extracomment>
        <translation type="unfinished">ቆጸራ ናብ ዓውደ-ኣዋርሕ ተሌፎንኩም ንምእታው ስካን ግበርዎ።</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please write down your booking number.</source>
        <extracomment>When the ticket printer fails; the booking itself is kept</extracomment>
        <translation type="unfinished">ቲኬት ክሕተም ኣይከኣለን። በጃኹም ቁጽሪ ቆጸራኹም ጽሓፍዎ።</translation>
    </message>
    <message>
        <source>Print a ticket</source>
        <extracomment>Prints a paper ticket with the booking number, date, time and address</extracomment>
        <translation type="unfinished">ቲኬት ሕተሙ</translation>
    </message>
    <message>
        <source>Take your ticket.</source>
        <extracomment>Said once the ticket is printed, after the booking number, date and time</extracomment>
        <translation type="unfinished">ትኬትኩም ውሰዱ።</translation>
    </message>
    <message>
        <source>Office phone: %1</source>
        <extracomment>Said on &quot;again&quot; after a booking, as the ticket prints it</extracomment>
        <translation type="unfinished">ቴሌፎን ቤት ጽሕፈት: %1</translation>
    </message>
</context>
<context>
    <name>BookingFailed</name>
    <message>
        <source>Sorry, someone has just booked this time.</source>
        <translation type="unfinished">ይቕረታ፣ ሓደ ሰብ ነዚ ሰዓት ሕጂ ሓዚዎ።</translation>
    </message>
    <message>
        <source>Booking is not possible at the moment.</source>
        <translation type="unfinished">ሕጂ ቆጸራ ምሓዝ ኣይከኣልን እዩ።</translation>
    </message>
    <message>
        <source>Appointments cannot be booked on this kiosk.</source>
        <translation type="unfinished">ኣብዚ መሳርሒ ቆጸራ ምሓዝ ኣይከኣልን።</translation>
    </message>
    <message>
        <source>Please choose another time.</source>
        <translation type="unfinished">በጃኹም ካልእ ሰዓት ምረጹ።</translation>
    </message>
    <message>
        <source>Please call the office to book an appointment, or ask at the desk:</source>
        <translation type="unfinished">ቆጸራ ንምሓዝ ናብ ቤት ጽሕፈት ደውሉ፣ ወይ ኣብ መቐበሊ ሕተቱ:</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <extracomment>After a time was taken by someone else: back to the free days and times</extracomment>
        <translation type="unfinished">ካልእ ሰዓት ምረጹ</translation>
    </message>
    <message>
        <source>Back to the menu</source>
        <extracomment>Leaves the booking screens for the main menu</extracomment>
        <translation type="unfinished">ናብ ዝርዝር ተመለሱ</translation>
    </message>
</context>
<context>
    <name>BookingName</name>
    <message>
        <source>Your name, if you wish. You may skip this.</source>
        <extracomment>Above the name field when booking; the name is optional</extracomment>
        <translation type="unfinished">ስምኩም፣ እንተደሊኹም። ነዚ ክትሐልፍዎ ትኽእሉ ኢኹም።</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>Button that goes on without giving a name</extracomment>
        <translation type="unfinished">ሕለፍ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">ቀጽሉ</translation>
    </message>
</context>
<context>
    <name>BookingPhone</name>
    <message>
        <source>Type your phone number. The office will use it only about this appointment.</source>
        <extracomment>Above the phone keypad</extracomment>
        <translation type="unfinished">ቁጽሪ ተሌፎንኩም ጽሓፉ። ቤት ጽሕፈት ንዚ ቆጸራ ጥራይ ክጥቀመሉ እዩ።</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Button under the phone keypad: the number is complete</extracomment>
        <translation type="unfinished">ቀጽሉ</translation>
    </message>
    <message>
        <source>Yes, say it aloud</source>
        <extracomment>Answer: the kiosk may say the phone number aloud</extracomment>
        <translation type="unfinished">እወ፡ ብዓው ይበሎ</translation>
    </message>
    <message>
        <source>No, keep it silent</source>
        <extracomment>Answer: the kiosk must not say the phone number aloud</extracomment>
        <translation type="unfinished">ኣይፋል፡ ስቕ ይበል</translation>
    </message>
    <message>
        <source>Hear my number</source>
        <extracomment>Voice mode, phone step: says the number typed so far, on the visitor&apos;s request</extracomment>
        <translation type="unfinished">ቁጽረይ ስምዕ</translation>
    </message>
    <message>
        <source>Others may hear. May the kiosk say your number aloud?</source>
        <extracomment>Voice mode, before the phone keypad: the visitor chooses whether digits are spoken</extracomment>
        <translation type="unfinished">ካልኦት ክሰምዑ ይኽእሉ። እቲ መሳርሒ ቁጽርኹም ብዓው ክብሎ ይኽእል ድዩ?</translation>
    </message>
</context>
<context>
    <name>BookingWhen</name>
    <message>
        <source>The next free times:</source>
        <extracomment>Above the next free times of an office, the earliest first</extracomment>
        <translation type="unfinished">ዝቕጽሉ ነጻ ሰዓታት:</translation>
    </message>
    <message>
        <source>Other days</source>
        <extracomment>Booking: shows a calendar of every day with a free time, instead of the next free times</extracomment>
        <translation type="unfinished">ካልኦት መዓልትታት</translation>
    </message>
    <message>
        <source>Another office</source>
        <extracomment>Booking: choose an office other than the one where this kiosk stands</extracomment>
        <translation type="unfinished">ካልእ ቤት ጽሕፈት</translation>
    </message>
</context>
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
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <extracomment>Keypad key that erases the last digit typed</extracomment>
        <translation type="unfinished">ደምስስ</translation>
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
        <translation type="unfinished">መደብ ምቕባል</translation>
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
    <message>
        <source>Not on this kiosk: call %1</source>
        <extracomment>Menu entry detail when this kiosk cannot book; %1 is the office&apos;s phone number</extracomment>
        <translation type="unfinished">ኣብዚ መሳርሒ ኣይኮነን: ናብ %1 ደውሉ</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <extracomment>Menu entry: choose a day and time to meet the office&apos;s staff</extracomment>
        <translation type="unfinished">ቆጸራ ሓዙ</translation>
    </message>
    <message>
        <source>Choose a day and a time</source>
        <translation type="unfinished">መዓልትን ሰዓትን ምረጹ</translation>
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
    <message>
        <source>Today: %1</source>
        <extracomment>Before the office&apos;s hours of the current day, e.g. &quot;Today: 09:00 – 12:00&quot;</extracomment>
        <translation type="unfinished">ሎሚ: %1</translation>
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
        <translation type="unfinished">መደብ ምቕባል</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">መደብ ምቕባል</translation>
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
    <message>
        <source>Speech cannot be heard on this kiosk</source>
        <translation type="unfinished">ኣብዚ መሳርሒ ድምጺ ኣይስማዕን</translation>
    </message>
</context>
<context>
    <name>guichet::BookingFlow</name>
    <message>
        <source>This is not a phone number we can use. Please type it again, for example 0470 12 34 56.</source>
        <extracomment>Shown and spoken when the typed phone number cannot be used</extracomment>
        <translation type="unfinished">እዚ ቁጽሪ ተሌፎን ክንጥቀመሉ ኣይንኽእልን። በጃኹም ደጊምኩም ጽሓፍዎ፣ ንኣብነት 0470&#xa0;12&#xa0;34&#xa0;56።</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A free time to book, e.g. &quot;lundi 7 décembre, 9:30&quot;: the day, then the time</extracomment>
        <translation type="unfinished">%1፣ ሰዓት %2</translation>
    </message>
    <message>
        <source>digit %1 of %2</source>
        <extracomment>Said for a key typed when the visitor chose not to have the number said aloud, e.g. &quot;digit 4 of 10&quot;</extracomment>
        <translation type="unfinished">ቁጽሪ %1 ካብ %2</translation>
    </message>
    <message>
        <source>digit %1</source>
        <extracomment>Said for a key typed when the number is not said aloud and its length is unknown, e.g. &quot;digit 12&quot;</extracomment>
        <translation type="unfinished">ቁጽሪ %1</translation>
    </message>
    <message>
        <source>letter %1</source>
        <extracomment>Said for a letter typed in the name when the visitor chose not to have it said aloud, e.g. &quot;letter 3&quot;</extracomment>
        <translation type="unfinished">ፊደል %1</translation>
    </message>
</context>
<context>
    <name>guichet::KeyNavigator</name>
    <message>
        <source>Keys: the arrows or Tab move, Enter chooses, Escape goes back, the star says this again.</source>
        <extracomment>Said by the help key of a keypad or keyboard (F1, the star key), then the control in focus</extracomment>
        <translation type="unfinished">መፍትሕታት: ምልክታት ወይ Tab ንቕድሚት፡ Enter ንምምራጽ፡ Escape ንድሕሪት፡ ኮኾብ እዚ ንምድጋም።</translation>
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
    <message>
        <source>Open now, closes at %1, reopens at %2</source>
        <extracomment>%1 is when it closes, %2 when it opens again the same day, e.g. 12:00 and 14:00</extracomment>
        <translation type="unfinished">ሕጂ ክፉት እዩ፣ ሰዓት %1 ይዕጾ፣ ሰዓት %2 እንደገና ይኽፈት</translation>
    </message>
</context>
<context>
    <name>guichet::OrganisationModel</name>
    <message>
        <source>Brussels</source>
        <extracomment>A region of Belgium, heading the help organisations found there</extracomment>
        <translation type="unfinished">ብራስልስ</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <extracomment>A region of Belgium, heading the help organisations found there</extracomment>
        <translation type="unfinished">ዋሎንያ</translation>
    </message>
    <message>
        <source>Flanders</source>
        <extracomment>A region of Belgium, heading the help organisations found there</extracomment>
        <translation type="unfinished">ፍላንደርስ</translation>
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
    <message>
        <source>Voice mode is on.</source>
        <translation type="unfinished">ብዓው ምንባብ ተኸፊቱ ኣሎ።</translation>
    </message>
    <message>
        <source>%1: on</source>
        <extracomment>Voice mode: a toggle&apos;s name and its new state, e.g. &quot;Large text: on&quot;</extracomment>
        <translation type="unfinished">%1: ተኸፊቱ</translation>
    </message>
    <message>
        <source>%1: off</source>
        <extracomment>Voice mode: a toggle&apos;s name and its new state, e.g. &quot;Large text: off&quot;</extracomment>
        <translation type="unfinished">%1: ተዓጽዩ</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">ቀልጢፍካ</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">ቀስ ኢልካ</translation>
    </message>
</context>
</TS>
