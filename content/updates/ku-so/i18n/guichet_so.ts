<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>Appointment</name>
    <message>
        <source>What is the appointment for?</source>
        <extracomment>Title of the first booking step</extracomment>
        <translation type="unfinished">Ballantu maxay ku saabsan tahay?</translation>
    </message>
    <message>
        <source>Where?</source>
        <extracomment>Title of the booking step where the visitor chooses an office</extracomment>
        <translation type="unfinished">Xaggee?</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation type="unfinished">Maalintee?</translation>
    </message>
    <message>
        <source>At what time?</source>
        <translation type="unfinished">Saacaddee?</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished">Lambarka taleefankaaga</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished">Magacaaga</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation type="unfinished">Tani ma sax baa?</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <translation type="unfinished">Ballantaada</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <extracomment>Title of the booking screens, e.g. when booking is not possible</extracomment>
        <translation type="unfinished">Qabso ballan</translation>
    </message>
    <message>
        <source>Step %L1 of %L2</source>
        <extracomment>Progress in booking an appointment, e.g. Step 3 of 7</extracomment>
        <translation type="unfinished">Tallaabo %L1 / %L2</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <extracomment>Shown while the kiosk waits for the booking server (a few seconds at most)</extracomment>
        <translation type="unfinished">Fadlan, in yar sug…</translation>
    </message>
</context>
<context>
    <name>BookingConfirm</name>
    <message>
        <source>Please check your appointment:</source>
        <extracomment>Above the summary of an appointment, before it is booked</extracomment>
        <translation type="unfinished">Fadlan hubi ballantaada:</translation>
    </message>
    <message>
        <source>Book this appointment</source>
        <extracomment>The button that books the appointment shown above</extracomment>
        <translation type="unfinished">Qabso ballantan</translation>
    </message>
</context>
<context>
    <name>BookingDay</name>
    <message>
        <source>First free day: %1</source>
        <translation type="unfinished">Maalinta ugu horreysa ee bannaan: %1</translation>
    </message>
</context>
<context>
    <name>BookingDone</name>
    <message>
        <source>Your appointment is booked.</source>
        <extracomment>Shown when the appointment is booked</extracomment>
        <translation type="unfinished">Ballantaada waa la qabsaday.</translation>
    </message>
    <message>
        <source>Your booking number:</source>
        <extracomment>Above the booking number (e.g. K7-4825), which the visitor shows at the desk</extracomment>
        <translation type="unfinished">Lambarka ballantaada:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The appointment&apos;s date and time, e.g. jeudi 3 décembre 2026, 10:30</extracomment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>The office will receive your booking as soon as the connection returns. Your booking number is already valid.</source>
        <extracomment>After booking while the server could not be reached; the seat was kept for this kiosk</extracomment>
        <translation type="unfinished">Xafiisku wuxuu helayaa ballantaada marka xiriirku soo noqdo. Lambarka ballantaadu hadda waa ansax.</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>Last button of a booking: back to the first screen for the next person</extracomment>
        <translation type="unfinished">Dhammaatay</translation>
    </message>
    <message>
        <source>Scan it to put the appointment in your phone&apos;s calendar.</source>
        <extracomment>Under the QR code of a booked appointment</extracomment>
        <translation type="unfinished">Iskaan garee si aad ballanta ugu darto kalandarka taleefankaaga.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please write down your booking number.</source>
        <extracomment>When the ticket printer fails; the booking itself is kept</extracomment>
        <translation type="unfinished">Tigidhka lama daabici karin. Fadlan qor lambarka ballantaada.</translation>
    </message>
    <message>
        <source>Print a ticket</source>
        <extracomment>Prints a paper ticket with the booking number, date, time and address</extracomment>
        <translation type="unfinished">Daabac tigidh</translation>
    </message>
</context>
<context>
    <name>BookingFailed</name>
    <message>
        <source>Sorry, someone has just booked this time.</source>
        <translation type="unfinished">Raalli ahow, qof ayaa hadda qabsaday waqtigan.</translation>
    </message>
    <message>
        <source>Booking is not possible at the moment.</source>
        <translation type="unfinished">Hadda ballan lama qabsan karo.</translation>
    </message>
    <message>
        <source>Appointments cannot be booked on this kiosk.</source>
        <translation type="unfinished">Kiooskan laguma qabsan karo ballan.</translation>
    </message>
    <message>
        <source>Please choose another time.</source>
        <translation type="unfinished">Fadlan dooro waqti kale.</translation>
    </message>
    <message>
        <source>Please call the office to book an appointment, or ask at the desk:</source>
        <translation type="unfinished">Fadlan wac xafiiska si aad ballan u qabsato, ama weydii miiska:</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <extracomment>After a time was taken by someone else: back to the free days and times</extracomment>
        <translation type="unfinished">Dooro waqti kale</translation>
    </message>
    <message>
        <source>Back to the menu</source>
        <extracomment>Leaves the booking screens for the main menu</extracomment>
        <translation type="unfinished">Ku noqo liiska</translation>
    </message>
