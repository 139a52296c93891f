#pragma once

#include "core/wiki/ExternalEdits.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cp {

class Commons;

// The files another program changed in the commons' folder, each with what
// happened to it (added, changed, removed), ticked: commit the ticked ones (with an
// optional summary), or throw their outside edits away after a confirmation.
class ExternalChangesDialog : public QDialog
{
    Q_OBJECT
public:
    ExternalChangesDialog(Commons& commons, const QList<ExternalChange>& changes, QWidget* parent = nullptr);

    [[nodiscard]] QListWidget* list() const { return m_list; }

private:
    [[nodiscard]] QStringList ticked() const;
    void commitTicked();
    void discardTicked();
    void updateButtons();
    [[nodiscard]] static QString describe(ExternalChange::Kind kind);

    Commons& m_commons;
    QListWidget* m_list;
    QLineEdit* m_summary;
    QPushButton* m_commit;
    QPushButton* m_discard;
};

} // namespace cp
