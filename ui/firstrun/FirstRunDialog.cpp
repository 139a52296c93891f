#include "ui/firstrun/FirstRunDialog.h"

#include "ui/Icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp {

FirstRunDialog::FirstRunDialog(QWidget* parent)
    : QDialog(parent), m_author(new QLineEdit(this)), m_commons(new QLineEdit(this)), m_welcome(new QCheckBox(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Commonplace"));
    setWindowIcon(icons::app());

    auto* icon = new QLabel(this);
    icon->setPixmap(icons::app().pixmap(72, 72));
    icon->setAlignment(Qt::AlignTop);
    auto* heading = new QLabel(tr("<h2>Welcome to Commonplace</h2>"), this);
    auto* intro = new QLabel(tr("Commonplace keeps a wiki that you share with a circle of friends, without any "
                                "server. Each of you keeps the whole wiki, a <i>commons</i>, and decides which "
                                "changes from the others to accept."),
                             this);
    intro->setWordWrap(true);

    m_author->setObjectName(QStringLiteral("authorNameEdit"));
    m_author->setPlaceholderText(tr("e.g. Anna Petrova"));
    m_author->setMaxLength(100);
    m_commons->setObjectName(QStringLiteral("commonsNameEdit"));
    m_commons->setText(tr("My commons"));
    m_commons->setMaxLength(100);
    m_welcome->setObjectName(QStringLiteral("welcomePagesCheck"));
    m_welcome->setText(tr("Start with a few pages that explain Commonplace"));
    m_welcome->setChecked(true);

    auto* nameHint = new QLabel(tr("Everybody in your commons sees this name on the changes you make."), this);
    nameHint->setWordWrap(false);
    nameHint->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Your &name:"), m_author);
    form->addRow(QString(), nameHint);
    form->addRow(tr("&Commons:"), m_commons);
    form->addRow(QString(), m_welcome);

    auto* buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Start Writing"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);

    auto* text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(intro);
    text->addSpacing(12);
    text->addLayout(form);
    auto* top = new QHBoxLayout;
    top->setSpacing(20);
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_author->setFocus();

    connect(m_author, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    connect(m_commons, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString FirstRunDialog::authorName() const
{
    return m_author->text().simplified();
}

QString FirstRunDialog::commonsName() const
{
    return m_commons->text().simplified();
}

bool FirstRunDialog::withWelcomePages() const
{
    return m_welcome->isChecked();
}

void FirstRunDialog::validate()
{
    m_start->setEnabled(!authorName().isEmpty() && !commonsName().isEmpty());
}

} // namespace cp
