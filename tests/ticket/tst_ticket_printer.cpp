// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingevent.h"
#include "externaltool.h"
#include "sampletickets.h"
#include "ticketprinter.h"

#include <QGuiApplication>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using namespace guichet::test;

/**
 * The printed ticket as poppler reads it: one 80 mm page holding the code, both date lines
 * and the address as text, ink within the margins, text flush right in right-to-left
 * languages, and a QR code that, printed at a thermal printer's 203 dpi, decodes back to the
 * booking's iCalendar bytes. GUICHET_TICKET_SHOTS, when set, keeps the pages as PNG files.
 */
class TstTicketPrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ticket_data();
    void ticket();
    void refusals();

private:
    QTemporaryDir m_dir;
};

namespace {

constexpr qreal kPointsPerMm = 72 / 25.4;
constexpr int kDpi = 203; // an 80 mm thermal printer's dots per inch

/** xMin and xMax, in points, of the first word pdftotext -bbox finds equal to `word`. */
std::pair<qreal, qreal> wordBox(const QByteArray &bboxHtml, const QString &word)
{
    static const QRegularExpression box(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\" yMax=\"[0-9.]+\">([^<]*)</word>"));
    for (const QRegularExpressionMatch &m : box.globalMatch(QString::fromUtf8(bboxHtml))) {
        if (m.captured(3) == word)
            return {m.captured(1).toDouble(), m.captured(2).toDouble()};
    }
    return {-1, -1};
}

/** The smallest rectangle holding every dark pixel, and how many there are. */
std::pair<QRect, int> ink(const QImage &page)
{
    QRect box;
    int count = 0;
    const QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *row = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            if (row[x] < 128) {
                box |= QRect(x, y, 1, 1);
                ++count;
            }
        }
    }
    return {box, count};
}

} // namespace

void TstTicketPrinter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TstTicketPrinter::ticket_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("rightToLeft");
    QTest::addColumn<QString>("visitorWord"); // a word of the date line in the visitor's language
    QTest::addColumn<int>("serviceRepeats"); // a service name this many times as long, to wrap
    QTest::addColumn<int>("resolution");     // of the printer's device pixels; 0: the PDF's 1200 dpi

    QTest::newRow("fr") << QStringLiteral("fr") << false << QStringLiteral("vendredi") << 1 << 0;
    QTest::newRow("ar") << QStringLiteral("ar") << true << QStringLiteral("الجمعة") << 1 << 0;
    QTest::newRow("fa") << QStringLiteral("fa") << true << QStringLiteral("جمعه") << 1 << 0;
    QTest::newRow("ti") << QStringLiteral("ti") << false << QStringLiteral("ዓርቢ") << 1 << 0;
    // Long texts wrap within the 72 mm, however long the ticket gets.
    QTest::newRow("uk long") << QStringLiteral("uk") << false << QStringLiteral("березня") << 6 << 0;
    // Laid out in a thermal printer's own dots: whole dots per QR module, fonts in whole pixels.
    QTest::newRow("ar 203 dpi") << QStringLiteral("ar") << true << QStringLiteral("الجمعة") << 1 << kDpi;
    QTest::newRow("ar long") << QStringLiteral("ar") << true << QStringLiteral("الجمعة") << 6 << 0;
}

