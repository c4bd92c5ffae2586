<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>Appointment</name>
    <message>
        <source>What is the appointment for?</source>
        <extracomment>Title of the first booking step</extracomment>
        <translation type="unfinished">Randevu ne için?</translation>
    </message>
    <message>
        <source>Where?</source>
        <extracomment>Title of the booking step where the visitor chooses an office</extracomment>
        <translation type="unfinished">Nerede?</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation type="unfinished">Hangi gün?</translation>
    </message>
    <message>
        <source>At what time?</source>
        <translation type="unfinished">Saat kaçta?</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished">Telefon numaranız</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished">Adınız</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation type="unfinished">Bu doğru mu?</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <translation type="unfinished">Randevunuz</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <extracomment>Title of the booking screens, e.g. when booking is not possible</extracomment>
        <translation type="unfinished">Randevu alın</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <extracomment>Shown while the kiosk waits for the booking server (a few seconds at most)</extracomment>
        <translation type="unfinished">Bir dakika lütfen…</translation>
    </message>
    <message>
        <source>When can you come?</source>
        <extracomment>Title of the booking step with the next free times</extracomment>
        <translation type="unfinished">Ne zaman gelebilirsiniz?</translation>
    </message>
</context>
<context>
    <name>BookingConfirm</name>
    <message>
        <source>Please check your appointment:</source>
        <extracomment>Above the summary of an appointment, before it is booked</extracomment>
        <translation type="unfinished">Lütfen randevunuzu kontrol edin:</translation>
    </message>
    <message>
        <source>Book this appointment</source>
        <extracomment>The button that books the appointment shown above</extracomment>
        <translation type="unfinished">Bu randevuyu alın</translation>
    </message>
    <message>
        <source>Add my name</source>
        <extracomment>Confirm step: optional, opens a keyboard to give a name with the booking</extracomment>
        <translation type="unfinished">Adımı ekle</translation>
    </message>
</context>
<context>
    <name>BookingDay</name>
    <message>
        <source>First free day: %1</source>
        <translation type="unfinished">İlk boş gün: %1</translation>
    </message>
</context>
<context>
    <name>BookingDone</name>
    <message>
        <source>Your appointment is booked.</source>
        <extracomment>Shown when the appointment is booked</extracomment>
        <translation type="unfinished">Randevunuz alındı.</translation>
    </message>
    <message>
        <source>Your booking number:</source>
        <extracomment>Above the booking number (e.g. K7-4825), which the visitor shows at the desk</extracomment>
        <translation type="unfinished">Randevu numaranız:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The appointment&apos;s date and time, e.g. jeudi 3 décembre 2026, 10:30</extracomment>
        <translation type="unfinished">%1, saat %2</translation>
    </message>
    <message>
        <source>The office will receive your booking as soon as the connection returns. Your booking number is already valid.</source>
        <extracomment>After booking while the server could not be reached; the seat was kept for this kiosk</extracomment>
        <translation type="unfinished">Bağlantı geri gelir gelmez ofis randevunuzu alacak. Randevu numaranız şimdiden geçerli.</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>Last button of a booking: back to the first screen for the next person</extracomment>
        <translation type="unfinished">Bitti</translation>
    </message>
    <message>
        <source>Scan it to put the appointment in your phone&apos;s calendar.</source>
        <extracomment>Under the QR code of a booked appointment</extracomment>
        <translation type="unfinished">Randevuyu telefonunuzun takvimine eklemek için tarayın.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please write down your booking number.</source>
        <extracomment>When the ticket printer fails; the booking itself is kept</extracomment>
        <translation type="unfinished">Bilet yazdırılamadı. Lütfen randevu numaranızı not edin.</translation>
    </message>
    <message>
        <source>Print a ticket</source>
        <extracomment>Prints a paper ticket with the booking number, date, time and address</extracomment>
        <translation type="unfinished">Bilet yazdır</translation>
    </message>
    <message>
        <source>Take your ticket.</source>
        <extracomment>Said once the ticket is printed, after the booking number, date and time</extracomment>
        <translation type="unfinished">Biletinizi alın.</translation>
    </message>
    <message>
        <source>Office phone: %1</source>
        <extracomment>Said on &quot;again&quot; after a booking, as the ticket prints it</extracomment>
        <translation type="unfinished">Ofis telefonu: %1</translation>
    </message>
