<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku">
<context>
    <name>Appointment</name>
    <message>
        <source>What is the appointment for?</source>
        <extracomment>Title of the first booking step</extracomment>
        <translation type="unfinished">Randevû ji bo çi ye?</translation>
    </message>
    <message>
        <source>Where?</source>
        <extracomment>Title of the booking step where the visitor chooses an office</extracomment>
        <translation type="unfinished">Li ku?</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation type="unfinished">Kîjan roj?</translation>
    </message>
    <message>
        <source>At what time?</source>
        <translation type="unfinished">Saet çend?</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished">Hejmara telefona we</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished">Navê we</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation type="unfinished">Ev rast e?</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <translation type="unfinished">Randevûya we</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <extracomment>Title of the booking screens, e.g. when booking is not possible</extracomment>
        <translation type="unfinished">Randevûyekê bigirin</translation>
    </message>
    <message>
        <source>Step %L1 of %L2</source>
        <extracomment>Progress in booking an appointment, e.g. Step 3 of 7</extracomment>
        <translation type="unfinished">Gav %L1 / %L2</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <extracomment>Shown while the kiosk waits for the booking server (a few seconds at most)</extracomment>
        <translation type="unfinished">Deqeyekê, ji kerema xwe…</translation>
    </message>
</context>
<context>
    <name>BookingConfirm</name>
    <message>
        <source>Please check your appointment:</source>
        <extracomment>Above the summary of an appointment, before it is booked</extracomment>
        <translation type="unfinished">Ji kerema xwe randevûya xwe kontrol bikin:</translation>
    </message>
    <message>
        <source>Book this appointment</source>
        <extracomment>The button that books the appointment shown above</extracomment>
        <translation type="unfinished">Vê randevûyê bigirin</translation>
    </message>
</context>
<context>
    <name>BookingDay</name>
    <message>
        <source>First free day: %1</source>
        <translation type="unfinished">Roja vala ya yekem: %1</translation>
    </message>
</context>
<context>
    <name>BookingDone</name>
    <message>
        <source>Your appointment is booked.</source>
        <extracomment>Shown when the appointment is booked</extracomment>
        <translation type="unfinished">Randevûya we hat girtin.</translation>
    </message>
    <message>
        <source>Your booking number:</source>
        <extracomment>Above the booking number (e.g. K7-4825), which the visitor shows at the desk</extracomment>
        <translation type="unfinished">Hejmara randevûya we:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The appointment&apos;s date and time, e.g. jeudi 3 décembre 2026, 10:30</extracomment>
        <translation type="unfinished">%1, saet %2</translation>
    </message>
    <message>
        <source>The office will receive your booking as soon as the connection returns. Your booking number is already valid.</source>
        <extracomment>After booking while the server could not be reached; the seat was kept for this kiosk</extracomment>
        <translation type="unfinished">Gava girêdan vegere, nivîsgeh dê randevûya we bistîne. Hejmara randevûya we ji niha ve derbasdar e.</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>Last button of a booking: back to the first screen for the next person</extracomment>
        <translation type="unfinished">Temam</translation>
    </message>
    <message>
        <source>Scan it to put the appointment in your phone&apos;s calendar.</source>
        <extracomment>Under the QR code of a booked appointment</extracomment>
        <translation type="unfinished">Wê bi telefona xwe skan bikin, da ku randevû bikeve salnameya telefona we.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please write down your booking number.</source>
        <extracomment>When the ticket printer fails; the booking itself is kept</extracomment>
        <translation type="unfinished">Bilêt nehat çapkirin. Ji kerema xwe hejmara randevûya xwe binivîsin.</translation>
    </message>
    <message>
        <source>Print a ticket</source>
        <extracomment>Prints a paper ticket with the booking number, date, time and address</extracomment>
        <translation type="unfinished">Bilêtekê çap bike</translation>
    </message>
</context>
<context>
    <name>BookingFailed</name>
    <message>
        <source>Sorry, someone has just booked this time.</source>
        <translation type="unfinished">Bibore, kesekî nû ev saet girt.</translation>
    </message>
    <message>
        <source>Booking is not possible at the moment.</source>
        <translation type="unfinished">Niha randevû nayê girtin.</translation>
    </message>
    <message>
        <source>Appointments cannot be booked on this kiosk.</source>
        <translation type="unfinished">Li vê kioskê randevû nayên girtin.</translation>
    </message>
    <message>
        <source>Please choose another time.</source>
        <translation type="unfinished">Ji kerema xwe saeteke din hilbijêrin.</translation>
    </message>
    <message>
        <source>Please call the office to book an appointment, or ask at the desk:</source>
        <translation type="unfinished">Ji bo randevûyê telefonî nivîsgehê bikin, an li maseyê bipirsin:</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <extracomment>After a time was taken by someone else: back to the free days and times</extracomment>
        <translation type="unfinished">Saeteke din hilbijêre</translation>
    </message>
    <message>
        <source>Back to the menu</source>
        <extracomment>Leaves the booking screens for the main menu</extracomment>
        <translation type="unfinished">Vegere menûyê</translation>
    </message>
