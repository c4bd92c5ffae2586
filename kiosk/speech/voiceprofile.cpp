// SPDX-License-Identifier: GPL-3.0-or-later
#include "voiceprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {

namespace {

/** Phone numbers as written by LocaleFormat::phone ("+32 2 279 49 70"): read group by group,
 *  with a pause between groups, rather than as one huge number. */
void groupPhoneNumbers(SpokenText &s, const QString &plus)
{
    static const QRegularExpression phone(QStringLiteral("\\+\\d{1,3}(?: \\d{1,4}){2,5}"));
    for (qsizetype at = 0;;) {
        const QRegularExpressionMatch m = phone.match(s.text, at);
        if (!m.hasMatch())
            return;
        QString spoken = m.captured().mid(1);
        spoken.replace(QLatin1Char(' '), QStringLiteral(", "));
        spoken = (plus.isEmpty() ? QStringLiteral("+") : plus) + QLatin1Char(' ') + spoken;
        s.replace(int(m.capturedStart()), int(m.capturedLength()), spoken);
        at = m.capturedStart() + spoken.size();
    }
}

/** Replaces every match, expanding \1…\9 in the replacement. */
void applyEntry(SpokenText &s, const VoiceProfile::Entry &entry)
{
    for (qsizetype at = 0; at <= s.text.size();) {
        const QRegularExpressionMatch m = entry.match.match(s.text, at);
        if (!m.hasMatch() || m.capturedLength() == 0)
            return;
        QString spoken;
        for (qsizetype i = 0; i < entry.spoken.size(); ++i) {
            const QChar c = entry.spoken.at(i);
            if (c == QLatin1Char('\\') && i + 1 < entry.spoken.size() && entry.spoken.at(i + 1).isDigit()) {
                spoken += m.captured(entry.spoken.at(++i).digitValue());
                continue;
            }
            spoken += c;
        }
        s.replace(int(m.capturedStart()), int(m.capturedLength()), spoken);
        at = m.capturedStart() + spoken.size();
    }
}

} // namespace

std::optional<VoiceProfile> VoiceProfile::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("broken JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    VoiceProfile p;
    p.language = o.value(QStringLiteral("language")).toString();
    p.voice = o.value(QStringLiteral("voice")).toString();
    p.rate = o.value(QStringLiteral("rate")).toInt(175);
    p.pitch = o.value(QStringLiteral("pitch")).toInt(50);
    p.plus = o.value(QStringLiteral("plus")).toString();
    if (p.language.isEmpty() || p.voice.isEmpty()) {
        *error = QStringLiteral("\"language\" and \"voice\" are required");
        return std::nullopt;
    }
    if (p.rate < 80 || p.rate > 450) {
        *error = QStringLiteral("\"rate\" %1 is outside eSpeak's 80-450 words per minute").arg(p.rate);
        return std::nullopt;
    }
    const QJsonArray lexicon = o.value(QStringLiteral("lexicon")).toArray();
    for (qsizetype i = 0; i < lexicon.size(); ++i) {
        const QJsonObject e = lexicon.at(i).toObject();
        const QString word = e.value(QStringLiteral("word")).toString();
        const QString pattern = word.isEmpty() ? e.value(QStringLiteral("pattern")).toString()
                                               : QStringLiteral("(?<![\\w])%1(?![\\w])").arg(QRegularExpression::escape(word));
        Entry entry{QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption),
                    e.value(QStringLiteral("spoken")).toString()};
        if (pattern.isEmpty() || !entry.match.isValid()) {
            *error = QStringLiteral("lexicon[%1]: %2").arg(i).arg(pattern.isEmpty() ? QStringLiteral("needs \"word\" or \"pattern\"")
                                                                                   : entry.match.errorString());
            return std::nullopt;
        }
        p.lexicon.append(entry);
    }
    return p;
}

SpokenText VoiceProfile::spokenForm(const QString &displayed) const
{
    SpokenText s = SpokenText::verbatim(displayed);
    // Bidi isolates and other invisible marks mean nothing to a synthesiser.
    for (int i = int(s.text.size()) - 1; i >= 0; --i) {
        if (s.text.at(i).category() == QChar::Other_Format)
            s.replace(i, 1, QString());
    }
    groupPhoneNumbers(s, plus);
    for (const Entry &entry : lexicon)
        applyEntry(s, entry);
    return s;
}

} // namespace guichet
