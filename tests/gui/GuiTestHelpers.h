#pragma once

// Small helpers shared by the GUI tests: find visible widgets by objectName,
// click links in rich text, read a repository's log with stock git.

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QProcess>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QWidget>

namespace cp::test {

// The first visible child of `parent` with this objectName, or nullptr.
template <typename T>
T* findVisible(const QObject* parent, const QString& name)
{
    for (T* child : parent->findChildren<T*>(name)) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

// Where, in the browser's viewport, the link whose href contains `hrefPart` is drawn.
inline QPoint linkPosition(QTextBrowser* browser, const QString& hrefPart)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor() || !format.anchorHref().contains(hrefPart))
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + std::min(1, fragment.length() - 1));
            return browser->cursorRect(cursor).center();
        }
    }
    return {-1, -1};
}

// Types `text` into `widget` key by key: Return for '\n', and characters beyond ASCII
// (which QTest::keyClicks cannot map to keys) as key events that carry their text.
inline void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c == u'\n') {
            QTest::keyClick(widget, Qt::Key_Return);
        } else if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(widget, &press);
            QApplication::sendEvent(widget, &release);
        }
    }
}

// `git log` in `repository` with the given format, newest first; one entry per line.
inline QStringList gitLog(const QString& repository, const QString& format)
{
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("-C"), repository, QStringLiteral("log"),
                                      QStringLiteral("--format=") + format, QStringLiteral("main")});
    if (!git.waitForFinished(30000) || git.exitCode() != 0)
        return {QStringLiteral("git failed: ") + QString::fromUtf8(git.readAllStandardError())};
    return QString::fromUtf8(git.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace cp::test
