// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingevent.h"
#include "externaltool.h"
#include "qrcode.h"
#include "sampletickets.h"

#include <QGuiApplication>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using namespace guichet::test;

/** The QR code as a phone camera meets it: zbarimg reads back exactly the bytes given. */
class TstTicketQrCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void geometry();
    void decodes_data();
    void decodes();
    void svgPathDecodes();
    void tooLong();

private:
    QTemporaryDir m_dir;
};

void TstTicketQrCode::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TstTicketQrCode::geometry()
{
    const QrCode code = QrCode::encode("K7-4825");
    QVERIFY(!code.isNull());
    QCOMPARE(code.size(), 21); // version 1 holds 7 bytes at level M
    const QImage image = qrImage("K7-4825", 3, 4);
    QCOMPARE(image.size(), QSize((21 + 8) * 3, (21 + 8) * 3));
    for (int i = 0; i < image.width(); ++i) { // the quiet zone is white all round
        QCOMPARE(image.pixelColor(i, 0), QColor(Qt::white));
        QCOMPARE(image.pixelColor(0, i), QColor(Qt::white));
        QCOMPARE(image.pixelColor(i, image.height() - 1), QColor(Qt::white));
    }
    QCOMPARE(image.pixelColor(4 * 3, 4 * 3), QColor(Qt::black)); // a finder pattern's corner
    QVERIFY(code.isDark(0, 0) && code.isDark(6, 6) && !code.isDark(7, 7));
    for (int y = 0; y < image.height(); ++y) { // only black and white, nothing for a printer to dither
        for (int x = 0; x < image.width(); ++x)
            QVERIFY(image.pixelColor(x, y) == QColor(Qt::black) || image.pixelColor(x, y) == QColor(Qt::white));
    }
}

void TstTicketQrCode::decodes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("code") << QByteArray("K7-4825");
    for (const char *language : {"fr", "ar", "ti"})
        QTest::newRow(language) << bookingEvent(sampleTicket(QString::fromLatin1(language)));
}

void TstTicketQrCode::decodes()
{
    QFETCH(QByteArray, data);
    const QString png = m_dir.filePath(QStringLiteral("%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(qrImage(data, 4).save(png));
    QString failure;
    const QByteArray decoded = decodeQr(png, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(decoded, data);
}

void TstTicketQrCode::svgPathDecodes()
{
    // What QML gets: the path, drawn by Qt's own SVG renderer, is the same code.
    const QByteArray data = bookingEvent(sampleTicket(QStringLiteral("ar")));
    int viewBox = 0;
    const QString path = qrSvgPath(data, 4, &viewBox);
    QCOMPARE(viewBox, QrCode::encode(data).size() + 8);
    const QByteArray svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %1\">"
                                          "<rect width=\"%1\" height=\"%1\" fill=\"white\"/><path d=\"%2\" fill=\"black\"/></svg>")
                               .arg(viewBox).arg(path).toUtf8();
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QImage image(viewBox * 4, viewBox * 4, QImage::Format_RGB32);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    const QString png = m_dir.filePath(QStringLiteral("svg.png"));
    QVERIFY(image.save(png));
    QString failure;
    const QByteArray decoded = decodeQr(png, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(decoded, data);
}

void TstTicketQrCode::tooLong()
{
    const QByteArray data(4000, 'x'); // version 40 at level M holds 2331 bytes
    QVERIFY(QrCode::encode(data).isNull());
    QVERIFY(qrImage(data, 4).isNull());
    QVERIFY(qrSvgPath(data).isEmpty());
    QVERIFY(qrImage(QByteArray(), 4).isNull());
}

QTEST_MAIN(TstTicketQrCode)
#include "tst_ticket_qrcode.moc"
