#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace cp {

// Shown once, on the first start of a profile: asks for the name others will see
// on this person's changes and creates their first commons.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(QWidget* parent = nullptr);

    [[nodiscard]] QString authorName() const;
    [[nodiscard]] QString commonsName() const;
    // Whether the new commons starts with the pages that explain Commonplace.
    [[nodiscard]] bool withWelcomePages() const;

private:
    void validate();

    QLineEdit* m_author;
    QLineEdit* m_commons;
    QCheckBox* m_welcome;
    QPushButton* m_start;
};

} // namespace cp
