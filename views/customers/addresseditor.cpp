#include "addresseditor.h"

#include "domain/contactrules.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Rows beyond this many scroll instead of making the form taller.
constexpr int visibleRows = 3;

enum Column
{
    DefaultColumn,
    LabelColumn,
    RecipientColumn,
    PhoneColumn,
    AddressColumn,
    RemoveColumn
};

void setInvalid(QWidget* widget, bool invalid)
{
    if (widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

bool isBlank(const CustomerAddress& a)
{
    return a.label.trimmed().isEmpty() && a.recipient.trimmed().isEmpty() && a.phone.trimmed().isEmpty() &&
           a.address.trimmed().isEmpty();
}

} // namespace

AddressEditor::AddressEditor(QWidget* parent)
    : QWidget(parent), m_defaults(new QButtonGroup(this)), m_rowsWidget(new QWidget), m_grid(new QGridLayout),
      m_scroll(new QScrollArea), m_add(new QPushButton(tr("A&dd address")))
{
    setObjectName(QStringLiteral("addressEditor"));
    m_defaults->setExclusive(true);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(LabelColumn, 2);
    m_grid->setColumnStretch(RecipientColumn, 3);
    m_grid->setColumnStretch(PhoneColumn, 3);
    m_grid->setColumnStretch(AddressColumn, 7);
    const QList<QPair<Column, QString>> headers = {{DefaultColumn, tr("Default")},
                                                   {LabelColumn, tr("Label")},
                                                   {RecipientColumn, tr("Recipient")},
                                                   {PhoneColumn, tr("Phone")},
                                                   {AddressColumn, tr("Address")}};
    for (const auto& [column, text] : headers) {
        auto* header = new QLabel(text);
        header->setObjectName(QStringLiteral("addressHeader%1").arg(int(column)));
        m_grid->addWidget(header, 0, column, column == DefaultColumn ? Qt::AlignCenter : Qt::Alignment());
        if (column == DefaultColumn)
            m_grid->setColumnMinimumWidth(column, header->sizeHint().width() + 8);
    }
    m_rowsWidget->setLayout(m_grid);
    m_scroll->setObjectName(QStringLiteral("addressRows"));
    m_scroll->setWidget(m_rowsWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_add->setObjectName(QStringLiteral("addressAdd"));
    m_add->setToolTip(tr("Add a row for another address"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.last().label->setFocus();
    });
    relayout();
}

AddressEditor::Row& AddressEditor::appendRow(const CustomerAddress& address)
{
    Row row;
    row.id = address.id;
    row.isDefault = new QRadioButton;
    row.label = new QLineEdit(address.label);
    row.recipient = new QLineEdit(address.recipient);
    row.phone = new QLineEdit(address.phone);
    row.address = new QPlainTextEdit(address.address);
    row.remove = new QToolButton;
    row.isDefault->setChecked(address.isDefault);
    row.isDefault->setToolTip(tr("Orders go to the default address unless they say otherwise"));
    row.isDefault->setAccessibleName(tr("Default address"));
    row.label->setMaxLength(CustomerRules::maxLabelLength);
    row.label->setPlaceholderText(tr("Home, office…"));
    row.recipient->setMaxLength(CustomerRules::maxNameLength);
    row.recipient->setPlaceholderText(tr("Who receives it"));
    row.phone->setMaxLength(ContactRules::maxPhoneLength);
    row.address->setTabChangesFocus(true);
    row.address->setPlaceholderText(tr("Street, district, city, postcode"));
    const int lineHeight = row.address->fontMetrics().lineSpacing();
    row.address->setFixedHeight(lineHeight * 2 + 2 * (row.address->frameWidth() + 4));
    row.address->setMinimumWidth(row.address->fontMetrics().averageCharWidth() * 24);
    row.label->setMinimumWidth(row.label->fontMetrics().averageCharWidth() * 8);
    // A whole number with its country code, as the placeholder of the customer's phone shows one.
    row.phone->setMinimumWidth(
        row.phone->fontMetrics().horizontalAdvance(QStringLiteral("+86 138 0013 8001")) +
        2 * row.phone->fontMetrics().averageCharWidth());
    row.remove->setText(tr("Remove"));
    row.remove->setToolTip(tr("Remove this address"));
    row.remove->setFocusPolicy(Qt::StrongFocus);
    m_defaults->addButton(row.isDefault);
    for (QLineEdit* line : {row.label, row.recipient, row.phone})
        connect(line, &QLineEdit::editingFinished, this, &AddressEditor::edited);
    connect(row.address, &QPlainTextEdit::textChanged, this, [this, box = row.address] {
        // Typing in a row that was outlined checks it again at once; other rows wait until left.
        if (box->property("invalid").toBool())
            emit edited();
    });
    connect(row.isDefault, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            emit edited();
    });
    connect(row.remove, &QToolButton::clicked, this, [this, button = row.remove] {
        for (int i = 0; i < rowCount(); ++i) {
            if (m_rows.at(i).remove == button) {
                removeRow(i);
                // The keyboard stays in the rows: on the row that moved up, or on Add.
                if (i < rowCount())
                    m_rows.at(i).label->setFocus();
                else
                    m_add->setFocus();
                return;
            }
        }
    });
    m_rows.append(row);
    return m_rows.last();
}

void AddressEditor::setAddresses(const QList<CustomerAddress>& addresses)
{
    while (!m_rows.isEmpty()) {
        const Row row = m_rows.takeLast();
        for (QWidget* widget : std::initializer_list<QWidget*>{row.isDefault, row.label, row.recipient,
                                                               row.phone, row.address, row.remove})
            delete widget;
    }
    for (const CustomerAddress& address : addresses)
        appendRow(address);
    if (defaultRow() < 0 && !m_rows.isEmpty())
        m_rows.first().isDefault->setChecked(true);
    relayout();
}

QList<CustomerAddress> AddressEditor::addresses() const
{
    QList<CustomerAddress> result;
    for (const Row& row : m_rows)
        result << addressOf(row);
    return result;
}

CustomerAddress AddressEditor::addressOf(const Row& row) const
{
    return {row.id,
            row.label->text(),
            row.recipient->text(),
            row.phone->text(),
            row.address->toPlainText(),
            row.isDefault->isChecked()};
}

int AddressEditor::defaultRow() const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (m_rows.at(i).isDefault->isChecked())
            return i;
    }
    return -1;
}