</context>
<context>
    <name>BookingName</name>
    <message>
        <source>Your name, if you wish. You may skip this.</source>
        <extracomment>Above the name field when booking; the name is optional</extracomment>
        <translation type="unfinished">Navê xwe, eger hûn bixwazin. Hûn dikarin vê gavê derbas bikin.</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>Button that goes on without giving a name</extracomment>
        <translation type="unfinished">Derbas bike</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Bidomîne</translation>
    </message>
</context>
<context>
    <name>BookingPhone</name>
    <message>
        <source>Type your phone number. The office will use it only about this appointment.</source>
        <extracomment>Above the phone keypad</extracomment>
        <translation type="unfinished">Hejmara telefona xwe binivîsin. Nivîsgeh wê tenê ji bo vê randevûyê bi kar tîne.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Button under the phone keypad: the number is complete</extracomment>
        <translation type="unfinished">Bidomîne</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Can I take part?</source>
        <translation type="unfinished">Ez dikarim beşdar bibim?</translation>
    </message>
    <message>
        <source>Question %L1 of %L2</source>
        <extracomment>Progress in the eligibility questions, e.g. Question 2 of 4</extracomment>
        <translation type="unfinished">Pirs %L1 / %L2</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Answer to an eligibility question</extracomment>
        <translation type="unfinished">Erê</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Answer to an eligibility question</extracomment>
        <translation type="unfinished">Na</translation>
    </message>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Nivîsgeh û saetên vekirinê</translation>
    </message>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Rêxistinên alîkariyê</translation>
    </message>
    <message>
        <source>Start the questions again</source>
        <extracomment>Button that restarts the eligibility questions</extracomment>
        <translation type="unfinished">Pirsan ji nû ve dest pê bike</translation>
    </message>
</context>
<context>
    <name>HelpContent</name>
    <message>
        <source>Ask for help</source>
        <translation type="unfinished">Alîkarî bixwazin</translation>
    </message>
    <message>
        <source>Ask a person at the desk, or call %1:</source>
        <extracomment>%1 is the office&apos;s name, e.g. BAPA BXL</extracomment>
        <translation type="unfinished">Ji kesekî li maseyê bipirsin, an telefonî %1 bikin:</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the help window</extracomment>
        <translation type="unfinished">Bigire</translation>
    </message>
</context>
<context>
    <name>IdleContent</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Hûn hîn li vir in?</translation>
    </message>
    <message>
        <source>I am here</source>
        <extracomment>The visitor answers that they are still using the kiosk</extracomment>
        <translation type="unfinished">Ez li vir im</translation>
    </message>
    <message>
        <source>The kiosk starts again for the next person in:</source>
        <extracomment>Above a large countdown number (seconds); phrased to need no plural form</extracomment>
        <translation type="unfinished">Kiosk ji bo kesê din ji nû ve dest pê dike, piştî:</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <extracomment>Keypad key that erases the last digit typed</extracomment>
        <translation type="unfinished">Jê bibe</translation>
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
        <translation type="unfinished">Em çawa dikarin alîkariya we bikin?</translation>
    </message>
    <message>
        <source>The welcome programme</source>
        <extracomment>Menu entry: pages explaining the settlement programme (parcours d&apos;accueil)</extracomment>
        <translation type="unfinished">Bernameya pêşwaziyê</translation>
    </message>
    <message>
        <source>What it is, step by step</source>
        <translation type="unfinished">Ew çi ye, gav bi gav</translation>
    </message>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Nivîsgeh û saetên vekirinê</translation>
    </message>
    <message>
        <source>Addresses, phone numbers, open now</source>
        <translation type="unfinished">Navnîşan, hejmarên telefonê, niha vekirî</translation>
    </message>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Rêxistinên alîkariyê</translation>
    </message>
    <message>
        <source>Legal aid, housing, health and more</source>
        <translation type="unfinished">Alîkariya hiqûqî, xanî, tenduristî û hîn zêdetir</translation>
    </message>
    <message>
        <source>Can I take part?</source>
        <translation type="unfinished">Ez dikarim beşdar bibim?</translation>
    </message>
    <message>
        <source>Four questions, one answer</source>
        <translation type="unfinished">Çar pirs, yek bersiv</translation>
    </message>
    <message>
        <source>Not on this kiosk: call %1</source>
        <extracomment>Menu entry detail when this kiosk cannot book; %1 is the office&apos;s phone number</extracomment>
        <translation type="unfinished">Ne li vê kioskê: telefonî %1 bikin</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <extracomment>Menu entry: choose a day and time to meet the office&apos;s staff</extracomment>
        <translation type="unfinished">Randevûyekê bigirin</translation>
    </message>
    <message>
        <source>Choose a day and a time</source>
        <translation type="unfinished">Rojekê û saetekê hilbijêrin</translation>
    </message>
