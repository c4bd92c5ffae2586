// SPDX-License-Identifier: GPL-3.0-or-later
#include "spokentext.h"

#include <algorithm>

namespace guichet {

SpokenText SpokenText::verbatim(const QString &displayed)
{
    SpokenText s;
    s.text = displayed;
    s.origin.reserve(displayed.size() + 1);
    for (int i = 0; i <= displayed.size(); ++i)
        s.origin.append(i);
    return s;
}

void SpokenText::replace(int from, int length, const QString &with)
{
    const int start = origin.at(from);
    const int end = origin.at(from + length);
    text.replace(from, length, with);
    QList<int> mapped;
    mapped.reserve(with.size());
    // The replacement stands for the replaced characters: spread it over them so a highlight
    // of a word inside it still lands inside the original word.
    for (int i = 0; i < with.size(); ++i)
        mapped.append(start + (with.isEmpty() ? 0 : int(qint64(end - start) * i / with.size())));
    origin.remove(from, length);
    for (int i = 0; i < mapped.size(); ++i)
        origin.insert(from + i, mapped.at(i));
}

int SpokenText::displayedIndex(int spokenIndex) const
{
    return origin.at(std::clamp(spokenIndex, 0, int(origin.size()) - 1));
}

} // namespace guichet
