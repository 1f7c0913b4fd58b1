#pragma once

#include "db/connection.h"
#include "domain/error.h"
#include "domain/session.h"

#include <QCoreApplication>

// A small shop that looks real, for trying Storekeeper out: a category tree, goods with Chinese
// and English names and valid barcodes, suppliers, warehouses with stock, customers, and one staff
// account per role (user names and passwords in README.md; no demo administrator where an
// administrator exists already). All in one transaction.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    struct Account
    {
        const char* username;
        const char* password;
        Role role;
    };
    static const QList<Account>& accounts();

    struct Summary
    {
        int categories = 0;
        int goods = 0;
        int suppliers = 0;
        int customers = 0;
        int staff = 0;
        QList<Account> accounts; // the staff accounts it made, with their passwords
    };

    // Refused unless the catalogue is empty, so demo rows never mix with real ones.
    static Result<Summary> load(const Connection& connection, const Session& session);
};
