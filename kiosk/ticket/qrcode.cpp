// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcode.h"

#include <QPainter>

#include <qrencode.h>

#include <functional>

namespace guichet {

namespace {

/** Calls run(x, y, length) for each horizontal run of dark modules. */
void forEachRun(const QrCode &code, const std::function<void(int, int, int)> &run)
{
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size();) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < code.size() && code.isDark(end, y))
                ++end;
            run(x, y, end - x);
            x = end;
        }
    }
}

} // namespace

QrCode QrCode::encode(const QByteArray &data)
{
    QrCode code;
    if (data.isEmpty())
        return code;
    // Version 0: the smallest that holds the data. QRcode_encodeData is 8-bit mode throughout.
    QRcode *qr = QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0, QR_ECLEVEL_M);
    if (!qr)
        return code;
    code.m_size = qr->width;
    code.m_dark.resize(qsizetype(qr->width) * qr->width);
    for (qsizetype i = 0; i < code.m_dark.size(); ++i)
        code.m_dark[i] = char(qr->data[i] & 1); // bit 0 is the module's colour; the rest is libqrencode's bookkeeping
    QRcode_free(qr);
    return code;
}

QPainterPath QrCode::path(int quietZone) const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    forEachRun(*this, [&](int x, int y, int length) { path.addRect(x + quietZone, y + quietZone, length, 1); });
    return path;
}

QImage qrImage(const QByteArray &data, int modulePixels, int quietZoneModules)
{
    const QrCode code = QrCode::encode(data);
    if (code.isNull() || modulePixels < 1 || quietZoneModules < 0)
        return {};
    const int side = (code.size() + 2 * quietZoneModules) * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    forEachRun(code, [&](int x, int y, int length) {
        painter.fillRect((x + quietZoneModules) * modulePixels, (y + quietZoneModules) * modulePixels, length * modulePixels, modulePixels, Qt::black);
    });
    return image;
}

QString qrSvgPath(const QByteArray &data, int quietZoneModules, int *viewBoxSize)
{
    const QrCode code = QrCode::encode(data);
    if (viewBoxSize)
        *viewBoxSize = code.isNull() ? 0 : code.size() + 2 * quietZoneModules;
    QString out;
    forEachRun(code, [&](int x, int y, int length) {
        out += QStringLiteral("M%1 %2h%3v1h-%3z").arg(x + quietZoneModules).arg(y + quietZoneModules).arg(length);
    });
    return out;
}

} // namespace guichet
