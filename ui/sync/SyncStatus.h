#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace cp {

class SyncNode;

// The node's state in the status bar: "2 peers online · last exchange 5 minutes ago"
// (a button that opens the Peers panel), a bar while a transfer runs, and any
// problem (not listening, a failed exchange) in plain words.
class SyncStatus : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatus(SyncNode* node, QWidget* parent = nullptr);

    [[nodiscard]] QString text() const;
    [[nodiscard]] QToolButton* button() const { return m_button; }
    [[nodiscard]] QProgressBar* progress() const { return m_progress; }
    [[nodiscard]] QLabel* problemLabel() const { return m_problem; }
    void refresh();

signals:
    void openRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showProgress(qint64 bytes, qint64 objects);
    void hideProgress();

    SyncNode* m_node;
    QToolButton* m_button;
    QProgressBar* m_progress;
    QLabel* m_problem;
    QTimer* m_clock;
    QTimer* m_transferQuiet;
};

} // namespace cp