void AddressEditor::addRow()
{
    CustomerAddress address;
    address.isDefault = m_rows.isEmpty(); // the first address is the default one
    appendRow(address);
    relayout();
    m_scroll->ensureWidgetVisible(m_rows.last().address);
    emit edited();
}

void AddressEditor::removeRow(int index)
{
    if (index < 0 || index >= rowCount())
        return;
    const Row row = m_rows.takeAt(index);
    const bool wasDefault = row.isDefault->isChecked();
    for (QWidget* widget : std::initializer_list<QWidget*>{row.isDefault, row.label, row.recipient, row.phone,
                                                           row.address, row.remove})
        delete widget;
    // A customer with addresses always has a default one: the first takes over, as the service would.
    if (wasDefault && !m_rows.isEmpty())
        m_rows.first().isDefault->setChecked(true);
    relayout();
    emit edited();
}

void AddressEditor::removeBlankRows()
{
    for (int i = rowCount() - 1; i >= 0; --i) {
        if (isBlank(addressOf(m_rows.at(i))))
            removeRow(i);
    }
}

void AddressEditor::markProblems()
{
    // The customer's own rules, asked about one field of one row at a time.
    const auto wrong = [](const CustomerAddress& address) {
        CustomerDraft draft;
        draft.name = QStringLiteral("-");
        draft.addresses = {address};
        return CustomerRules::problems(CustomerRules::normalized(draft))
            .contains(CustomerRules::addressesField);
    };
    QWidget* first = nullptr;
    for (const Row& row : qAsConst(m_rows)) {
        const CustomerAddress typed = addressOf(row);
        const bool blank = isBlank(typed);
        const QString placeholder = QStringLiteral("-");
        const QList<QPair<QWidget*, CustomerAddress>> fields = {
            {row.label, {{}, typed.label, {}, {}, placeholder, false}},
            {row.recipient, {{}, {}, typed.recipient, {}, placeholder, false}},
            {row.phone, {{}, {}, {}, typed.phone, placeholder, false}},
            {row.address, {{}, placeholder, {}, {}, typed.address, false}},
        };
        for (const auto& [widget, alone] : fields) {
            const bool invalid = !blank && wrong(alone);
            setInvalid(widget, invalid);
            if (invalid && !first)
                first = widget;
        }
    }
    // A note on the addresses sends the keyboard to the field it is about.
    setFocusProxy(first ? first : defaultFocus());
}

