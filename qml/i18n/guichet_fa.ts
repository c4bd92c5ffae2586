<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Appointment</name>
    <message>
        <source>What is the appointment for?</source>
        <extracomment>Title of the first booking step</extracomment>
        <translation type="unfinished">نوبت برای چه کاری است؟</translation>
    </message>
    <message>
        <source>Where?</source>
        <extracomment>Title of the booking step where the visitor chooses an office</extracomment>
        <translation type="unfinished">کجا؟</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation type="unfinished">چه روزی؟</translation>
    </message>
    <message>
        <source>At what time?</source>
        <translation type="unfinished">چه ساعتی؟</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished">شماره تلفن شما</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished">نام شما</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation type="unfinished">آیا درست است؟</translation>
    </message>
    <message>
        <source>Your appointment</source>
        <translation type="unfinished">نوبت شما</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <extracomment>Title of the booking screens, e.g. when booking is not possible</extracomment>
        <translation type="unfinished">گرفتن نوبت</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <extracomment>Shown while the kiosk waits for the booking server (a few seconds at most)</extracomment>
        <translation type="unfinished">لطفاً یک لحظه صبر کنید…</translation>
    </message>
    <message>
        <source>When can you come?</source>
        <extracomment>Title of the booking step with the next free times</extracomment>
        <translation type="unfinished">کی می‌توانید بیایید؟</translation>
    </message>
</context>
<context>
    <name>BookingConfirm</name>
    <message>
        <source>Please check your appointment:</source>
        <extracomment>Above the summary of an appointment, before it is booked</extracomment>
        <translation type="unfinished">لطفاً نوبت خود را بررسی کنید:</translation>
    </message>
    <message>
        <source>Book this appointment</source>
        <extracomment>The button that books the appointment shown above</extracomment>
        <translation type="unfinished">این نوبت را رزرو کنید</translation>
    </message>
    <message>
        <source>Add my name</source>
        <extracomment>Confirm step: optional, opens a keyboard to give a name with the booking</extracomment>
        <translation type="unfinished">افزودن نام من</translation>
    </message>
</context>
<context>
    <name>BookingDay</name>
    <message>
        <source>First free day: %1</source>
        <translation type="unfinished">اولین روز آزاد: %1</translation>
    </message>
</context>
<context>
    <name>BookingDone</name>
    <message>
        <source>Your appointment is booked.</source>
        <extracomment>Shown when the appointment is booked</extracomment>
        <translation type="unfinished">نوبت شما رزرو شد.</translation>
    </message>
    <message>
        <source>Your booking number:</source>
        <extracomment>Above the booking number (e.g. K7-4825), which the visitor shows at the desk</extracomment>
        <translation type="unfinished">شماره رزرو شما:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The appointment&apos;s date and time, e.g. jeudi 3 décembre 2026, 10:30</extracomment>
        <translation type="unfinished">%1، ساعت %2</translation>
    </message>
    <message>
        <source>The office will receive your booking as soon as the connection returns. Your booking number is already valid.</source>
        <extracomment>After booking while the server could not be reached; the seat was kept for this kiosk</extracomment>
        <translation type="unfinished">به محض برقراری دوباره‌ی اتصال، دفتر رزرو شما را دریافت می‌کند. شماره رزرو شما از همین حالا معتبر است.</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>Last button of a booking: back to the first screen for the next person</extracomment>
        <translation type="unfinished">تمام</translation>
    </message>
    <message>
        <source>Scan it to put the appointment in your phone&apos;s calendar.</source>
        <extracomment>Under the QR code of a booked appointment</extracomment>
        <translation type="unfinished">آن را اسکن کنید تا نوبت در تقویم تلفن شما ثبت شود.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please write down your booking number.</source>
        <extracomment>When the ticket printer fails; the booking itself is kept</extracomment>
        <translation type="unfinished">برگه چاپ نشد. لطفاً شماره رزرو خود را یادداشت کنید.</translation>
    </message>
    <message>
        <source>Print a ticket</source>
        <extracomment>Prints a paper ticket with the booking number, date, time and address</extracomment>
        <translation type="unfinished">چاپ برگه</translation>
    </message>
    <message>
        <source>Take your ticket.</source>
        <extracomment>Said once the ticket is printed, after the booking number, date and time</extracomment>
        <translation type="unfinished">بلیت خود را بردارید.</translation>
    </message>
    <message>
        <source>Office phone: %1</source>
        <extracomment>Said on &quot;again&quot; after a booking, as the ticket prints it</extracomment>
        <translation type="unfinished">تلفن دفتر: %1</translation>
    </message>
