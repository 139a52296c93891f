#pragma once

#include "core/wiki/SearchIndex.h"

#include <QAbstractListModel>

namespace cp {

// The pages a search found, best first: the title (display role) and the snippet
// as safe HTML with the matched words in <b> (SnippetRole).
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TitleRole = Qt::UserRole + 1, SnippetRole, ScoreRole };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setHits(const QList<SearchHit>& hits);
    void clear();
    [[nodiscard]] const QList<SearchHit>& hits() const { return m_hits; }
    [[nodiscard]] QString titleAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace cp