</context>
<context>
    <name>BookingName</name>
    <message>
        <source>Your name, if you wish. You may skip this.</source>
        <extracomment>Above the name field when booking; the name is optional</extracomment>
        <translation type="unfinished">Magacaaga, haddii aad rabto. Waad ka boodi kartaa.</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>Button that goes on without giving a name</extracomment>
        <translation type="unfinished">Ka bood</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Sii wad</translation>
    </message>
</context>
<context>
    <name>BookingPhone</name>
    <message>
        <source>Type your phone number. The office will use it only about this appointment.</source>
        <extracomment>Above the phone keypad</extracomment>
        <translation type="unfinished">Qor lambarka taleefankaaga. Xafiisku wuxuu u isticmaalayaa oo keliya ballantan.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Button under the phone keypad: the number is complete</extracomment>
        <translation type="unfinished">Sii wad</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Can I take part?</source>
        <translation type="unfinished">Ma ka qaybqaadan karaa?</translation>
    </message>
    <message>
        <source>Question %L1 of %L2</source>
        <extracomment>Progress in the eligibility questions, e.g. Question 2 of 4</extracomment>
        <translation type="unfinished">Su&apos;aal %L1 / %L2</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Answer to an eligibility question</extracomment>
        <translation type="unfinished">Haa</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Answer to an eligibility question</extracomment>
        <translation type="unfinished">Maya</translation>
    </message>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Xafiisyada iyo saacadaha furitaanka</translation>
    </message>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Hay&apos;adaha caawimaadda</translation>
    </message>
    <message>
        <source>Start the questions again</source>
        <extracomment>Button that restarts the eligibility questions</extracomment>
        <translation type="unfinished">Su&apos;aalaha dib u bilow</translation>
    </message>
</context>
<context>
    <name>HelpContent</name>
    <message>
        <source>Ask for help</source>
        <translation type="unfinished">Caawimaad weydiiso</translation>
    </message>
    <message>
        <source>Ask a person at the desk, or call %1:</source>
        <extracomment>%1 is the office&apos;s name, e.g. BAPA BXL</extracomment>
        <translation type="unfinished">Weydii qof miiska jooga, ama wac %1:</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the help window</extracomment>
        <translation type="unfinished">Xir</translation>
    </message>
</context>
<context>
    <name>IdleContent</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Weli ma joogtaa?</translation>
    </message>
    <message>
        <source>I am here</source>
        <extracomment>The visitor answers that they are still using the kiosk</extracomment>
        <translation type="unfinished">Waan joogaa</translation>
    </message>
    <message>
        <source>The kiosk starts again for the next person in:</source>
        <extracomment>Above a large countdown number (seconds); phrased to need no plural form</extracomment>
        <translation type="unfinished">Kiosku dib ayuu ugu bilaabanayaa qofka xiga, kadib:</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <extracomment>Keypad key that erases the last digit typed</extracomment>
        <translation type="unfinished">Tirtir</translation>
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
        <translation type="unfinished">Sideen kuu caawin karnaa?</translation>
    </message>
    <message>
        <source>The welcome programme</source>
        <extracomment>Menu entry: pages explaining the settlement programme (parcours d&apos;accueil)</extracomment>
        <translation type="unfinished">Barnaamijka soo dhaweynta</translation>
    </message>
    <message>
        <source>What it is, step by step</source>
        <translation type="unfinished">Waa maxay, tallaabo tallaabo</translation>
    </message>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Xafiisyada iyo saacadaha furitaanka</translation>
    </message>
    <message>
        <source>Addresses, phone numbers, open now</source>
        <translation type="unfinished">Cinwaanno, lambarro taleefan, hadda furan</translation>
    </message>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Hay&apos;adaha caawimaadda</translation>
    </message>
    <message>
        <source>Legal aid, housing, health and more</source>
        <translation type="unfinished">Caawimaad sharci, guri, caafimaad iyo wax kale</translation>
    </message>
    <message>
        <source>Can I take part?</source>
        <translation type="unfinished">Ma ka qaybqaadan karaa?</translation>
    </message>
    <message>
        <source>Four questions, one answer</source>
        <translation type="unfinished">Afar su&apos;aalood, hal jawaab</translation>
    </message>
    <message>
        <source>Not on this kiosk: call %1</source>
        <extracomment>Menu entry detail when this kiosk cannot book; %1 is the office&apos;s phone number</extracomment>
        <translation type="unfinished">Kiooskan kuma jiro: wac %1</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <extracomment>Menu entry: choose a day and time to meet the office&apos;s staff</extracomment>
        <translation type="unfinished">Qabso ballan</translation>
    </message>
    <message>
        <source>Choose a day and a time</source>
        <translation type="unfinished">Dooro maalin iyo saacad</translation>
    </message>