</context>
<context>
    <name>BookingFailed</name>
    <message>
        <source>Sorry, someone has just booked this time.</source>
        <translation type="unfinished">Üzgünüz, biri bu saati az önce aldı.</translation>
    </message>
    <message>
        <source>Booking is not possible at the moment.</source>
        <translation type="unfinished">Şu anda randevu alınamıyor.</translation>
    </message>
    <message>
        <source>Appointments cannot be booked on this kiosk.</source>
        <translation type="unfinished">Bu kioskta randevu alınamaz.</translation>
    </message>
    <message>
        <source>Please choose another time.</source>
        <translation type="unfinished">Lütfen başka bir saat seçin.</translation>
    </message>
    <message>
        <source>Please call the office to book an appointment, or ask at the desk:</source>
        <translation type="unfinished">Randevu almak için ofisi arayın ya da gişeye sorun:</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <extracomment>After a time was taken by someone else: back to the free days and times</extracomment>
        <translation type="unfinished">Başka bir saat seçin</translation>
    </message>
    <message>
        <source>Back to the menu</source>
        <extracomment>Leaves the booking screens for the main menu</extracomment>
        <translation type="unfinished">Menüye dön</translation>
    </message>
</context>
<context>
    <name>BookingName</name>
    <message>
        <source>Your name, if you wish. You may skip this.</source>
        <extracomment>Above the name field when booking; the name is optional</extracomment>
        <translation type="unfinished">Adınız, isterseniz. Bu adımı atlayabilirsiniz.</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>Button that goes on without giving a name</extracomment>
        <translation type="unfinished">Atla</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Devam</translation>
    </message>
</context>
<context>
    <name>BookingPhone</name>
    <message>
        <source>Type your phone number. The office will use it only about this appointment.</source>
        <extracomment>Above the phone keypad</extracomment>
        <translation type="unfinished">Telefon numaranızı yazın. Ofis onu yalnızca bu randevu için kullanacak.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Button under the phone keypad: the number is complete</extracomment>
        <translation type="unfinished">Devam</translation>
    </message>
    <message>
        <source>Yes, say it aloud</source>
        <extracomment>Answer: the kiosk may say the phone number aloud</extracomment>
        <translation type="unfinished">Evet, sesli söylensin</translation>
    </message>
    <message>
        <source>No, keep it silent</source>
        <extracomment>Answer: the kiosk must not say the phone number aloud</extracomment>
        <translation type="unfinished">Hayır, sessiz kalsın</translation>
    </message>
    <message>
        <source>Hear my number</source>
        <extracomment>Voice mode, phone step: says the number typed so far, on the visitor&apos;s request</extracomment>
        <translation type="unfinished">Numaramı dinle</translation>
    </message>
    <message>
        <source>Others may hear. May the kiosk say your number aloud?</source>
        <extracomment>Voice mode, before the phone keypad: the visitor chooses whether digits are spoken</extracomment>
        <translation type="unfinished">Başkaları duyabilir. Kiosk numaranızı sesli söyleyebilir mi?</translation>
    </message>
</context>
<context>
    <name>BookingWhen</name>
    <message>
        <source>The next free times:</source>
        <extracomment>Above the next free times of an office, the earliest first</extracomment>
        <translation type="unfinished">Sıradaki boş saatler:</translation>
    </message>
    <message>
        <source>Other days</source>
        <extracomment>Booking: shows a calendar of every day with a free time, instead of the next free times</extracomment>
        <translation type="unfinished">Başka günler</translation>
    </message>
    <message>
        <source>Another office</source>
        <extracomment>Booking: choose an office other than the one where this kiosk stands</extracomment>
        <translation type="unfinished">Başka bir ofis</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Can I take part?</source>
        <translation type="unfinished">Katılabilir miyim?</translation>
    </message>
    <message>
        <source>Question %L1 of %L2</source>
        <extracomment>Progress in the eligibility questions, e.g. Question 2 of 4</extracomment>
        <translation type="unfinished">Soru %L1 / %L2</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Answer to an eligibility question</extracomment>
        <translation type="unfinished">Evet</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Answer to an eligibility question</extracomment>
        <translation type="unfinished">Hayır</translation>
    </message>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Ofisler ve çalışma saatleri</translation>
    </message>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Yardım kuruluşları</translation>
    </message>
    <message>
        <source>Start the questions again</source>
        <extracomment>Button that restarts the eligibility questions</extracomment>
        <translation type="unfinished">Sorulara baştan başlayın</translation>
    </message>
</context>
<context>
    <name>HelpContent</name>
    <message>
        <source>Ask for help</source>
        <translation type="unfinished">Yardım isteyin</translation>
    </message>
    <message>
        <source>Ask a person at the desk, or call %1:</source>
        <extracomment>%1 is the office&apos;s name, e.g. BAPA BXL</extracomment>
        <translation type="unfinished">Gişedeki birine sorun ya da %1 ile telefonla görüşün:</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the help window</extracomment>
        <translation type="unfinished">Kapat</translation>
    </message>
