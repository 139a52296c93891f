#include "ui/search/SearchResultsModel.h"

namespace cp {

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractListModel(parent) {}

void SearchResultsModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

void SearchResultsModel::clear()
{
    setHits({});
}

QString SearchResultsModel::titleAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).title : QString();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit& hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case TitleRole:
        return hit.title;
    case SnippetRole:
        return hit.snippet;
    case ScoreRole:
        return hit.score;
    default:
        return {};
    }
}

} // namespace cp