</context>
<context>
    <name>BookingFailed</name>
    <message>
        <source>Sorry, someone has just booked this time.</source>
        <translation type="unfinished">متأسفیم، کسی همین حالا این ساعت را رزرو کرد.</translation>
    </message>
    <message>
        <source>Booking is not possible at the moment.</source>
        <translation type="unfinished">در حال حاضر رزرو ممکن نیست.</translation>
    </message>
    <message>
        <source>Appointments cannot be booked on this kiosk.</source>
        <translation type="unfinished">در این دستگاه نمی‌توان نوبت گرفت.</translation>
    </message>
    <message>
        <source>Please choose another time.</source>
        <translation type="unfinished">لطفاً ساعت دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Please call the office to book an appointment, or ask at the desk:</source>
        <translation type="unfinished">برای گرفتن نوبت با دفتر تماس بگیرید، یا از باجه بپرسید:</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <extracomment>After a time was taken by someone else: back to the free days and times</extracomment>
        <translation type="unfinished">انتخاب ساعت دیگر</translation>
    </message>
    <message>
        <source>Back to the menu</source>
        <extracomment>Leaves the booking screens for the main menu</extracomment>
        <translation type="unfinished">بازگشت به فهرست</translation>
    </message>
</context>
<context>
    <name>BookingName</name>
    <message>
        <source>Your name, if you wish. You may skip this.</source>
        <extracomment>Above the name field when booking; the name is optional</extracomment>
        <translation type="unfinished">نام شما، اگر مایل هستید. می‌توانید از این مرحله بگذرید.</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>Button that goes on without giving a name</extracomment>
        <translation type="unfinished">رد شدن</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">ادامه</translation>
    </message>
</context>
<context>
    <name>BookingPhone</name>
    <message>
        <source>Type your phone number. The office will use it only about this appointment.</source>
        <extracomment>Above the phone keypad</extracomment>
        <translation type="unfinished">شماره تلفن خود را وارد کنید. دفتر فقط برای این نوبت از آن استفاده می‌کند.</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Button under the phone keypad: the number is complete</extracomment>
        <translation type="unfinished">ادامه</translation>
    </message>
    <message>
        <source>Yes, say it aloud</source>
        <extracomment>Answer: the kiosk may say the phone number aloud</extracomment>
        <translation type="unfinished">بله، با صدای بلند</translation>
    </message>
    <message>
        <source>No, keep it silent</source>
        <extracomment>Answer: the kiosk must not say the phone number aloud</extracomment>
        <translation type="unfinished">نه، بی‌صدا</translation>
    </message>
    <message>
        <source>Hear my number</source>
        <extracomment>Voice mode, phone step: says the number typed so far, on the visitor&apos;s request</extracomment>
        <translation type="unfinished">شنیدن شماره‌ام</translation>
    </message>
    <message>
        <source>Others may hear. May the kiosk say your number aloud?</source>
        <extracomment>Voice mode, before the phone keypad: the visitor chooses whether digits are spoken</extracomment>
        <translation type="unfinished">دیگران ممکن است بشنوند. آیا دستگاه می‌تواند شماره شما را با صدای بلند بگوید؟</translation>
    </message>
