// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketprinter.h"

#include "bookingevent.h"
#include "qrcode.h"
#include "ticketpictures.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSvgRenderer>
#include <QTextLayout>
#include <QTimeZone>

#include <algorithm>

namespace guichet {

namespace {

constexpr qreal kRollWidthMm = 80;
constexpr qreal kContentWidthMm = 72; // what an 80 mm thermal head reaches
// Left, top, right, bottom. The bottom leaves the cutter's distance below the QR code.
const QMarginsF kMarginsMm(4, 5, 4, 10);

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/**
 * Lays out the ticket from the top, in sizes given in millimetres of the 80 mm ticket that
 * `unit` (device pixels per such millimetre) turns into device pixels. Without a painter it
 * only measures: the same code then gives the page its length and draws it.
 */
class TicketLayout
{
public:
    TicketLayout(const TicketData &ticket, const QrCode &qr, QPaintDevice *device, qreal unit, QPainter *painter = nullptr, qreal left = 0)
        : m_ticket(ticket), m_qr(qr), m_device(device), m_painter(painter), m_unit(unit), m_left(left),
          m_width(kContentWidthMm * unit), m_visitorDirection(QLocale(ticket.language).textDirection())
    {
    }

    /** Lays the ticket out (drawing it when there is a painter); its height in device pixels. */
    qreal run()
    {
        const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
        const QDateTime start = m_ticket.start.toTimeZone(brussels);
        code();
        pictures(start);
        paragraph(m_ticket.dateTimeVisitor, font(5.2, QFont::Bold), m_visitorDirection, 1.5);
        if (!m_ticket.language.startsWith(QLatin1String("fr")) && m_ticket.dateTimeFrench != m_ticket.dateTimeVisitor)
            paragraph(m_ticket.dateTimeFrench, font(4.2, QFont::Normal), Qt::LeftToRight, 1.5);
        paragraph(m_ticket.serviceName, font(4.6, QFont::Normal), m_visitorDirection, 2.5);
        rule();
        paragraph(m_ticket.officeName, font(4.4, QFont::Bold), Qt::LeftToRight, 0.5);
        paragraph(m_ticket.officeAddress, font(4.0, QFont::Normal), Qt::LeftToRight, 0.5);
        if (!m_ticket.officePhone.isEmpty())
            paragraph(QStringLiteral("☎ ") + m_ticket.officePhone, font(4.4, QFont::Bold), Qt::LeftToRight, 3);
        qrCode();
        return m_y;
    }

private:
    [[nodiscard]] qreal mm(qreal value) const { return value * m_unit; }

    /**
     * Noto for every script a pack may hold; Qt picks, per run of text, the first that has it.
     * Arabic's UI cut first: the same letters, but lines not twice as tall as Latin ones.
     */
    [[nodiscard]] QFont font(qreal sizeMm, QFont::Weight weight) const
    {
        QFont font;
        font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic UI"), QStringLiteral("Noto Sans Arabic"),
                          QStringLiteral("Noto Sans Ethiopic"), QStringLiteral("Noto Sans Symbols2")});
        font.setPixelSize(qMax(1, qRound(mm(sizeMm))));
        font.setWeight(weight);
        return font;
    }

    /** The code as large as the width allows, centred: it is what the visitor shows at the desk. */
    void code()
    {
        QFont big = font(20, QFont::Bold);
        QFontMetricsF metrics(big, m_device);
        if (const qreal width = metrics.horizontalAdvance(m_ticket.code); width > m_width) {
            big.setPixelSize(qMax(1, int(big.pixelSize() * m_width / width)));
            metrics = QFontMetricsF(big, m_device);
        }
        if (m_painter) {
            m_painter->setFont(big);
            m_painter->setPen(Qt::black);
            m_painter->setLayoutDirection(Qt::LeftToRight);
            m_painter->drawText(QPointF(m_left + (m_width - metrics.horizontalAdvance(m_ticket.code)) / 2, m_y + metrics.capHeight()), m_ticket.code);
        }
        m_y += metrics.capHeight() + mm(5);
    }

    /** Calendar page, clock face and pictogram side by side, in reading order. */
    void pictures(const QDateTime &start)
    {
        enum Picture { Calendar, Clock, Pictogram };
        QList<Picture> row{Calendar, Clock};
        QSvgRenderer pictogram(m_ticket.pictogramPath);
        if (!m_ticket.pictogramPath.isEmpty() && pictogram.isValid())
            row.append(Pictogram);
        if (m_visitorDirection == Qt::RightToLeft)
            std::reverse(row.begin(), row.end());

        const qreal side = mm(22);
        const qreal gap = qMin(mm(8), (m_width - row.size() * side) / (row.size() - 1));
        qreal x = m_left + (m_width - row.size() * side - (row.size() - 1) * gap) / 2;
        for (Picture picture : row) {
            const QRectF box(x, m_y, side, side);
            x += side + gap;
            if (!m_painter)
                continue;
            if (picture == Calendar) {
                drawCalendarPage(*m_painter, box.adjusted(side * 0.07, 0, -side * 0.07, 0), start.date());
            } else if (picture == Clock) {
                drawClockFace(*m_painter, box, start.time());
            } else {
                pictogram.setAspectRatioMode(Qt::KeepAspectRatio);
                pictogram.render(m_painter, box);
            }
        }
        m_y += side + mm(4);
    }

