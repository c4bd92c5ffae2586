// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

/**
 * The installed programs' configuration files (/etc/guichet/kiosk.conf, server.conf): one
 * `key = value` per line, `#` starts a comment line, blank lines are ignored. A key is the name of
 * a command-line option without its dashes, so `server = https://guichet.example` is
 * `--server https://guichet.example`; a key that may be repeated (`pack-key`) is given on several
 * lines. Options on the command line come after the file's, so they win.
 */
namespace configfile {

struct Entry {
    QString key;
    QString value;
    int line = 0;
};

struct Parsed {
    QList<Entry> entries;
    /** "FILE:LINE: message", one per line that is not a comment, blank or `key = value` with a
     *  key in `known`. Such lines are left out of `entries`. */
    QStringList problems;
};

/** Parses `text` (UTF-8), the contents of `fileName` (named in problems only). */
[[nodiscard]] Parsed parse(const QByteArray &text, const QString &fileName, const QStringList &known);

/** The entries as command-line arguments (`--key=value`), in the file's order. */
[[nodiscard]] QStringList toArguments(const QList<Entry> &entries);

/**
 * The arguments a program should parse: argv with the file named by its `--config FILE` (or
 * `--config=FILE`) option read in place of that option, so that options written after it on the
 * command line win. `problems` gets the file's problems, or one line when it cannot be read.
 */
[[nodiscard]] QStringList expandArguments(const QStringList &arguments, const QStringList &known, QStringList *problems);

} // namespace configfile

} // namespace guichet
