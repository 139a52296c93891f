#include "ui/history/DiffView.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QResizeEvent>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace cp {

DiffView::DiffView(QWidget* parent)
    : QWidget(parent), m_sideBySide(new QToolButton(this)), m_unified(new QToolButton(this)),
      m_whole(new QToolButton(this)), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("diffView"));
    m_sideBySide->setObjectName(QStringLiteral("sideBySideButton"));
    m_unified->setObjectName(QStringLiteral("unifiedButton"));
    m_whole->setObjectName(QStringLiteral("wholePageButton"));
    m_browser->setObjectName(QStringLiteral("diffText"));
    m_browser->setOpenLinks(false);
    m_browser->setLineWrapMode(QTextEdit::WidgetWidth);
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_browser->document()->setDocumentMargin(6);
    auto* modes = new QButtonGroup(this);
    for (QToolButton* button : {m_sideBySide, m_unified, m_whole}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    modes->addButton(m_sideBySide);
    modes->addButton(m_unified);
    m_sideBySide->setChecked(true);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->setSpacing(2);
    bar->addWidget(m_sideBySide);
    bar->addWidget(m_unified);
    bar->addStretch(1);
    bar->addWidget(m_whole);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);

    connect(m_sideBySide, &QToolButton::clicked, this, [this] { setMode(DiffDocument::Mode::SideBySide); });
    connect(m_unified, &QToolButton::clicked, this, [this] { setMode(DiffDocument::Mode::Unified); });
    connect(m_whole, &QToolButton::toggled, this, &DiffView::setWholePage);
    retranslate();
}

void DiffView::showSections(const QList<DiffSection>& sections, const QString& note)
{
    m_sections = sections;
    m_note = note;
    m_message.clear();
    render();
}

void DiffView::showMessage(const QString& message)
{
    m_sections.clear();
    m_message = message;
    render();
}

void DiffView::setMode(DiffDocument::Mode mode)
{
    m_modeChosen = true;
    showMode(mode);
}

void DiffView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (!m_modeChosen)
        showMode(width() >= SideBySideMinimumWidth ? DiffDocument::Mode::SideBySide : DiffDocument::Mode::Unified);
}

void DiffView::showMode(DiffDocument::Mode mode)
{
    m_sideBySide->setChecked(mode == DiffDocument::Mode::SideBySide);
    m_unified->setChecked(mode == DiffDocument::Mode::Unified);
    if (mode == m_mode)
        return;
    m_mode = mode;
    render();
}

void DiffView::setWholePage(bool wholePage)
{
    m_whole->setChecked(wholePage);
    if (wholePage == m_wholePage)
        return;
    m_wholePage = wholePage;
    render();
}

void DiffView::render()
{
    QTextCharFormat muted;
    muted.setForeground(palette().color(QPalette::PlaceholderText));
    if (m_sections.isEmpty()) {
        m_browser->document()->clear();
        QTextCursor(m_browser->document()).insertText(m_message, muted);
        return;
    }
    DiffDocument(m_mode, m_wholePage, palette()).write(m_browser->document(), m_sections);
    if (!m_note.isEmpty()) {
        QTextCursor end(m_browser->document());
        end.movePosition(QTextCursor::End);
        end.insertBlock(QTextBlockFormat(), muted);
        end.insertText(m_note, muted);
    }
    m_browser->moveCursor(QTextCursor::Start);
}

QStringList DiffView::changedWords(DiffDocument::WordSide side) const
{
    QStringList words;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().intProperty(DiffDocument::ChangedWordProperty) == side)
                words.append(fragment.text());
        }
    }
    return words;
}

void DiffView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        render();
}

void DiffView::retranslate()
{
    m_sideBySide->setText(tr("Side by Side"));
    m_sideBySide->setToolTip(tr("The old version on the left, the new one on the right"));
    m_unified->setText(tr("Unified"));
    m_unified->setToolTip(tr("Removed and added lines in one column"));
    m_whole->setText(tr("Whole Page"));
    m_whole->setToolTip(tr("Show every line, not only the changes and the lines around them"));
}

} // namespace cp
