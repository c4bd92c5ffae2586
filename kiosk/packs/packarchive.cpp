// SPDX-License-Identifier: GPL-3.0-or-later
#include "packarchive.h"

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace guichet {

namespace {
using Reader = std::unique_ptr<archive, int (*)(archive *)>;

/** A relative path that stays inside the pack: no "/" start, no "..", ".", empty part or "\\". */
bool safePath(const QString &path)
{
    const QStringList parts = path.split(u'/');
    return !path.isEmpty() && !path.startsWith(u'/') && !path.contains(u'\\') && !path.contains(QChar(0))
        && !parts.contains(QStringLiteral("..")) && !parts.contains(QStringLiteral(".")) && !parts.contains(QString());
}

/** Reads an entry's bytes, never more than it declared (already checked against the limits). */
bool readData(archive *reader, qint64 size, QByteArray *data)
{
    data->resize(size);
    qint64 done = 0;
    while (done < size) {
        const la_ssize_t n = archive_read_data(reader, data->data() + done, size_t(size - done));
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}
} // namespace

QByteArray writePackArchive(const PackFiles &pack)
{
    QByteArray out;
    std::unique_ptr<archive, int (*)(archive *)> writer(archive_write_new(), archive_write_free);
    archive_write_set_format_pax_restricted(writer.get());
    archive_write_add_filter_gzip(writer.get());
    archive_write_set_bytes_in_last_block(writer.get(), 1);
    archive_write_open(writer.get(), &out, nullptr,
                       [](archive *, void *data, const void *buffer, size_t length) -> la_ssize_t {
                           static_cast<QByteArray *>(data)->append(static_cast<const char *>(buffer), qsizetype(length));
                           return la_ssize_t(length);
                       },
                       nullptr);
    QStringList paths = pack.files.keys();
    paths.sort(); // the same pack, the same bytes
    for (const QString &path : std::as_const(paths)) {
        const QByteArray &bytes = pack.files[path];
        std::unique_ptr<archive_entry, void (*)(archive_entry *)> entry(archive_entry_new(), archive_entry_free);
        // Given as the locale's bytes, not as UTF-8: with a UTF-8 name, the pax writer converts it
        // to the locale, and in the C locale (a service without LANG) a name such as "café"
        // fails to convert and crashes libarchive 3.6. As bytes, it is written as they are.
        archive_entry_copy_pathname(entry.get(), path.toUtf8().constData());
        archive_entry_set_size(entry.get(), bytes.size());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_write_header(writer.get(), entry.get());
        archive_write_data(writer.get(), bytes.constData(), size_t(bytes.size()));
    }
    archive_write_close(writer.get());
    return out;
}

std::optional<PackFiles> readPackArchive(const QByteArray &bytes, QString *error)
{
    Reader reader(archive_read_new(), archive_read_free);
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_format_tar(reader.get());
    if (archive_read_open_memory(reader.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK) {
        *error = QStringLiteral("not a pack archive (tar.gz): %1").arg(QString::fromUtf8(archive_error_string(reader.get())));
        return std::nullopt;
    }
    PackFiles pack({}, QStringLiteral("archive"));
    qint64 total = 0;
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK) {
            *error = QStringLiteral("broken archive: %1").arg(QString::fromUtf8(archive_error_string(reader.get())));
            return std::nullopt;
        }
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const char *raw = archive_entry_pathname(entry);
        QString path = QString::fromUtf8(utf8 ? utf8 : (raw ? raw : ""));
        if (path.startsWith(QLatin1String("./"))) // as `tar -C dir .` writes them
            path = path.mid(2);
        if (archive_entry_filetype(entry) == AE_IFDIR && safePath(path.endsWith(u'/') ? path.chopped(1) : path))
            continue;
        if (archive_entry_filetype(entry) != AE_IFREG || archive_entry_hardlink(entry) || !safePath(path)) {
            *error = QStringLiteral("%1: only plain files with relative paths belong in a pack (no links, devices or \"..\")").arg(path);
            return std::nullopt;
        }
        // Sizes are checked as declared, before a byte is read: a decompression bomb stops here,
        // in memory, and nothing is ever written to disk from an archive that is not whole.
        const qint64 size = archive_entry_size(entry);
        total += qMax<qint64>(size, 0);
        if (pack.files.size() >= kMaxPackFiles || size < 0 || size > kMaxPackFileBytes || total > kMaxPackBytes) {
            *error = QStringLiteral("the archive is over the limits (%1 files, %2 MiB a file, %3 MiB in all)")
                         .arg(kMaxPackFiles).arg(kMaxPackFileBytes >> 20).arg(kMaxPackBytes >> 20);
            return std::nullopt;
        }
        QByteArray data;
        if (!readData(reader.get(), size, &data)) {
            *error = QStringLiteral("%1: truncated in the archive").arg(path);
            return std::nullopt;
        }
        if (pack.files.contains(path)) {
            *error = QStringLiteral("%1 is twice in the archive").arg(path);
            return std::nullopt;
        }
        pack.files.insert(path, data);
    }
    return pack;
}

} // namespace guichet
