#pragma once

#include <QDockWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace cp {

// A strip across the top of the main window that tells the person something they
// should know once (where their key is kept) or that needs doing (the identity
// could not be loaded), with an optional action button and a close button. It is
// a title-less dock in the top area, so it never changes the window's layout.
class NoticeBar : public QDockWidget
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning };

    explicit NoticeBar(QWidget* parent = nullptr);

    // Shows `text`; with a non-empty `actionText`, a button that emits actionTriggered.
    void showNotice(Kind kind, const QString& text, const QString& actionText = {});
    [[nodiscard]] QString text() const;

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitText();
    void applyColours();

    Kind m_kind = Kind::Information;
    QWidget* m_frame;
    QLabel* m_icon;
    QLabel* m_label;
    QPushButton* m_action;
    QToolButton* m_close;
};

} // namespace cp
