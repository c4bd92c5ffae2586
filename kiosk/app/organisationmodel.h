// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "belgianregion.h"
#include "packlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace guichet {

/**
 * Help organisations, optionally of one category, sorted by ICU collation for the visitor's
 * language (so "Écrire" sorts with the E's in French).
 */
class OrganisationModel : public PackListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Kiosk.organisations")
    /** The category id shown, or empty for every organisation. */
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)

public:
    enum Role {
        OrganisationIdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        CategoriesRole,
        AddressRole,
        PhoneRole,
        WebsiteRole,
        HoursRole,
        RegionRole,
        RegionHeadingRole,
    };
    explicit OrganisationModel(PackContext *context, QObject *parent = nullptr);

    [[nodiscard]] QString category() const { return m_category; }
    void setCategory(const QString &category);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void categoryChanged();

protected:
    /** Collation depends on the language: re-sort rather than only re-read. */
    void languageChanged() override { rebuild(); }
    /** The rows point into the pack: gone with it, made again from the new one. */
    void forgetPack() override { m_rows.clear(); }
    void readPack() override;

private:
    void rebuild();
    /** The region of the kiosk's office (the pack's default office). */
    [[nodiscard]] BelgianRegion homeRegion() const;
    /** The region's name in the visitor's language, "" when unknown. */
    [[nodiscard]] static QString regionName(BelgianRegion region);

    QString m_category;
    QList<const Organisation *> m_rows; // into context().pack(): only between resets
};

} // namespace guichet