</context>
<context>
    <name>BookingWhen</name>
    <message>
        <source>The next free times:</source>
        <extracomment>Above the next free times of an office, the earliest first</extracomment>
        <translation type="unfinished">نزدیک‌ترین زمان‌های آزاد:</translation>
    </message>
    <message>
        <source>Other days</source>
        <extracomment>Booking: shows a calendar of every day with a free time, instead of the next free times</extracomment>
        <translation type="unfinished">روزهای دیگر</translation>
    </message>
    <message>
        <source>Another office</source>
        <extracomment>Booking: choose an office other than the one where this kiosk stands</extracomment>
        <translation type="unfinished">دفتر دیگر</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Can I take part?</source>
        <translation type="unfinished">آیا می‌توانم شرکت کنم؟</translation>
    </message>
    <message>
        <source>Question %L1 of %L2</source>
        <extracomment>Progress in the eligibility questions, e.g. Question 2 of 4</extracomment>
        <translation type="unfinished">سؤال %L1 از %L2</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Answer to an eligibility question</extracomment>
        <translation type="unfinished">بله</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Answer to an eligibility question</extracomment>
        <translation type="unfinished">نه</translation>
    </message>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">دفترها و ساعت کار</translation>
    </message>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">سازمان‌های کمک‌رسان</translation>
    </message>
    <message>
        <source>Start the questions again</source>
        <extracomment>Button that restarts the eligibility questions</extracomment>
        <translation type="unfinished">سؤال‌ها را از اول شروع کنید</translation>
    </message>
</context>
<context>
    <name>HelpContent</name>
    <message>
        <source>Ask for help</source>
        <translation type="unfinished">کمک بخواهید</translation>
    </message>
    <message>
        <source>Ask a person at the desk, or call %1:</source>
        <extracomment>%1 is the office&apos;s name, e.g. BAPA BXL</extracomment>
        <translation type="unfinished">از یک نفر در باجه بپرسید، یا با %1 تماس بگیرید:</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the help window</extracomment>
        <translation type="unfinished">بستن</translation>
    </message>
</context>
<context>
    <name>IdleContent</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">هنوز اینجا هستید؟</translation>
    </message>
    <message>
        <source>I am here</source>
        <extracomment>The visitor answers that they are still using the kiosk</extracomment>
        <translation type="unfinished">من اینجا هستم</translation>
    </message>
    <message>
        <source>The kiosk starts again for the next person in:</source>
        <extracomment>Above a large countdown number (seconds); phrased to need no plural form</extracomment>
        <translation type="unfinished">دستگاه برای نفر بعدی دوباره شروع می‌شود، تا:</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Erase</source>
        <extracomment>Keypad key that erases the last digit typed</extracomment>
        <translation type="unfinished">پاک کردن</translation>
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
        <translation type="unfinished">چطور می‌توانیم به شما کمک کنیم؟</translation>
    </message>
    <message>
        <source>The welcome programme</source>
        <extracomment>Menu entry: pages explaining the settlement programme (parcours d&apos;accueil)</extracomment>
        <translation type="unfinished">برنامه پذیرش</translation>
    </message>
    <message>
        <source>What it is, step by step</source>
        <translation type="unfinished">این چیست، قدم به قدم</translation>
    </message>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">دفترها و ساعت کار</translation>
    </message>
    <message>
        <source>Addresses, phone numbers, open now</source>
        <translation type="unfinished">آدرس‌ها، شماره تلفن‌ها، کدام‌ها الان باز است</translation>
    </message>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">سازمان‌های کمک‌رسان</translation>
    </message>
    <message>
        <source>Legal aid, housing, health and more</source>
        <translation type="unfinished">کمک حقوقی، مسکن، سلامت و چیزهای دیگر</translation>
    </message>
    <message>
        <source>Can I take part?</source>
        <translation type="unfinished">آیا می‌توانم شرکت کنم؟</translation>
    </message>
    <message>
        <source>Four questions, one answer</source>
        <translation type="unfinished">چهار سؤال، یک جواب</translation>
    </message>
    <message>
        <source>Not on this kiosk: call %1</source>
        <extracomment>Menu entry detail when this kiosk cannot book; %1 is the office&apos;s phone number</extracomment>
        <translation type="unfinished">در این دستگاه ممکن نیست: با %1 تماس بگیرید</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <extracomment>Menu entry: choose a day and time to meet the office&apos;s staff</extracomment>
        <translation type="unfinished">گرفتن نوبت</translation>
    </message>
    <message>
        <source>Choose a day and a time</source>
        <translation type="unfinished">یک روز و یک ساعت انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>ModeBar</name>
    <message>
        <source>Large text</source>
        <extracomment>Toggle that makes every text bigger</extracomment>
        <translation type="unfinished">متن بزرگ</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Toggle for yellow text on black, easier to read for some eyes</extracomment>
        <translation type="unfinished">کنتراست بالا</translation>
    </message>
    <message>
        <source>Change language</source>
        <extracomment>Button that goes back to the list of languages</extracomment>
        <translation type="unfinished">تغییر زبان</translation>
    </message>