QWidget* AddressEditor::defaultFocus() const
{
    return m_rows.isEmpty() ? static_cast<QWidget*>(m_add) : m_rows.first().label;
}

void AddressEditor::relayout()
{
    for (int i = 0; i < rowCount(); ++i) {
        const Row& row = m_rows.at(i);
        const int gridRow = i + 1; // the headers take row 0
        const int number = i + 1;
        m_grid->addWidget(row.isDefault, gridRow, DefaultColumn, Qt::AlignHCenter | Qt::AlignTop);
        m_grid->addWidget(row.label, gridRow, LabelColumn, Qt::AlignTop);
        m_grid->addWidget(row.recipient, gridRow, RecipientColumn, Qt::AlignTop);
        m_grid->addWidget(row.phone, gridRow, PhoneColumn, Qt::AlignTop);
        m_grid->addWidget(row.address, gridRow, AddressColumn);
        m_grid->addWidget(row.remove, gridRow, RemoveColumn, Qt::AlignTop);
        // Shown now rather than once the event loop gets to it, so a row just added takes the
        // keyboard at once.
        for (QWidget* widget : std::initializer_list<QWidget*>{row.isDefault, row.label, row.recipient,
                                                               row.phone, row.address, row.remove})
            widget->show();
        const QString prefix = QStringLiteral("address%1_").arg(number);
        row.isDefault->setObjectName(prefix + QStringLiteral("default"));
        row.label->setObjectName(prefix + QStringLiteral("label"));
        row.recipient->setObjectName(prefix + QStringLiteral("recipient"));
        row.phone->setObjectName(prefix + QStringLiteral("phone"));
        row.address->setObjectName(prefix + QStringLiteral("address"));
        row.remove->setObjectName(prefix + QStringLiteral("remove"));
        row.label->setAccessibleName(tr("Label of address %1").arg(number));
        row.recipient->setAccessibleName(tr("Recipient of address %1").arg(number));
        row.phone->setAccessibleName(tr("Phone of address %1").arg(number));
        row.address->setAccessibleName(tr("Address %1").arg(number));
    }
    // Tab goes through the rows in the order they are shown, then to Add; rows made later would
    // otherwise come after it.
    QWidget* previous = nullptr;
    const auto chain = [&](QWidget* next) {
        if (previous)
            QWidget::setTabOrder(previous, next);
        previous = next;
    };
    for (const Row& row : qAsConst(m_rows)) {
        for (QWidget* widget : std::initializer_list<QWidget*>{row.isDefault, row.label, row.recipient,
                                                               row.phone, row.address, row.remove})
            chain(widget);
    }
    chain(m_add);
    setFocusProxy(defaultFocus());
    for (int column = DefaultColumn; column <= RemoveColumn; ++column) {
        if (QLayoutItem* header = m_grid->itemAtPosition(0, column))
            header->widget()->setVisible(!m_rows.isEmpty());
    }
    updateHeight();
}

void AddressEditor::updateHeight()
{
    int height = 0;
    if (!m_rows.isEmpty()) {
        const Row& first = m_rows.first();
        int rowHeight = first.address->height();
        for (QWidget* widget : std::initializer_list<QWidget*>{first.label, first.remove})
            rowHeight = std::max(rowHeight, widget->sizeHint().height());
        const int header = m_grid->itemAtPosition(0, LabelColumn)->sizeHint().height();
        const int shown = std::min(rowCount(), visibleRows);
        height = header + shown * (rowHeight + m_grid->verticalSpacing());
    }
    const bool scrolls = rowCount() > visibleRows;
    m_scroll->setVerticalScrollBarPolicy(scrolls ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
    m_scroll->setFixedHeight(height);
    // The rows never get narrower than their fields: the form grows instead of cutting them off.
    m_scroll->setMinimumWidth(m_rowsWidget->minimumSizeHint().width() +
                              (scrolls ? m_scroll->verticalScrollBar()->sizeHint().width() : 0));
    m_scroll->setVisible(!m_rows.isEmpty());
    emit resized();
}
