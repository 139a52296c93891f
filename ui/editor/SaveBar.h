#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cp {

// The strip under the editor: an optional summary of the change (the commit message)
// and the Save button. Return in the summary saves, like Ctrl+S anywhere.
class SaveBar : public QWidget
{
    Q_OBJECT
public:
    explicit SaveBar(QWidget* parent = nullptr);

    [[nodiscard]] QString summary() const;
    void clearSummary();
    // Enables saving when there is something to save.
    void setModified(bool modified);
    void focusSummary();

signals:
    void saveRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLineEdit* m_summary;
    QPushButton* m_save;
    QLabel* m_label;
};

} // namespace cp