</context>
<context>
    <name>IdleContent</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Hâlâ orada mısınız?</translation>
    </message>
    <message>
        <source>I am here</source>
        <extracomment>The visitor answers that they are still using the kiosk</extracomment>
        <translation type="unfinished">Buradayım</translation>
    </message>
    <message>
        <source>The kiosk starts again for the next person in:</source>
        <extracomment>Above a large countdown number (seconds); phrased to need no plural form</extracomment>
        <translation type="unfinished">Kiosk bir sonraki kişi için yeniden başlayacak:</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <extracomment>Keypad key that erases the last digit typed</extracomment>
        <translation type="unfinished">Sil</translation>
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
        <translation type="unfinished">Size nasıl yardımcı olabiliriz?</translation>
    </message>
    <message>
        <source>The welcome programme</source>
        <extracomment>Menu entry: pages explaining the settlement programme (parcours d&apos;accueil)</extracomment>
        <translation type="unfinished">Uyum programı</translation>
    </message>
    <message>
        <source>What it is, step by step</source>
        <translation type="unfinished">Nedir, adım adım</translation>
    </message>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Ofisler ve çalışma saatleri</translation>
    </message>
    <message>
        <source>Addresses, phone numbers, open now</source>
        <translation type="unfinished">Adresler, telefon numaraları, şu an açık olanlar</translation>
    </message>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Yardım kuruluşları</translation>
    </message>
    <message>
        <source>Legal aid, housing, health and more</source>
        <translation type="unfinished">Hukuki yardım, konut, sağlık ve daha fazlası</translation>
    </message>
    <message>
        <source>Can I take part?</source>
        <translation type="unfinished">Katılabilir miyim?</translation>
    </message>
    <message>
        <source>Four questions, one answer</source>
        <translation type="unfinished">Dört soru, tek cevap</translation>
    </message>
    <message>
        <source>Not on this kiosk: call %1</source>
        <extracomment>Menu entry detail when this kiosk cannot book; %1 is the office&apos;s phone number</extracomment>
        <translation type="unfinished">Bu kioskta değil: %1 numarasını arayın</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <extracomment>Menu entry: choose a day and time to meet the office&apos;s staff</extracomment>
        <translation type="unfinished">Randevu alın</translation>
    </message>
    <message>
        <source>Choose a day and a time</source>
        <translation type="unfinished">Bir gün ve saat seçin</translation>
    </message>
</context>
<context>
    <name>ModeBar</name>
    <message>
        <source>Large text</source>
        <extracomment>Toggle that makes every text bigger</extracomment>
        <translation type="unfinished">Büyük yazı</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Toggle for yellow text on black, easier to read for some eyes</extracomment>
        <translation type="unfinished">Yüksek kontrast</translation>
    </message>
    <message>
        <source>Change language</source>
        <extracomment>Button that goes back to the list of languages</extracomment>
        <translation type="unfinished">Dil değiştir</translation>
    </message>
</context>
<context>
    <name>OfficeDetail</name>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Ofisler ve çalışma saatleri</translation>
    </message>
    <message>
        <source>Closed on these days:</source>
        <extracomment>Followed by a list of dates in the coming weeks when the office is closed</extracomment>
        <translation type="unfinished">Bu günlerde kapalı:</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <extracomment>Before the office&apos;s hours of the current day, e.g. &quot;Today: 09:00 – 12:00&quot;</extracomment>
        <translation type="unfinished">Bugün: %1</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">Ofisler ve çalışma saatleri</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">Yardım kuruluşları</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Filter showing every help organisation</extracomment>
        <translation type="unfinished">Tümü</translation>
    </message>
</context>
<context>
    <name>PageFooter</name>
    <message>
        <source>Previous</source>
        <extracomment>Button showing the previous page</extracomment>
        <translation type="unfinished">Önceki</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <extracomment>Page position, e.g. 2 / 9</extracomment>
        <translation type="unfinished">%L1 / %L2</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button showing the next page</extracomment>
        <translation type="unfinished">Sonraki</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">Uyum programı</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">Uyum programı</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Say it again</source>
        <extracomment>Voice mode: say the last thing again</extracomment>
        <translation type="unfinished">Tekrar söyle</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">Daha yavaş</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">Daha hızlı</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Voice mode: stop speaking now</extracomment>
        <translation type="unfinished">Durdur</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">Daha sessiz</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Daha yüksek</translation>
    </message>
    <message>
        <source>Also in French</source>
        <extracomment>Voice mode: show and say this screen in French, to learn French</extracomment>
        <translation type="unfinished">Fransızca da</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished">Devam et</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Duraklat</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <extracomment>Button that goes back one screen</extracomment>
        <translation type="unfinished">Geri</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Button that returns to the first screen</extracomment>
        <translation type="unfinished">Ana sayfa</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Button that shows how to get help from staff</extracomment>
        <translation type="unfinished">Yardım</translation>
    </message>
    <message>
        <source>Speech cannot be heard on this kiosk</source>
        <translation type="unfinished">Bu kioskta ses duyulamıyor</translation>
    </message>
