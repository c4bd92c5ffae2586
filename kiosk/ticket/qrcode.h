// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QPainterPath>
#include <QString>

namespace guichet {

/**
 * The modules of a QR code for some bytes, by libqrencode: 8-bit mode, so the bytes come back
 * exactly as given (an iCalendar file is UTF-8 with CRLF), and error correction level M, which
 * survives a crease or a smudge on a paper ticket while keeping modules large.
 */
class QrCode
{
public:
    /** Null when the data is empty or too long for any QR version (about 2.3 kB at level M). */
    [[nodiscard]] static QrCode encode(const QByteArray &data);

    [[nodiscard]] bool isNull() const { return m_size == 0; }
    /** Modules per side, without the quiet zone. */
    [[nodiscard]] int size() const { return m_size; }
    [[nodiscard]] bool isDark(int x, int y) const { return m_dark.at(y * m_size + x); }
    /**
     * The dark modules as one path in module units, a light border of quietZone modules
     * included in its coordinates: each row's runs of dark modules are rectangles, so a
     * printer gets sharp edges at any resolution and no seams between modules.
     */
    [[nodiscard]] QPainterPath path(int quietZone = 4) const;

private:
    int m_size = 0;
    QByteArray m_dark; // one byte per module, row by row; non-zero is dark
};

/** Black modules on white, modulePixels per module, with the quiet zone; null if too long. */
[[nodiscard]] QImage qrImage(const QByteArray &data, int modulePixels, int quietZoneModules = 4);

/**
 * SVG path data ("M4 4h7v1h-7z…") of the dark modules in module units, quiet zone included,
 * for a QML `PathSvg` or an SVG file whose viewBox is "0 0 N N" with N = size + 2 × quiet
 * zone (given back in *viewBoxSize). Empty if too long.
 */
[[nodiscard]] QString qrSvgPath(const QByteArray &data, int quietZoneModules = 4, int *viewBoxSize = nullptr);

} // namespace guichet