    /**
     * Wrapped text flush with the page's leading side, in its own direction: an Arabic line
     * in an Arabic ticket and a French one in it both end at the right edge, each shaped and
     * ordered as its script wants (absolute alignment keeps the two apart).
     */
    void paragraph(QString text, const QFont &font, Qt::LayoutDirection direction, qreal spaceAfterMm)
    {
        if (text.isEmpty())
            return;
        text.replace(u'\n', QChar::LineSeparator);
        QTextLayout layout(text, font, m_device);
        const Qt::Alignment side = m_visitorDirection == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
        QTextOption option(side | Qt::AlignAbsolute);
        option.setTextDirection(direction);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        qreal height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(m_width);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
        if (m_painter) {
            m_painter->setPen(Qt::black);
            layout.draw(m_painter, QPointF(m_left, m_y));
        }
        m_y += height + mm(spaceAfterMm);
    }

    void rule()
    {
        if (m_painter)
            m_painter->fillRect(QRectF(m_left, m_y, m_width, mm(0.4)), Qt::black);
        m_y += mm(0.4) + mm(2.5);
    }

    /** The QR code across the width, each module a whole number of device dots when they are coarse. */
    void qrCode()
    {
        const int modules = m_qr.size() + 2 * kQuietZone;
        qreal module = m_width / modules;
        if (module < 12) // a 203 dpi thermal head: uneven modules would blur the code
            module = qFloor(module);
        const qreal side = module * modules;
        if (m_painter) {
            m_painter->save();
            m_painter->translate(m_left + (m_width - side) / 2, m_y);
            m_painter->scale(module, module);
            m_painter->setRenderHint(QPainter::Antialiasing, false);
            m_painter->fillPath(m_qr.path(kQuietZone), Qt::black);
            m_painter->restore();
        }
        m_y += side;
    }

    static constexpr int kQuietZone = 4;
    const TicketData &m_ticket;
    const QrCode &m_qr;
    QPaintDevice *m_device;
    QPainter *m_painter;
    const qreal m_unit;
    const qreal m_left;
    const qreal m_width;
    const Qt::LayoutDirection m_visitorDirection;
    qreal m_y = 0;
};

} // namespace

bool printTicket(const TicketData &ticket, QPrinter &printer, QString *error)
{
    if (ticket.code.isEmpty() || !ticket.start.isValid())
        return fail(error, QStringLiteral("ticket without a booking code or a start time"));
    const QrCode qr = QrCode::encode(bookingEvent(ticket));
    if (qr.isNull())
        return fail(error, QStringLiteral("the booking's iCalendar text is too long for a QR code"));

    // A roll has no page length of its own: the page is as long as the ticket.
    const qreal dotsPerMm = printer.resolution() / 25.4;
    const qreal lengthMm = TicketLayout(ticket, qr, &printer, dotsPerMm).run() / dotsPerMm;
    const QPageSize roll(QSizeF(kRollWidthMm, kMarginsMm.top() + lengthMm + kMarginsMm.bottom()), QPageSize::Millimeter,
                         QStringLiteral("Guichet ticket 80 mm"), QPageSize::ExactMatch);
    // A printer that knows only its own sheets refuses this; the ticket is then scaled onto them.
    printer.setPageLayout(QPageLayout(roll, QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));
    printer.setDocName(QStringLiteral("Ticket %1").arg(ticket.code));

    QPainter painter;
    if (!painter.begin(&printer))
        return fail(error, QStringLiteral("cannot start printing on %1").arg(printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName()));
    // The painter's origin is the top-left corner of the printable area.
    const QSizeF area = printer.pageLayout().paintRectPixels(printer.resolution()).size();
    qreal unit = qMin(area.width() / kContentWidthMm, 1.5 * dotsPerMm); // on A4, not a 19 cm wide ticket
    if (const qreal height = TicketLayout(ticket, qr, &printer, unit).run(); height > area.height())
        unit *= area.height() / height;
    TicketLayout(ticket, qr, &printer, unit, &painter, (area.width() - kContentWidthMm * unit) / 2).run();
    if (!painter.end())
        return fail(error, QStringLiteral("printing the ticket failed"));
    return true;
}

bool printTicketToPdf(const TicketData &ticket, const QString &pdfPath, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdfPath);
    printer.setCreator(QStringLiteral("Guichet"));
    return printTicket(ticket, printer, error);
}

bool printTicketOn(const TicketData &ticket, const QString &printerName, QString *error)
{
    const QPrinterInfo info = QPrinterInfo::printerInfo(printerName);
    if (info.isNull())
        return fail(error, QStringLiteral("no printer named %1").arg(printerName));
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::NativeFormat);
    return printTicket(ticket, printer, error);
}

} // namespace guichet
