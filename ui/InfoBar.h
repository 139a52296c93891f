#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace cp {

// A quiet strip above the text that tells the person something and offers a few
// buttons (Recover / Discard, Review / Commit): nicer than a modal box for news
// that can wait. Hidden until show() is called; the × hides it again.
class InfoBar : public QFrame
{
    Q_OBJECT
public:
    explicit InfoBar(QWidget* parent = nullptr);

    void setText(const QString& text);
    [[nodiscard]] QString text() const;
    // Adds a button at the right end; the bar does not hide by itself when it is clicked.
    QPushButton* addButton(const QString& objectName);

signals:
    // The × was clicked (the bar is hidden already).
    void dismissed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColours();

    QLabel* m_text;
    QHBoxLayout* m_buttons;
    QToolButton* m_close;
};

} // namespace cp
