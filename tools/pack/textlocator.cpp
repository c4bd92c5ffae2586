// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlocator.h"

#include "jsonlineindex.h"
#include "jsonpath.h"

namespace guichet {

struct TextLocator::File {
    QByteArray bytes; // JsonLineIndex keeps a reference to them
    std::unique_ptr<JsonLineIndex> lines;
};

TextLocator::TextLocator(const PackSource &source)
    : m_source(source)
{
}

TextLocator::~TextLocator() = default;

PackProblem TextLocator::at(const QString &language, const QString &key, const QString &message)
{
    const QString path = QStringLiteral("texts/%1.json").arg(language);
    std::shared_ptr<File> &file = m_files[language];
    if (!file) {
        file = std::make_shared<File>();
        file->bytes = m_source.read(path).value_or(QByteArray());
        file->lines = std::make_unique<JsonLineIndex>(file->bytes);
    }
    const QString where = jsonpath::join(QStringLiteral("texts"), key);
    return {path, file->lines->lineOf(where), where, message};
}

} // namespace guichet