</context>
<context>
    <name>ModeBar</name>
    <message>
        <source>Large text</source>
        <extracomment>Toggle that makes every text bigger</extracomment>
        <translation type="unfinished">Qoraal weyn</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Toggle for yellow text on black, easier to read for some eyes</extracomment>
        <translation type="unfinished">Kontarast sare</translation>
    </message>
    <message>
        <source>Change language</source>
        <extracomment>Button that goes back to the list of languages</extracomment>
        <translation type="unfinished">Beddel luqadda</translation>
    </message>
</context>
<context>
    <name>OfficeDetail</name>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Xafiisyada iyo saacadaha furitaanka</translation>
    </message>
    <message>
        <source>Closed on these days:</source>
        <extracomment>Followed by a list of dates in the coming weeks when the office is closed</extracomment>
        <translation type="unfinished">Wuu xiran yahay maalmahan:</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Xafiisyada iyo saacadaha furitaanka</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Hay&apos;adaha caawimaadda</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Filter showing every help organisation</extracomment>
        <translation type="unfinished">Dhammaan</translation>
    </message>
</context>
<context>
    <name>PageFooter</name>
    <message>
        <source>Previous</source>
        <extracomment>Button showing the previous page</extracomment>
        <translation type="unfinished">Hore</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <extracomment>Page position, e.g. 2 / 9</extracomment>
        <translation type="unfinished">%L1 / %L2</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button showing the next page</extracomment>
        <translation type="unfinished">Xiga</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">Barnaamijka soo dhaweynta</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">Barnaamijka soo dhaweynta</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Say it again</source>
        <extracomment>Voice mode: say the last thing again</extracomment>
        <translation type="unfinished">Mar kale dheh</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">Ka tartiib badan</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">Ka dhaqso badan</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Voice mode: stop speaking now</extracomment>
        <translation type="unfinished">Jooji</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">Codka yaree</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Codka kordhi</translation>
    </message>
    <message>
        <source>Also in French</source>
        <extracomment>Voice mode: show and say this screen in French, to learn French</extracomment>
        <translation type="unfinished">Sidoo kale af-Faransiis</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished">Sii wad</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Hakad</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <extracomment>Button that goes back one screen</extracomment>
        <translation type="unfinished">Dib u noqo</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Button that returns to the first screen</extracomment>
        <translation type="unfinished">Bogga hore</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Button that shows how to get help from staff</extracomment>
        <translation type="unfinished">Caawimaad</translation>
    </message>
    <message>
        <source>Speech cannot be heard on this kiosk</source>
        <translation type="unfinished">Kiooskan cod lagama maqli karo</translation>
    </message>
</context>
<context>
    <name>guichet::BookingFlow</name>
    <message>
        <source>This is not a phone number we can use. Please type it again, for example 0470 12 34 56.</source>
        <extracomment>Shown and spoken when the typed phone number cannot be used</extracomment>
        <translation type="unfinished">Kani maaha lambar taleefan oo aan isticmaali karno. Fadlan mar kale qor, tusaale ahaan 0470&#xa0;12&#xa0;34&#xa0;56.</translation>
    </message>
</context>
<context>
    <name>guichet::OfficeModel</name>
    <message>
        <source>Open now, closes at %1</source>
        <extracomment>%1 is a time, e.g. 12:00</extracomment>
        <translation type="unfinished">Hadda wuu furan yahay, wuxuu xirmayaa %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Xiran</translation>
    </message>
    <message>
        <source>Closed, opens at %1</source>
        <extracomment>%1 is a time later today, e.g. 14:00</extracomment>
        <translation type="unfinished">Wuu xiran yahay, wuxuu furmayaa %1</translation>
    </message>
    <message>
        <source>Closed, opens %1</source>
        <extracomment>%1 is a weekday and a time, e.g. Monday 09:00</extracomment>
        <translation type="unfinished">Wuu xiran yahay, wuxuu furmayaa %1</translation>
    </message>
</context>
<context>
    <name>guichet::Voice</name>
    <message>
        <source>Voice mode is on. Touch once to hear, touch again to choose.</source>
        <translation type="unfinished">Habka codka waa shidan yahay. Hal mar taabo si aad u maqasho, mar kale taabo si aad u doorato.</translation>
    </message>
    <message>
        <source>Voice mode is off.</source>
        <translation type="unfinished">Habka codka waa dansan yahay.</translation>
    </message>
</context>
</TS>
