// SPDX-License-Identifier: GPL-3.0-or-later
#include "pack.h"

namespace guichet {

namespace {
template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}
} // namespace

const Language *Pack::language(const QString &code) const
{
    for (const Language &l : languages) {
        if (l.code == code)
            return &l;
    }
    return nullptr;
}

const Office *Pack::office(const QString &id) const { return findById(offices, id); }
const Service *Pack::service(const QString &id) const { return findById(services, id); }
const EligibilityQuestion *Pack::question(const QString &id) const { return findById(questions, id); }
const EligibilityOutcome *Pack::outcome(const QString &id) const { return findById(outcomes, id); }

const EligibilityOutcome *Pack::outcomeOf(const QString &target) const
{
    static const QString prefix = QStringLiteral("outcome:");
    return target.startsWith(prefix) ? outcome(target.mid(prefix.size())) : nullptr;
}

static const PackText *lookup(const Pack &pack, const QString &key, const QString &lang)
{
    for (const QString &l : {lang, pack.sourceLanguage}) {
        const auto texts = pack.texts.constFind(l);
        if (texts == pack.texts.cend())
            continue;
        const auto text = texts->texts.constFind(key);
        if (text != texts->texts.cend())
            return &text.value();
    }
    return nullptr;
}

QString Pack::text(const QString &key, const QString &lang) const
{
    const PackText *t = lookup(*this, key, lang);
    return t ? t->written : QString();
}

QString Pack::spoken(const QString &key, const QString &lang) const
{
    const PackText *t = lookup(*this, key, lang);
    return t ? t->forSpeech() : QString();
}

bool Pack::hasText(const QString &key, const QString &lang) const
{
    const auto texts = this->texts.constFind(lang);
    return texts != this->texts.cend() && texts->texts.contains(key);
}

} // namespace guichet
