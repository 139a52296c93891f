#include "core/wiki/LinkGraph.h"

#include "core/wiki/IndexDatabase.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace cp {

Result<QStringList> LinkGraph::titles(const QString& sql, const QString& bound, const QString& what) const
{
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!bound.isNull())
        query.addBindValue(bound);
    if (!query.exec())
        return fail(IndexDatabase::queryError(query, what));
    QStringList out;
    while (query.next())
        out.append(query.value(0).toString());
    return out;
}

Result<QStringList> LinkGraph::backlinks(const QString& title) const
{
    return titles(QStringLiteral("SELECT DISTINCT p.title FROM links l JOIN pages p ON p.id = l.source "
                                 "WHERE l.target = ? ORDER BY p.title"),
                  title.isNull() ? QStringLiteral("") : title,
                  QCoreApplication::translate("cp::LinkGraph", "Finding the pages that link to “%1”").arg(title));
}

Result<QList<OutgoingLink>> LinkGraph::outgoing(const QString& title) const
{
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT l.target, EXISTS(SELECT 1 FROM pages t WHERE t.title = l.target) "
                                 "FROM links l JOIN pages p ON p.id = l.source WHERE p.title = ? ORDER BY l.position"));
    query.addBindValue(title.isNull() ? QStringLiteral("") : title);
    if (!query.exec())
        return fail(IndexDatabase::queryError(
            query, QCoreApplication::translate("cp::LinkGraph", "Finding the links of “%1”").arg(title)));
    QList<OutgoingLink> out;
    while (query.next())
        out.append({query.value(0).toString(), query.value(1).toBool()});
    return out;
}

Result<QStringList> LinkGraph::orphans() const
{
    return titles(QStringLiteral("SELECT p.title FROM pages p WHERE NOT EXISTS (SELECT 1 FROM links l "
                                 "WHERE l.target = p.title AND l.source <> p.id) ORDER BY p.title"),
                  QString(), QCoreApplication::translate("cp::LinkGraph", "Finding the pages nothing links to"));
}

Result<QList<MissingPage>> LinkGraph::missing() const
{
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT l.target, p.title FROM links l JOIN pages p ON p.id = l.source "
                                   "WHERE NOT EXISTS (SELECT 1 FROM pages t WHERE t.title = l.target) "
                                   "ORDER BY l.target, p.title")))
        return fail(IndexDatabase::queryError(
            query, QCoreApplication::translate("cp::LinkGraph", "Finding the links to missing pages")));
    QList<MissingPage> out;
    while (query.next()) {
        const QString target = query.value(0).toString();
        if (out.isEmpty() || out.back().title != target)
            out.append({target, {}});
        out.back().linkedFrom.append(query.value(1).toString());
    }
    return out;
}

} // namespace cp
