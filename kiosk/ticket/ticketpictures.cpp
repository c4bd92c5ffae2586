// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketpictures.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace guichet {

namespace {

/** Bold Noto Sans whose capital letters are capHeight high; the pictures hold Latin text only. */
QFont boldFont(QPaintDevice *device, qreal capHeight)
{
    QFont font(QStringLiteral("Noto Sans"));
    font.setWeight(QFont::Bold);
    font.setPixelSize(100);
    const qreal ratio = QFontMetricsF(font, device).capHeight() / 100.0;
    font.setPixelSize(qMax(1, qRound(capHeight / ratio)));
    return font;
}

/** Draws text centred on a point horizontally, its capitals centred vertically; shrunk to maxWidth. */
void centredText(QPainter &painter, QFont font, const QString &text, QPointF centre, qreal maxWidth)
{
    QFontMetricsF metrics(font, painter.device());
    if (const qreal width = metrics.horizontalAdvance(text); width > maxWidth) {
        font.setPixelSize(qMax(1, int(font.pixelSize() * maxWidth / width)));
        metrics = QFontMetricsF(font, painter.device());
    }
    painter.setFont(font);
    painter.drawText(QPointF(centre.x() - metrics.horizontalAdvance(text) / 2, centre.y() + metrics.capHeight() / 2), text);
}

/** "mars", "avr.", "févr." → "MARS", "AVR", "FÉVR": what wall calendars in Belgium print. */
QString frenchMonth(int month)
{
    return QLocale(QLocale::French).standaloneMonthName(month, QLocale::ShortFormat).remove(u'.').toUpper();
}

} // namespace

void drawCalendarPage(QPainter &painter, const QRectF &rect, QDate date)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal line = rect.width() * 0.04;
    // Rings stand above the page: it takes a little of the height.
    const QRectF page = rect.adjusted(line / 2, rect.height() * 0.08, -line / 2, -line / 2);
    const qreal radius = page.width() * 0.1;
    QPainterPath outline;
    outline.addRoundedRect(page, radius, radius);
    const qreal bandHeight = page.height() * 0.3;

    painter.fillPath(outline, Qt::white);
    QPainterPath band;
    band.addRect(QRectF(page.topLeft(), QSizeF(page.width(), bandHeight)));
    painter.fillPath(outline.intersected(band), Qt::black);
    painter.setPen(QPen(Qt::black, line));
    painter.drawPath(outline);
    for (qreal x : {0.28, 0.72}) {
        const QRectF ring(page.left() + page.width() * x - line, rect.top(), 2 * line, page.top() - rect.top() + bandHeight * 0.18);
        painter.setPen(QPen(Qt::white, line * 0.6));
        painter.setBrush(Qt::black);
        painter.drawRoundedRect(ring, line, line);
    }

    const qreal inner = page.width() * 0.86;
    painter.setPen(Qt::white);
    centredText(painter, boldFont(painter.device(), bandHeight * 0.45), frenchMonth(date.month()),
                QPointF(page.center().x(), page.top() + bandHeight * 0.6), inner);
    painter.setPen(Qt::black);
    const qreal body = page.height() - bandHeight;
    centredText(painter, boldFont(painter.device(), body * 0.45), QString::number(date.day()),
                QPointF(page.center().x(), page.top() + bandHeight + body * 0.42), inner);
    QFont weekday = boldFont(painter.device(), body * 0.13);
    weekday.setWeight(QFont::Normal);
    centredText(painter, weekday, QLocale(QLocale::French).standaloneDayName(date.dayOfWeek(), QLocale::LongFormat),
                QPointF(page.center().x(), page.bottom() - body * 0.16), inner);
    painter.restore();
}

void drawClockFace(QPainter &painter, const QRectF &rect, QTime time)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(rect.width(), rect.height());
    const qreal line = side * 0.04;
    const qreal r = side / 2 - line / 2;
    painter.translate(rect.center());

    painter.setPen(QPen(Qt::black, line));
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(), r, r);

    // Hour marks; where 12, 3, 6 and 9 are written, a numeral stands in for the mark.
    for (int hour = 1; hour <= 12; ++hour) {
        const qreal angle = qDegreesToRadians(hour * 30.0);
        const QPointF direction(qSin(angle), -qCos(angle));
        if (hour % 3 == 0) {
            centredText(painter, boldFont(painter.device(), side * 0.1), QString::number(hour), direction * r * 0.77, side * 0.3);
        } else {
            painter.setPen(QPen(Qt::black, line * 0.8, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(direction * r * 0.8, direction * r * 0.93);
        }
    }

    const auto hand = [&](qreal degrees, qreal length, qreal width) {
        const qreal angle = qDegreesToRadians(degrees);
        painter.setPen(QPen(Qt::black, width, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(), QPointF(qSin(angle), -qCos(angle)) * length);
    };
    // Both hands stop short of the numerals, which they would otherwise hide on the hour.
    hand((time.hour() % 12 + time.minute() / 60.0) * 30.0, r * 0.42, side * 0.075);
    hand(time.minute() * 6.0, r * 0.6, side * 0.045);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawEllipse(QPointF(), side * 0.05, side * 0.05);
    painter.restore();
}

} // namespace guichet