</context>
<context>
    <name>OfficeDetail</name>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">دفترها و ساعت کار</translation>
    </message>
    <message>
        <source>Closed on these days:</source>
        <extracomment>Followed by a list of dates in the coming weeks when the office is closed</extracomment>
        <translation type="unfinished">در این روزها بسته است:</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <extracomment>Before the office&apos;s hours of the current day, e.g. &quot;Today: 09:00 – 12:00&quot;</extracomment>
        <translation type="unfinished">امروز: %1</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <source>Offices and opening hours</source>
        <translation type="unfinished">دفترها و ساعت کار</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>Help organisations</source>
        <translation type="unfinished">سازمان‌های کمک‌رسان</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Filter showing every help organisation</extracomment>
        <translation type="unfinished">همه</translation>
    </message>
</context>
<context>
    <name>PageFooter</name>
    <message>
        <source>Previous</source>
        <extracomment>Button showing the previous page</extracomment>
        <translation type="unfinished">قبلی</translation>
    </message>
    <message>
        <source>%L1 / %L2</source>
        <extracomment>Page position, e.g. 2 / 9</extracomment>
        <translation type="unfinished">%L1 / %L2</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button showing the next page</extracomment>
        <translation type="unfinished">بعدی</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">برنامه پذیرش</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>The welcome programme</source>
        <translation type="unfinished">برنامه پذیرش</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Say it again</source>
        <extracomment>Voice mode: say the last thing again</extracomment>
        <translation type="unfinished">دوباره بگو</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">آهسته‌تر</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">تندتر</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Voice mode: stop speaking now</extracomment>
        <translation type="unfinished">توقف</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished">صدای کمتر</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">صدای بیشتر</translation>
    </message>
    <message>
        <source>Also in French</source>
        <extracomment>Voice mode: show and say this screen in French, to learn French</extracomment>
        <translation type="unfinished">به فرانسوی هم</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished">ادامه</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">مکث</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <extracomment>Button that goes back one screen</extracomment>
        <translation type="unfinished">بازگشت</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Button that returns to the first screen</extracomment>
        <translation type="unfinished">صفحهٔ اول</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Button that shows how to get help from staff</extracomment>
        <translation type="unfinished">کمک</translation>
    </message>
    <message>
        <source>Speech cannot be heard on this kiosk</source>
        <translation type="unfinished">صدا در این دستگاه شنیده نمی‌شود</translation>
    </message>
</context>
<context>
    <name>guichet::BookingFlow</name>
    <message>
        <source>This is not a phone number we can use. Please type it again, for example 0470 12 34 56.</source>
        <extracomment>Shown and spoken when the typed phone number cannot be used</extracomment>
        <translation type="unfinished">این شماره تلفن قابل استفاده نیست. لطفاً دوباره وارد کنید، برای مثال ⁦0470&#xa0;12&#xa0;34&#xa0;56⁩.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A free time to book, e.g. &quot;lundi 7 décembre, 9:30&quot;: the day, then the time</extracomment>
        <translation type="unfinished">%1، ساعت %2</translation>
    </message>
    <message>
        <source>digit %1 of %2</source>
        <extracomment>Said for a key typed when the visitor chose not to have the number said aloud, e.g. &quot;digit 4 of 10&quot;</extracomment>
        <translation type="unfinished">رقم %1 از %2</translation>
    </message>
    <message>
        <source>digit %1</source>
        <extracomment>Said for a key typed when the number is not said aloud and its length is unknown, e.g. &quot;digit 12&quot;</extracomment>
        <translation type="unfinished">رقم %1</translation>
    </message>
    <message>
        <source>letter %1</source>
        <extracomment>Said for a letter typed in the name when the visitor chose not to have it said aloud, e.g. &quot;letter 3&quot;</extracomment>
        <translation type="unfinished">حرف %1</translation>
    </message>