void TstTicketPrinter::ticket()
{
    QFETCH(QString, language);
    QFETCH(bool, rightToLeft);
    QFETCH(QString, visitorWord);
    QFETCH(int, serviceRepeats);
    QFETCH(int, resolution);
    TicketData data = sampleTicket(language);
    data.serviceName = QString(data.serviceName + u' ').repeated(serviceRepeats).trimmed();
    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString pdf = m_dir.filePath(QStringLiteral("ticket-%1.pdf").arg(name));
    QString error;
    if (resolution == 0) {
        QVERIFY2(printTicketToPdf(data, pdf, &error), qPrintable(error));
    } else {
        QPrinter printer;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setResolution(resolution);
        QVERIFY2(printTicket(data, printer, &error), qPrintable(error));
    }

    QString failure;
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}, &failure));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("^Pages: +1$"), QRegularExpression::MultilineOption)), qPrintable(info));
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("Page size: +([0-9.]+) x ([0-9.]+) pts")).match(info);
    QVERIFY(size.hasMatch());
    const qreal pageWidth = size.captured(1).toDouble();
    QCOMPARE(qRound(pageWidth / kPointsPerMm), 80);
    QVERIFY2(size.captured(2).toDouble() / kPointsPerMm < 250, "a ticket, not a scroll");

    // Arabic comes out of the PDF in its shaped presentation forms; compatibility
    // normalisation gives back the letters the kiosk wrote.
    const QString text = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}, &failure))
                             .normalized(QString::NormalizationForm_KC);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    for (const QString &expected : {QStringLiteral("K7-4825"), QStringLiteral("vendredi 26 mars 2027"), QStringLiteral("BAPA BXL"),
                                    QStringLiteral("Boulevard Anspach 1 bte 24"), QStringLiteral("1000 Bruxelles"), QStringLiteral("+32 2 279 49 70"), visitorWord})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" is not in the text:\n") + text));

    // Placement mirrors in right-to-left languages, content does not: the French address line
    // is flush right, the calendar page stands on the right, and both read left to right.
    const QByteArray boxes = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const qreal leftMargin = 4 * kPointsPerMm, rightMargin = pageWidth - 4 * kPointsPerMm;
    const qreal lineStart = wordBox(boxes, QStringLiteral("Boulevard")).first, lineEnd = wordBox(boxes, QStringLiteral("24")).second;
    const qreal month = wordBox(boxes, QStringLiteral("MARS")).first;
    QVERIFY(lineStart > 0 && lineEnd > lineStart && month > 0);
    if (rightToLeft) {
        QVERIFY2(qAbs(lineEnd - rightMargin) < 1 && lineStart > leftMargin + 10, qPrintable(QString::number(lineEnd)));
        QVERIFY2(month > pageWidth * 2 / 3, qPrintable(QString::number(month)));
    } else {
        QVERIFY2(qAbs(lineStart - leftMargin) < 1 && lineEnd < rightMargin - 10, qPrintable(QString::number(lineStart)));
        QVERIFY2(month < pageWidth / 3, qPrintable(QString::number(month)));
    }

    const QString prefix = m_dir.filePath(QStringLiteral("ticket-%1").arg(name));
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-singlefile"), QStringLiteral("-r"), QString::number(kDpi), pdf, prefix}, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QString png = prefix + QStringLiteral(".png");
    const QImage page(png);
    QVERIFY(!page.isNull());
    const auto [box, dark] = ink(page);
    QVERIFY2(dark > page.width() * page.height() / 20, qPrintable(QStringLiteral("only %1 dark pixels").arg(dark)));
    // No ink in the margins: nothing overflowed the 72 mm a thermal head prints.
    const qreal dotsPerMm = kDpi / 25.4;
    QVERIFY2(box.left() >= qFloor(3.5 * dotsPerMm) && box.right() <= page.width() - qFloor(3.5 * dotsPerMm), qPrintable(QStringLiteral("ink from x=%1 to %2").arg(box.left()).arg(box.right())));
    QVERIFY(box.top() >= qFloor(4.5 * dotsPerMm) && box.bottom() <= page.height() - qFloor(9.5 * dotsPerMm));

    const QByteArray decoded = decodeQr(png, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(decoded, bookingEvent(data));

    if (const QString shots = qEnvironmentVariable("GUICHET_TICKET_SHOTS"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        QFile::remove(shots + QStringLiteral("/ticket-%1.png").arg(name));
        QVERIFY(QFile::copy(png, shots + QStringLiteral("/ticket-%1.png").arg(name)));
    }
}

void TstTicketPrinter::refusals()
{
    QString error;
    QVERIFY(!printTicketToPdf(sampleTicket(QStringLiteral("fr")), QStringLiteral("/nonexistent/dir/ticket.pdf"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/dir/ticket.pdf")), qPrintable(error));

    TicketData noCode = sampleTicket(QStringLiteral("fr"));
    noCode.code.clear();
    QVERIFY(!printTicketToPdf(noCode, m_dir.filePath(QStringLiteral("none.pdf")), &error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));

    QVERIFY(!printTicketOn(sampleTicket(QStringLiteral("fr")), QStringLiteral("guichet-no-such-printer"), &error));
    QVERIFY2(error.contains(QStringLiteral("guichet-no-such-printer")), qPrintable(error));
}

// A QGuiApplication, as the kiosk has: printing must not need widgets.
int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TstTicketPrinter test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ticket_printer.moc"