</context>
<context>
    <name>guichet::BookingFlow</name>
    <message>
        <source>This is not a phone number we can use. Please type it again, for example 0470 12 34 56.</source>
        <extracomment>Shown and spoken when the typed phone number cannot be used</extracomment>
        <translation type="unfinished">Bu telefon numarasını kullanamıyoruz. Lütfen yeniden yazın, örneğin 0470&#xa0;12&#xa0;34&#xa0;56.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A free time to book, e.g. &quot;lundi 7 décembre, 9:30&quot;: the day, then the time</extracomment>
        <translation type="unfinished">%1, saat %2</translation>
    </message>
    <message>
        <source>digit %1 of %2</source>
        <extracomment>Said for a key typed when the visitor chose not to have the number said aloud, e.g. &quot;digit 4 of 10&quot;</extracomment>
        <translation type="unfinished">%2 rakamdan %1.</translation>
    </message>
    <message>
        <source>digit %1</source>
        <extracomment>Said for a key typed when the number is not said aloud and its length is unknown, e.g. &quot;digit 12&quot;</extracomment>
        <translation type="unfinished">%1. rakam</translation>
    </message>
    <message>
        <source>letter %1</source>
        <extracomment>Said for a letter typed in the name when the visitor chose not to have it said aloud, e.g. &quot;letter 3&quot;</extracomment>
        <translation type="unfinished">%1. harf</translation>
    </message>
</context>
<context>
    <name>guichet::KeyNavigator</name>
    <message>
        <source>Keys: the arrows or Tab move, Enter chooses, Escape goes back, the star says this again.</source>
        <extracomment>Said by the help key of a keypad or keyboard (F1, the star key), then the control in focus</extracomment>
        <translation type="unfinished">Tuşlar: oklar veya Tab ilerler, Enter seçer, Escape geri gider, yıldız bunu tekrarlar.</translation>
    </message>
</context>
<context>
    <name>guichet::OfficeModel</name>
    <message>
        <source>Open now, closes at %1</source>
        <extracomment>%1 is a time, e.g. 12:00</extracomment>
        <translation type="unfinished">Şu an açık, kapanış: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Kapalı</translation>
    </message>
    <message>
        <source>Closed, opens at %1</source>
        <extracomment>%1 is a time later today, e.g. 14:00</extracomment>
        <translation type="unfinished">Kapalı, açılış: %1</translation>
    </message>
    <message>
        <source>Closed, opens %1</source>
        <extracomment>%1 is a weekday and a time, e.g. Monday 09:00</extracomment>
        <translation type="unfinished">Kapalı, açılış: %1</translation>
    </message>
    <message>
        <source>Open now, closes at %1, reopens at %2</source>
        <extracomment>%1 is when it closes, %2 when it opens again the same day, e.g. 12:00 and 14:00</extracomment>
        <translation type="unfinished">Şu an açık, %1&apos;de kapanır, %2&apos;de yeniden açılır</translation>
    </message>
</context>
<context>
    <name>guichet::OrganisationModel</name>
    <message>
        <source>Brussels</source>
        <extracomment>A region of Belgium, heading the help organisations found there</extracomment>
        <translation type="unfinished">Brüksel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <extracomment>A region of Belgium, heading the help organisations found there</extracomment>
        <translation type="unfinished">Valonya</translation>
    </message>
    <message>
        <source>Flanders</source>
        <extracomment>A region of Belgium, heading the help organisations found there</extracomment>
        <translation type="unfinished">Flaman Bölgesi</translation>
    </message>
</context>
<context>
    <name>guichet::Voice</name>
    <message>
        <source>Voice mode is on. Touch once to hear, touch again to choose.</source>
        <translation type="unfinished">Sesli okuma açık. Duymak için bir kez, seçmek için tekrar dokunun.</translation>
    </message>
    <message>
        <source>Voice mode is off.</source>
        <translation type="unfinished">Sesli okuma kapalı.</translation>
    </message>
    <message>
        <source>Voice mode is on.</source>
        <translation type="unfinished">Sesli okuma açık.</translation>
    </message>
    <message>
        <source>%1: on</source>
        <extracomment>Voice mode: a toggle&apos;s name and its new state, e.g. &quot;Large text: on&quot;</extracomment>
        <translation type="unfinished">%1: açık</translation>
    </message>
    <message>
        <source>%1: off</source>
        <extracomment>Voice mode: a toggle&apos;s name and its new state, e.g. &quot;Large text: off&quot;</extracomment>
        <translation type="unfinished">%1: kapalı</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">Daha hızlı</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">Daha yavaş</translation>
    </message>
</context>
</TS>