</context>
<context>
    <name>guichet::KeyNavigator</name>
    <message>
        <source>Keys: the arrows or Tab move, Enter chooses, Escape goes back, the star says this again.</source>
        <extracomment>Said by the help key of a keypad or keyboard (F1, the star key), then the control in focus</extracomment>
        <translation type="unfinished">کلیدها: پیکان‌ها یا Tab برای حرکت، Enter برای انتخاب، Escape برای بازگشت، ستاره برای تکرار این.</translation>
    </message>
</context>
<context>
    <name>guichet::OfficeModel</name>
    <message>
        <source>Open now, closes at %1</source>
        <extracomment>%1 is a time, e.g. 12:00</extracomment>
        <translation type="unfinished">الان باز است، ساعت %1 بسته می‌شود</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">بسته</translation>
    </message>
    <message>
        <source>Closed, opens at %1</source>
        <extracomment>%1 is a time later today, e.g. 14:00</extracomment>
        <translation type="unfinished">بسته است، ساعت %1 باز می‌شود</translation>
    </message>
    <message>
        <source>Closed, opens %1</source>
        <extracomment>%1 is a weekday and a time, e.g. Monday 09:00</extracomment>
        <translation type="unfinished">بسته است، %1 باز می‌شود</translation>
    </message>
    <message>
        <source>Open now, closes at %1, reopens at %2</source>
        <extracomment>%1 is when it closes, %2 when it opens again the same day, e.g. 12:00 and 14:00</extracomment>
        <translation type="unfinished">الان باز است، ساعت %1 بسته و ساعت %2 دوباره باز می‌شود</translation>
    </message>
</context>
<context>
    <name>guichet::OrganisationModel</name>
    <message>
        <source>Brussels</source>
        <extracomment>A region of Belgium, heading the help organisations found there</extracomment>
        <translation type="unfinished">بروکسل</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <extracomment>A region of Belgium, heading the help organisations found there</extracomment>
        <translation type="unfinished">والونی</translation>
    </message>
    <message>
        <source>Flanders</source>
        <extracomment>A region of Belgium, heading the help organisations found there</extracomment>
        <translation type="unfinished">فلاندر</translation>
    </message>
</context>
<context>
    <name>guichet::Voice</name>
    <message>
        <source>Voice mode is on. Touch once to hear, touch again to choose.</source>
        <translation type="unfinished">خواندن با صدای بلند روشن است. یک بار لمس کنید تا بشنوید، دوباره لمس کنید تا انتخاب کنید.</translation>
    </message>
    <message>
        <source>Voice mode is off.</source>
        <translation type="unfinished">خواندن با صدای بلند خاموش است.</translation>
    </message>
    <message>
        <source>Voice mode is on.</source>
        <translation type="unfinished">خواندن با صدای بلند روشن است.</translation>
    </message>
    <message>
        <source>%1: on</source>
        <extracomment>Voice mode: a toggle&apos;s name and its new state, e.g. &quot;Large text: on&quot;</extracomment>
        <translation type="unfinished">%1: روشن</translation>
    </message>
    <message>
        <source>%1: off</source>
        <extracomment>Voice mode: a toggle&apos;s name and its new state, e.g. &quot;Large text: off&quot;</extracomment>
        <translation type="unfinished">%1: خاموش</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished">تندتر</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished">آهسته‌تر</translation>
    </message>
</context>
</TS>
