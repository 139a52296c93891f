#pragma once

#include "core/wiki/PageName.h"

#include <QStatusBar>

class QLabel;

namespace cp {

// The window's status bar: which commons and page are open and whether the page
// is saved; short-lived messages (a save, a refused link) show on the left.
class CommonsStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit CommonsStatusBar(QWidget* parent = nullptr);

    void setCommonsName(const QString& name);
    void setPageState(const PageName& page, bool isNew, bool modified);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    QString m_commonsName;
    PageName m_page;
    bool m_isNew = false;
    bool m_modified = false;
    QLabel* m_pageLabel;
    QLabel* m_stateLabel;
    QLabel* m_commonsLabel;
};

} // namespace cp
