#pragma once

#include "ui/history/DiffDocument.h"
#include "ui/history/DiffSection.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;

namespace cp {

// Shows a diff between two versions: side by side or unified (toggled by the
// person, remembered while the window is open), only the changes with a few lines
// around them or the whole page, changed words highlighted inside changed lines.
class DiffView : public QWidget
{
    Q_OBJECT
public:
    explicit DiffView(QWidget* parent = nullptr);

    // `note` (if any) follows the sections, e.g. how many more pages changed.
    void showSections(const QList<DiffSection>& sections, const QString& note = {});
    // A line of text instead of a diff ("Select a version…", an error).
    void showMessage(const QString& message);

    // Until the person picks one, side by side when there is room, unified when narrow.
    void setMode(DiffDocument::Mode mode);
    [[nodiscard]] DiffDocument::Mode mode() const { return m_mode; }
    void setWholePage(bool wholePage);
    [[nodiscard]] bool wholePage() const { return m_wholePage; }

    [[nodiscard]] QTextBrowser* browser() const { return m_browser; }
    // The words marked as removed (or added) in what is shown, in order.
    [[nodiscard]] QStringList changedWords(DiffDocument::WordSide side) const;

    // Below this width, side by side is too cramped to be the automatic choice.
    static constexpr int SideBySideMinimumWidth = 480;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();
    void retranslate();
    void showMode(DiffDocument::Mode mode);

    DiffDocument::Mode m_mode = DiffDocument::Mode::SideBySide;
    bool m_wholePage = false;
    bool m_modeChosen = false; // by the person, so no longer by width
    QList<DiffSection> m_sections;
    QString m_message;
    QString m_note;
    QToolButton* m_sideBySide;
    QToolButton* m_unified;
    QToolButton* m_whole;
    QTextBrowser* m_browser;
};

} // namespace cp