</context>
<context>
    <name>ModeBar</name>
    <message>
        <source>Large text</source>
        <extracomment>Toggle that makes every text bigger</extracomment>
        <translation type="unfinished">Nivîsa mezin</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Toggle for yellow text on black, easier to read for some eyes</extracomment>
        <translation type="unfinished">Kontrasta bilind</translation>
    </message>
    <message>
        <source>Change language</source>
        <extracomment>Button that goes back to the list of languages</extracomment>
        <translation type="unfinished">Zimên biguherîne</translation>
    </message>
</context>
<context>
    <name>OfficeDetail</name>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Nivîsgeh û saetên vekirinê</translation>
    </message>
    <message>
        <source>Closed on these days:</source>
        <extracomment>Followed by a list of dates in the coming weeks when the office is closed</extracomment>
        <translation type="unfinished">Di van rojan de girtî ye:</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Nivîsgeh û saetên vekirinê</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Rêxistinên alîkariyê</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Filter showing every help organisation</extracomment>
        <translation type="unfinished">Hemû</translation>
    </message>
</context>
<context>
    <name>PageFooter</name>
    <message>
        <source>Previous</source>
        <extracomment>Button showing the previous page</extracomment>
        <translation type="unfinished">Ya berê</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <extracomment>Page position, e.g. 2 / 9</extracomment>
        <translation type="unfinished">%L1 / %L2</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button showing the next page</extracomment>
        <translation type="unfinished">Ya din</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">Bernameya pêşwaziyê</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">Bernameya pêşwaziyê</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Say it again</source>
        <extracomment>Voice mode: say the last thing again</extracomment>
        <translation type="unfinished">Dîsa bibêje</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">Hêdîtir</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">Zûtir</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Voice mode: stop speaking now</extracomment>
        <translation type="unfinished">Rawestîne</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">Nizmtir</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Bilindtir</translation>
    </message>
    <message>
        <source>Also in French</source>
        <extracomment>Voice mode: show and say this screen in French, to learn French</extracomment>
        <translation type="unfinished">Bi fransî jî</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished">Bidomîne</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Bisekinîne</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <extracomment>Button that goes back one screen</extracomment>
        <translation type="unfinished">Paşve</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Button that returns to the first screen</extracomment>
        <translation type="unfinished">Destpêk</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Button that shows how to get help from staff</extracomment>
        <translation type="unfinished">Alîkarî</translation>
    </message>
    <message>
        <source>Speech cannot be heard on this kiosk</source>
        <translation type="unfinished">Li vê kioskê deng nayê bihîstin</translation>
    </message>
</context>
<context>
    <name>guichet::BookingFlow</name>
    <message>
        <source>This is not a phone number we can use. Please type it again, for example 0470 12 34 56.</source>
        <extracomment>Shown and spoken when the typed phone number cannot be used</extracomment>
        <translation type="unfinished">Em nikarin vê hejmara telefonê bi kar bînin. Ji kerema xwe dîsa binivîsin, mînak 0470&#xa0;12&#xa0;34&#xa0;56.</translation>
    </message>
</context>
<context>
    <name>guichet::OfficeModel</name>
    <message>
        <source>Open now, closes at %1</source>
        <extracomment>%1 is a time, e.g. 12:00</extracomment>
        <translation type="unfinished">Niha vekirî ye, saet %1 tê girtin</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Girtî</translation>
    </message>
    <message>
        <source>Closed, opens at %1</source>
        <extracomment>%1 is a time later today, e.g. 14:00</extracomment>
        <translation type="unfinished">Girtî ye, saet %1 vedibe</translation>
    </message>
    <message>
        <source>Closed, opens %1</source>
        <extracomment>%1 is a weekday and a time, e.g. Monday 09:00</extracomment>
        <translation type="unfinished">Girtî ye, vedibe: %1</translation>
    </message>
</context>
<context>
    <name>guichet::Voice</name>
    <message>
        <source>Voice mode is on. Touch once to hear, touch again to choose.</source>
        <translation type="unfinished">Moda dengî vekirî ye. Carekê dest lê bidin da ku bibihîzin, careke din dest lê bidin da ku hilbijêrin.</translation>
    </message>
    <message>
        <source>Voice mode is off.</source>
        <translation type="unfinished">Moda dengî girtî ye.</translation>
    </message>
</context>
</TS>
