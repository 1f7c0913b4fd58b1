#include "auditview.h"

#include "domain/auditdiff.h"
#include "services/audit.h"
#include "tables/auditlistmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <limits>

namespace {

// The earliest day a date filter offers stands for "no limit".
const QDate noLimit(2000, 1, 1);

QDateEdit* dayFilter(const QString& name, const QString& none, const QString& tip)
{
    auto* edit = new QDateEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noLimit);
    edit->setSpecialValueText(none);
    edit->setDate(noLimit);
    edit->setToolTip(tip);
    return edit;
}

qint64 startOf(const QDate& day)
{
    return day.startOfDay().toUTC().toMSecsSinceEpoch();
}

} // namespace

AuditView::AuditView(const Workspace& workspace, QWidget* parent)
    : ListAreaView(workspace, new AuditListModel(workspace.database, workspace.session),
                   QStringLiteral("audit"), parent),
      m_who(new QComboBox), m_kind(new QComboBox),
      m_from(dayFilter(QStringLiteral("auditFrom"), tr("From the start"),
                       tr("Changes made on or after this day"))),
      m_until(
          dayFilter(QStringLiteral("auditUntil"), tr("Up to now"), tr("Changes made on or before this day")))
{
    m_model = static_cast<AuditListModel*>(listModel());
    setSearchPlaceholder(tr("Number of one record, with its kind chosen (Ctrl+F)"));
    m_who->setObjectName(QStringLiteral("auditWho"));
    m_who->addItem(tr("Anyone"), qint64(0));
    m_who->addItem(tr("Maintenance tool"), qint64(-1));
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_kind->addItem(tr("Every kind of record"), QString());
    for (const QString& entity : AuditDiff::entities())
        m_kind->addItem(AuditDiff::entityName(entity), entity);
    for (QWidget* filter : {static_cast<QWidget*>(m_who), static_cast<QWidget*>(m_kind),
                            static_cast<QWidget*>(m_from), static_cast<QWidget*>(m_until)})
        addFilter(filter);
    for (QComboBox* combo : {m_who, m_kind})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &AuditView::filterChanged);
    for (QDateEdit* day : {m_from, m_until})
        connect(day, &QDateEdit::dateChanged, this, &AuditView::filterChanged);
    loadPeople();
    filterChanged();
}

void AuditView::loadPeople()
{
    const Session session = workspace().session;
    workspace().jobs->run<QList<Audit::Person>>(
        this, [session](const Connection& c, JobControl&) { return Audit::people(c, session); },
        [this](const Result<QList<Audit::Person>>& people) {
            if (!people) {
                fail(people.error().message);
                return;
            }
            const QVariant chosen = m_who->currentData();
            const QSignalBlocker quiet(m_who);
            while (m_who->count() > 2)
                m_who->removeItem(2);
            for (const Audit::Person& person : people.value())
                m_who->addItem(person.name, person.id);
            m_who->setCurrentIndex(std::max(0, m_who->findData(chosen)));
        });
}

void AuditView::reloadAround()
{
    loadPeople();
}

void AuditView::showRecord(const QString& entity, const QString& entityId)
{
    {
        const QSignalBlocker quietKind(m_kind);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(entity)));
    }
    searchField()->setText(entityId);
    filterChanged();
}

void AuditView::applyFilter()
{
    AuditFilter filter;
    filter.userId = m_who->currentData().toLongLong();
    filter.entity = m_kind->currentData().toString();
    filter.entityId = filter.entity.isEmpty() ? QString() : searchText().trimmed();
    if (m_from->date() > noLimit)
        filter.from = startOf(m_from->date());
    if (m_until->date() > noLimit)
        filter.until = startOf(m_until->date().addDays(1));
    m_model->setFilter(filter);
}

QString AuditView::countText(qint64 count) const
{
    const int shown = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    return tr("%Ln changes", nullptr, shown);
}
