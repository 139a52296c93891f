#include "ui/Icons.h"

#include <QFile>

namespace cp::icons {

QIcon themed(const QString& name)
{
    const QString fallbackPath = QStringLiteral(":/icons/actions/") + name + QStringLiteral(".svg");
    QIcon fallback;
    if (QFile::exists(fallbackPath))
        fallback = QIcon(fallbackPath);
    return QIcon::fromTheme(name, fallback);
}

QIcon app()
{
    return QIcon::fromTheme(QStringLiteral("commonplace"), QIcon(QStringLiteral(":/icons/commonplace.svg")));
}

} // namespace cp::icons
