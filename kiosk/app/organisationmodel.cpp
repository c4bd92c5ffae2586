// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationmodel.h"

#include "bidi.h"
#include "officemodel.h"

namespace guichet {

OrganisationModel::OrganisationModel(PackContext *context, QObject *parent)
    : PackListModel(context, parent)
{
    readPack();
}

void OrganisationModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    rebuild();
    Q_EMIT categoryChanged();
}

void OrganisationModel::rebuild()
{
    beginResetModel();
    readPack();
    endResetModel();
}

void OrganisationModel::readPack()
{
    m_rows.clear();
    for (const Organisation &o : context().pack().organisations) {
        if (m_category.isEmpty() || o.categories.contains(m_category))
            m_rows.append(&o);
    }
    // The kiosk's own region (its office's postcode) first, Brussels on a Brussels kiosk, then
    // each other region in turn, under its name (RegionRole); by name within each. The pack's
    // `region` decides, else the postcode; neither: with the kiosk's own.
    const BelgianRegion home = homeRegion();
    const auto rank = [home](const Organisation *o) {
        const BelgianRegion region = regionOf(o->region, o->address.postcode);
        return region == home || region == BelgianRegion::Unknown ? 0 : int(region);
    };
    const Collator collator(context().language());
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Organisation *a, const Organisation *b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return collator.compare(a->name, b->name) < 0;
    });
}

int OrganisationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OrganisationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Organisation &o = *m_rows.at(index.row());
    switch (role) {
    case OrganisationIdRole: return o.id;
    case Qt::DisplayRole:
    case NameRole: return o.name;
    case DescriptionRole: return context().text(QStringLiteral("organisation.%1.description").arg(o.id));
    case CategoriesRole: {
        QStringList titles;
        for (const QString &c : o.categories)
            titles << context().text(QStringLiteral("category.") + c);
        return titles.join(QStringLiteral(" · "));
    }
    case AddressRole:
        return o.address.linesIn(context().language());
    case PhoneRole: return o.phone.isEmpty() ? QString() : isolateLtr(LocaleFormat::phone(o.phone));
    case WebsiteRole: return o.website;
    case HoursRole: {
        if (o.hours.isEmpty())
            return QString();
        QStringList lines;
        for (const QVariant &row : OfficeModel::week(context(), o.hours)) {
            const QVariantMap days = row.toMap();
            if (days.value(QStringLiteral("open")).toBool())
                lines << days.value(QStringLiteral("days")).toString() + QStringLiteral(": ") + days.value(QStringLiteral("hours")).toString();
        }
        return lines.join(QLatin1Char('\n'));
    }
    case RegionRole: {
        // Organisations of no known region are listed with the kiosk's: named as it.
        const BelgianRegion region = regionOf(o.region, o.address.postcode);
        return regionName(region == BelgianRegion::Unknown ? homeRegion() : region);
    }
    case RegionHeadingRole: {
        // The region's name above the first organisation of each region, when there are several.
        const QString region = data(index, RegionRole).toString();
        const QString before = index.row() > 0 ? data(this->index(index.row() - 1), RegionRole).toString() : QString();
        const QString last = data(this->index(rowCount() - 1), RegionRole).toString();
        return region != before && (index.row() > 0 || region != last) ? region : QString();
    }
    default: return {};
    }
}

BelgianRegion OrganisationModel::homeRegion() const
{
    const Pack &pack = context().pack();
    const Office *office = pack.office(pack.defaultOffice);
    return office ? regionOfPostcode(office->address.postcode) : BelgianRegion::Unknown;
}

QString OrganisationModel::regionName(BelgianRegion region)
{
    switch (region) {
    //: A region of Belgium, heading the help organisations found there
    case BelgianRegion::Brussels: return tr("Brussels");
    //: A region of Belgium, heading the help organisations found there
    case BelgianRegion::Wallonia: return tr("Wallonia");
    //: A region of Belgium, heading the help organisations found there
    case BelgianRegion::Flanders: return tr("Flanders");
    case BelgianRegion::Unknown: break;
    }
    return {};
}

QHash<int, QByteArray> OrganisationModel::roleNames() const
{
    return {{OrganisationIdRole, "organisationId"}, {NameRole, "name"},     {DescriptionRole, "description"},
            {CategoriesRole, "categories"},         {AddressRole, "address"}, {PhoneRole, "phone"},
            {WebsiteRole, "website"},               {HoursRole, "hours"},   {RegionRole, "region"},
            {RegionHeadingRole, "regionHeading"}};
}

} // namespace guichet
