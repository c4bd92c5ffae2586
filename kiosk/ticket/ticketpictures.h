// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QRectF>
#include <QTime>

class QPainter;

namespace guichet {

/**
 * A tear-off calendar page for a day: the French month abbreviation on a dark band, the day
 * number large, the French weekday below. For a visitor who does not read the date line, and
 * to match against the calendars of the office, which are in French and Latin digits.
 * Drawn in black and white so a thermal printer renders it as sharply as a screen.
 */
void drawCalendarPage(QPainter &painter, const QRectF &rect, QDate date);

/**
 * An analog clock face showing a time, with 12, 3, 6 and 9 written: a time that can be
 * matched against the office's wall clock without reading any script. Never mirrored.
 */
void drawClockFace(QPainter &painter, const QRectF &rect, QTime time);

} // namespace guichet
