<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddressEditor</name>
    <message>
        <source>A&amp;dd address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row for another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders go to the default address unless they say otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, district, city, postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient of address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone of address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminTool</name>
    <message>
        <source>create-admin: the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-admin: the name shown in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: how many goods to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: how many customers to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: seed for repeatable data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storekeeper-admin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;storekeeper-admin --help&quot; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storekeeper-admin: no password for %1. Set STOREKEEPER_DB_PASSWORD or run in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now at schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-admin needs --username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given. Set STOREKEEPER_ADMIN_PASSWORD or run in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator &quot;%1&quot; created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data added. Categories: %1, goods: %2, suppliers: %3, customers: %4, staff accounts: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (the embedded one; choose another with --database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: how many suppliers to add; generated goods are offered by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated in %4 s. Goods: %1, customers: %2, suppliers: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[arguments…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users list takes no more arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users %1 needs one user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users needs list, reset-password USER or unlock USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown users command &quot;%1&quot;; use list, reset-password or unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given. Set STOREKEEPER_NEW_PASSWORD or run in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was reset. They must choose a new one when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; can sign in again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not locked; they can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n account.</numerusform>
            <numerusform>%n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>import: what a row whose SKU or code is already there does: update or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update|skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: check every row and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: print how far it got, a line at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding, when guessing is not enough; export: utf-8 (with a byte order mark, the default) or gbk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utf-8|gbk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the delimiter, when guessing is not enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>,|;|tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the file to write; - or none for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users: list, reset-password USER or unlock USER; import: KIND FILE; export: KIND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs what to %1: one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 &quot;%2&quot;; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs what to import and the file: import %1 FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes what to export only; name the file with --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or gbk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--existing takes update or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter takes &quot;,&quot;, &quot;;&quot; or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storekeeper-admin: cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, delimiter %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: all %1 rows can be imported (%2). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) to correct in the file first.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem to correct in the file first.</numerusform>
            <numerusform>Nothing was imported: %n problems to correct in the file first.</numerusform>
        </translation>
    </message>
    <message>
        <source>export: csv or xlsx (an Excel workbook); by default as --output ends, else csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv|xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the export to standard output (a closed pipe, or a full disk). Name a file with --output instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: how many warehouses to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: how many stock movements to add, into the generated warehouses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--goods, --suppliers, --customers, --warehouses and --movements take a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to generate: give --goods N, --suppliers N, --customers N or --warehouses N, with N above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements go into the warehouses generated with them: give --warehouses N too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouses: %1, stock movements: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storekeeper maintenance.

Commands:
  migrate        create the database or bring it up to date
  create-admin   add an administrator account (--username, --display-name)
  demo-data      fill an empty catalogue with a demo shop and staff accounts
  generate       add synthetic goods, suppliers, customers, warehouses and stock movements
                 (--goods N, --suppliers N, --customers N, --warehouses N, --movements N)
  check          look for inconsistencies; exits with 1 when it finds any
  users list     the staff accounts: role, state, lock, last sign-in
  users reset-password USER
                 set a password USER must change at the next sign-in (asked for, or
                 read from STOREKEEPER_NEW_PASSWORD); lifts any lock
  users unlock USER
                 let USER, locked out by wrong passwords, sign in again now
  import KIND FILE
                 import goods, categories, suppliers, supplier-goods, customers or stock
                 (opening balances, received into each warehouse) from a CSV file
                 (UTF-8 or GBK, comma, semicolon or tab), all rows or none; exits
                 with 1 and a report of every bad row when any is wrong (--existing,
                 --dry-run, --encoding, --delimiter)
  export KIND    write them as CSV or an Excel workbook, in the columns import reads
                 (--output, --encoding, --format); export movements writes the stock
                 ledger, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Storekeeper stays on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new, empty one there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storekeeper stays on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDiff</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcategories moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditListModel</name>
    <message>
        <source>Maintenance tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>From the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of one record, with its kind chosen (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account &quot;%1&quot; is locked until %2. Try again then, or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Wait %n second before trying again.</numerusform>
            <numerusform>Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. Check both (and Caps Lock) and try again in %n second(s).</source>
        <translation>
            <numerusform>Wrong user name or password. Check both (and Caps Lock) and try again in %n second.</numerusform>
            <numerusform>Wrong user name or password. Check both (and Caps Lock) and try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: the account &quot;%1&quot; is locked for %n minute(s). An administrator can unlock it.</source>
        <translation>
            <numerusform>Too many wrong passwords: the account &quot;%1&quot; is locked for %n minute. An administrator can unlock it.</numerusform>
            <numerusform>Too many wrong passwords: the account &quot;%1&quot; is locked for %n minutes. An administrator can unlock it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoriesView</name>
    <message>
        <source>Sh&amp;ow archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived categories too, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a category at the top level (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New s&amp;ubcategory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a category inside the selected one (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected category another name (F2 edits it in place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected category, with everything in it, under another one; or drag it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the selected category&apos;s goods and subcategories under another category, and remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected category back into the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected category, once it is empty, from the tree and the category lists; it can be restored (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; under &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; to the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;? Everything filed under &quot;%1&quot;, goods and subcategories, goes to &quot;%2&quot;, and &quot;%1&quot; is removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged &quot;%1&quot; into &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not merge &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? It leaves the tree and the category lists; its history stays, and you can restore it under Show archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not archive &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed the selected category, when, and what they changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryCombo</name>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryNameDialog</name>
    <message>
        <source>Under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryPickerDialog</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category &quot;%1&quot; goes under. Its subcategories and goods go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category that takes in the goods and subcategories of &quot;%1&quot;. &quot;%1&quot; itself is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top level: under no other category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryRules</name>
    <message>
        <source>A name cannot hold &quot;/&quot;: it separates the levels of a category path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryService</name>
    <message>
        <source>There is already a category &quot;%1&quot; here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This category no longer exists; someone may have merged it. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category tree has a loop; run &quot;storekeeper-admin check&quot; and repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the category &quot;%1&quot; a moment ago. Look at it again and repeat the change if it is still wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot go under &quot;%2&quot;: that lies inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category cannot be moved into itself or below itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be merged into &quot;%2&quot;: that lies inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both categories have a subcategory &quot;%1&quot;. Merge those two first, then these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still holds %n active goods item(s) or subcategories. Move or archive them first, or merge the category into another.</source>
        <translation>
            <numerusform>&quot;%1&quot; still holds %n active goods item or subcategory. Move or archive it first, or merge the category into another.</numerusform>
            <numerusform>&quot;%1&quot; still holds %n active goods items or subcategories. Move or archive them first, or merge the category into another.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inside &quot;%2&quot;, which is archived: restore that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category path &quot;%1&quot; has an empty level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived: restore it first, or choose another category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived: restore it before merging another category into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With subcategories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active goods filed directly in this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active goods in this category and every one below it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryWriter</name>
    <message>
        <source>The category path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 1 or 0 (yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator set your password. Choose a new one that only you know before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password you signed in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must choose their own password when they next sign in. A lock from wrong passwords is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Save my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what the form shows now over their version (edit the form first to combine both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the form with their saved version; your changes are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record at %1 with the same values as yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record at %1. Both versions are below: save yours (edit the form first to combine them) or take theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MariaDB or MySQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching databases signs you out; you sign in again on the other database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storekeeper database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new, empty one there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing database file, or confirm a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: use letters, digits, dots and hyphens, or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user name you sign in to the server with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the database, without &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The database address &quot;%1&quot; is not valid: %2 Use sqlite:PATH, postgresql://user@host:port/database or mysql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite file path is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a well-formed address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind &quot;%1&quot; is not one Storekeeper knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a password. Leave the password out; Storekeeper asks for it and never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server host name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name is missing (user@host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is not a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name is missing or contains &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SQLite file is on this computer; write sqlite:///path, not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say which kind of database it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a &quot;#&quot; part, which Storekeeper does not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends with &quot;?&quot; but names no option.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRules</name>
    <message>
        <source>Not a phone number; use digits, spaces, +, -, ( and ), such as +86 138 0013 8001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address; it looks like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;/&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not %1 text. Choose the encoding the file was saved in (UTF-8, or GBK for a file from Chinese Excel), or save it again as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 is longer than %2 characters. This is not the CSV file expected, or a quote in it is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 fields in one record. Choose the right delimiter, or check that this is the CSV file expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote opened here is never closed. Close it, or double a quote that is part of the text (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary data (a NUL byte): this is not a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text follows the closing quote of field %1. Put the whole field in quotes and double each quote inside it (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file (%1). Check that the disk has room and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Optional, such as M100023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as 138 0013 8001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was merged into &quot;%1&quot;: their orders and addresses are there now. This record is kept for the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is inactive: kept with their orders, but hidden from the list of active customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form now shows their saved version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerMergeDialog</name>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a duplicate into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the duplicate&apos;s name, phone, e-mail or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging moves the duplicate&apos;s orders and addresses to &quot;%1&quot; (an address it has already is not added twice), and &quot;%1&quot; takes over the phone, e-mail and note it lacks. The duplicate is then deactivated and remembers that it was merged into &quot;%1&quot;. The audit log records both; only a new edit of &quot;%1&quot; undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;? &quot;%1&quot; is deactivated and everything it has moves to &quot;%2&quot;. This cannot be undone in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed one of these customers a moment ago. The comparison now shows them as they are; look again, then merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer (stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate (merged away)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRules</name>
    <message>
        <source>At most %1 addresses per customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>This code was just given to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by &quot;%2&quot;; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved &quot;%1&quot; while you were editing it. Their version is shown next to yours: keep yours, take theirs, or combine them, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was merged into another customer; open that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these customers was merged already; refresh the list and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, phone, e-mail or code (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected customer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a duplicate of the selected customer into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln inactive</source>
        <translation>
            <numerusform>%Ln inactive customer</numerusform>
            <numerusform>%Ln inactive customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected customer back to the active list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected customer off the active list; their orders keep them (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate &quot;%1&quot; again? They return to the list of active customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot;? They leave the list of active customers; their orders and history keep them, and you can activate them again from the inactive customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed &quot;%1&quot; a moment ago; the list now shows their version. Look it over and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged &quot;%1&quot; into &quot;%2&quot;: its orders and addresses are now with &quot;%2&quot;, and &quot;%1&quot; is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path, or run &quot;storekeeper-admin migrate&quot; to create one there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 server refused user &quot;%2&quot;: the password is wrong or the account may not connect. Check the password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt driver for %1 (%2) is not installed. Install the package that provides it (for example libqt6sql6-psql or libqt6sql6-mysql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Storekeeper database, or it is damaged: %2. Choose another file or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is broken and could not be opened again yet. Check the server and the network; Storekeeper tries again with your next action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1 at %2 (%3). Check that the server is running and that the address is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database: you may not write where it would go. Choose another place, or ask for write access there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: you may not write in the folder %2. Choose another folder, or ask for write access to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not read %1. Ask whoever looks after it for access, or open a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read %1 but not write to it, and Storekeeper saves every change there. Ask whoever looks after it for write access, or open a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not create files in the folder %1, where SQLite keeps two work files beside the database (%2-wal and %2-shm). Ask for write access to the folder, or move the database to one you may write in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check that you may read and write the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOptions</name>
    <message>
        <source>The database: sqlite:PATH, postgresql://user@host:port/database[?sslmode=require] or mysql://user@host:port/database. The password is asked for (or read from STOREKEEPER_DB_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The database already has goods; demo data is only added to an empty catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water &amp; juice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biscuits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio &amp; input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stationery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days net</source>
        <translation>
            <numerusform>%n day net</numerusform>
            <numerusform>%n days net</numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1 cannot be written: %2. Choose a folder you may write in, on a disk with room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Storekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data added: %1 goods in %2 categories, %3 suppliers, %4 customers. Staff accounts to try (user / password): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was created, but the demo data could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample shop with goods, suppliers, customers and one staff account per role, to try things out. Leave it off for a real shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no staff accounts yet.&lt;/b&gt;&lt;br&gt;Create the administrator account: it can do everything in Storekeeper, including connecting to another database. You sign in with it right away.&lt;br&gt;&lt;small&gt;Database: %1 · %2&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForeignKeys</name>
    <message>
        <source>%1 %2: %3 %4 names a row of %5 that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Some fields need attention; see the notes under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed this, when, and what they changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give counts between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days net</source>
        <translation>
            <numerusform>%n day net</numerusform>
            <numerusform>%n days net</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no goods to move: give --goods N as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements go into the warehouses generated with them: give --warehouses N too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodsBulkDialog</name>
    <message>
        <source>Move them to the &amp;category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change their &amp;price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change selected goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the %Ln selected item(s)…</source>
        <translation>
            <numerusform>Reading the %Ln selected item…</numerusform>
            <numerusform>Reading the %Ln selected items…</numerusform>
        </translation>
    </message>
    <message>
        <source>up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per item (amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item, now and after the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the selected items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln selected item(s) at once:</source>
        <translation>
            <numerusform>Change %Ln selected item:</numerusform>
            <numerusform>Change %Ln selected items at once:</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter by how much, such as 10 or 2.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number with at most two decimals, such as 10 or 2.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected items are still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the selected goods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed the price of %Ln item(s) by %1.</source>
        <translation>
            <numerusform>Changed the price of %Ln item by %1.</numerusform>
            <numerusform>Changed the price of %Ln items by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln item(s) to %1.</source>
        <translation>
            <numerusform>Moved %Ln item to %1.</numerusform>
            <numerusform>Moved %Ln items to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %Ln item(s).</source>
        <translation>
            <numerusform>Archived %Ln item.</numerusform>
            <numerusform>Archived %Ln items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoodsBulkService</name>
    <message>
        <source>This category was removed or archived; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item since deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed an item of the selection a moment ago; look at the preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no price or category was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected items changed since the preview (%1), so nothing was changed. Look at the preview again.</source>
        <translation>
            <numerusform>%n of the selected items changed since the preview (%1), so nothing was changed. Look at the preview again.</numerusform>
            <numerusform>%n of the selected items changed since the preview (%1), so nothing was changed. Look at the preview again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) would get a price below zero or above the highest allowed (%1), so nothing was changed.</source>
        <translation>
            <numerusform>%n item would get a price below zero or above the highest allowed (%1), so nothing was changed.</numerusform>
            <numerusform>%n items would get a price below zero or above the highest allowed (%1), so nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoodsForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goods item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is archived: it is kept for the records but hidden from the active list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form now shows their saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;KU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type; one per line, the first is printed on labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When stock falls to this quantity, the item is due for reordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a supplier&apos;s name or code; optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barcodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reorder at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual su&amp;pplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictu&amp;re:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold to us by (change in Suppliers):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>A whole number, such as 12; leave empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supplier from the list that appears as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodsImageField</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a PNG or JPEG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the picture on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is too large; use one under 100 megapixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a picture Storekeeper can read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodsPreviewModel</name>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of range: the change would be refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodsRules</name>
    <message>
        <source>A barcode has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A barcode has 13 digits (EAN-13), 12 (UPC-A) or 8 (EAN-8); this one has %n.</source>
        <translation>
            <numerusform>A barcode has 13 digits (EAN-13), 12 (UPC-A) or 8 (EAN-8); this one has %n.</numerusform>
            <numerusform>A barcode has 13 digits (EAN-13), 12 (UPC-A) or 8 (EAN-8); this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last digit should be %1 for this barcode; check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large; at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required; enter 0 if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount; type digits with at most two decimals, such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most two decimals (cents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PNG or JPEG picture; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is too large to store, even made smaller; choose a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 barcodes per item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supplier from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodsService</name>
    <message>
        <source>This goods item no longer exists; someone may have deleted it. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1 is already used by &quot;%2&quot;; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This category was removed; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved &quot;%1&quot; while you were editing it. Their version is shown next to yours: keep yours, take theirs, or combine them, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This barcode was just given to another item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SKU was just given to another item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears in orders, stock or purchase orders, so it cannot be deleted. Archive it instead: it leaves the list and its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goods item has the code %1. Check it, or add the item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode %1 already belongs to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier was removed; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodsView</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, SKU or barcode (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goods item (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected item (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an item nothing refers to yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln archived</source>
        <translation>
            <numerusform>%Ln archived item</numerusform>
            <numerusform>%Ln archived items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln goods</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected item back to the active list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected item from the active list; its history stays (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? It leaves the active list; orders and stock history keep it, and you can restore it from the archived goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed &quot;%1&quot; a moment ago; the list now shows their version. Look it over and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the category or price of every selected item, or archive them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; for good? Only items that no order, stock movement or purchase order mentions can be deleted; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodsWriter</name>
    <message>
        <source>Write 1 or 0 (yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row needs a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new item needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new item needs a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier&apos;s SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) are both read as %5; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no %1 column (%2); %3 cannot be imported without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingView</name>
    <message>
        <source>The line of the file each row starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file is imported as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (%2) is imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s first rows are shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of the file:</source>
        <translation>
            <numerusform>The first row of the file:</numerusform>
            <numerusform>The first %n rows of the file:</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line of the file the row starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would stay unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the rows without problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import did:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct in the file:</source>
        <translation>
            <numerusform>%n problem to correct in the file:</numerusform>
            <numerusform>%n problems to correct in the file:</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed here. Correct these first and check again.</source>
        <translation>
            <numerusform>… and %n more problem not listed here. Correct these first and check again.</numerusform>
            <numerusform>… and %n more problems not listed here. Correct these first and check again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowWriter</name>
    <message>
        <source>No supplier has the code %1. Import the suppliers first, or correct the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write it like 12.50 or ¥12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row needs the SKU of one of your goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goods item has the SKU %1. Import the goods first, or correct the SKU.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update them from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave them as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the whole file as the import would and reports every problem; writes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every row of the file in one go, or none of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not import anything. An administrator or a manager can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic recognises UTF-16 and UTF-8 and reads any other file as GBK, the way Chinese Excel saves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic takes the one of comma, semicolon and tab the header uses most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows already in Storekeeper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows whose SKU, code or category path is in Storekeeper already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be imported as it is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the columns are imported before checking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of the file&apos;s %n column(s) will be imported. Check reads the whole file as the import would, and writes nothing.</source>
        <translation>
            <numerusform>%1 of the file&apos;s %n column will be imported. Check reads the whole file as the import would, and writes nothing.</numerusform>
            <numerusform>%1 of the file&apos;s %n columns will be imported. Check reads the whole file as the import would, and writes nothing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet or exported from Storekeeper. Its first row names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of “%1” changed since it was read. Look at how each is imported, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from “%2” (%3, separated by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found, listed below. Nothing was written: correct the file, save it, then check again.</source>
        <translation>
            <numerusform>%n problem found, listed below. Nothing was written: correct the file, save it, then check again.</numerusform>
            <numerusform>%n problems found, listed below. Nothing was written: correct the file, save it, then check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) to correct in the file first, listed below.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem to correct in the file first, listed below.</numerusform>
            <numerusform>Nothing was imported: %n problems to correct in the file first, listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows under its header: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every row can be imported. Nothing has been written yet: Import writes all %Ln row(s) in one go.</source>
        <translation>
            <numerusform>The row can be imported. Nothing has been written yet: Import writes it.</numerusform>
            <numerusform>Every row can be imported. Nothing has been written yet: Import writes all %Ln rows in one go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from “%1”: %2 created, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>
            <numerusform>Imported %Ln row from “%1”: %2 created, %3 updated, %4 unchanged, %5 skipped.</numerusform>
            <numerusform>Imported %Ln rows from “%1”: %2 created, %3 updated, %4 unchanged, %5 skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. Check its name, and close it in the program that has it open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file is empty: it has no header row naming its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;) is not a column of %3. Rename it to one of %4, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has %1 fields where the header has %2. Check the delimiter (%3) and that quotes around text with the delimiter in it are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a spreadsheet formula, not a value. Type the value itself (or put an apostrophe in front to keep the text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row names the same record as line %1. Keep one row for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read again from its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s columns changed since it was read (it was saved again). Look at how each column is imported, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>Order %1 line %2 totals %3 cents instead of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has a subtotal of %2 cents, but its lines add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has a total of %2 cents instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has the unknown role &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has a password that is not stored as an argon2id hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty: there is nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is at schema version %1; this program expects %2. Run &quot;migrate&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods %1 has an invalid barcode %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods %1 has an SKU that is not in its normal form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods %1 has an outdated search entry; search may not find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods %1 has an outdated sort key; it sorts out of place by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier %1 has an outdated search entry; search may not find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier %1 has an outdated sort key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has an outdated search entry; search may not find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has an outdated sort key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock of %1 in warehouse %2 is %3, but its movements add up to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in warehouse %2 has movements adding up to %3 but no stock level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 (&quot;%2&quot;) lies inside itself: the tree has a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 (&quot;%2&quot;) has a parent key that disagrees with its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods %1 shows the barcode &quot;%2&quot;, but its first barcode is &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier %1 (&quot;%2&quot;) has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot; has %2 default addresses instead of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot; was merged into &quot;%2&quot;, which was itself merged away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot; was merged into another but is still active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 is %4, outside %5 to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 holds &quot;%4&quot;, which is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept count of %1 goods in category %2 is %3, but there are %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept count of %1 rows in %2 is %3, but there are %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListAreaView</name>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed (before → after)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExportFlow</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Chinese Excel, GBK (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 to “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln row to “%1”.</numerusform>
            <numerusform>Exported %Ln rows to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListModel</name>
    <message>
        <source>The list cannot be sorted by this column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Storekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LongOperation</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling; nothing of it is kept…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupEdit</name>
    <message>
        <source>Type a name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Storekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Storekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database Storekeeper works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Storekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storekeeper %1&lt;/h3&gt;&lt;p&gt;Back-office for an online shop, on SQLite, PostgreSQL or MariaDB/MySQL: goods, categories, suppliers and customers.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Passwords are protected with libsodium&apos;s argon2id; names sort in each language&apos;s order with ICU.&lt;/p&gt;&lt;p&gt;Database: %3 · %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the list in front, as it is filtered and sorted, to a CSV file or an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>%1 is not a Storekeeper database: it holds other tables (%2). Nothing was changed. Choose an empty database or one made by Storekeeper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was upgraded by a newer Storekeeper (schema version %1; this program knows versions up to %2). Nothing was changed. Install the newer Storekeeper to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier upgrade of %1 stopped part-way (on MariaDB/MySQL each table is created on its own). Nothing was changed now. Restore the backup taken before the upgrade, or start from an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Storekeeper has been upgrading %1 for two minutes. Wait for it to finish, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start or end the password with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains a control character; type letters, digits and symbols only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use more than one distinct character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>It is built on your user name, your name or the program&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is built on a common password or word; swapping letters for look-alike digits or symbols does not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It follows keys next to each other on the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It repeats characters or a short pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a sequence such as abcd or 1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is built on a date or a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is too short for the characters it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is easy to guess. %1 Add two or three words of your own, or make it longer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceChange</name>
    <message>
        <source>A price cannot fall by more than 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most +10,000 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes nothing; enter how much prices go up or down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view sales analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see cost prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage warehouses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Savepoint</name>
    <message>
        <source>A step was started outside its change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step was kept that had not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of this step failed, so it was undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Selections</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Maintenance tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2), who may not %3. Ask a manager or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The connection to the database was lost: %1. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a duplicate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not tell the new row&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>The database file is damaged: %1. Restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index of %1 holds %2 entries for %3 rows, so search misses some.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteTables</name>
    <message>
        <source>A row of %1 holds a value of the wrong type (%2). Correct it with a database tool, then start Storekeeper again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as wangfang; letters a-z, digits, dot, dash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters; they change it when they first sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form now shows their saved version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>Active accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search user name or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff account (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name or role of the selected account (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a password the person must change when they next sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the person sign in again now after too many wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the selected person sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected person from signing in; their history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;. They choose their own password when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was reset. Tell them the new one in person; they choose their own when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; can sign in again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot;? They can no longer sign in; what they did stays in the audit log, and you can activate them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deactivated</source>
        <translation>
            <numerusform>%Ln deactivated</numerusform>
            <numerusform>%Ln deactivated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockRules</name>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation has no valid id; it cannot be told apart from a repeat of another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the warehouse the goods go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods already are in this warehouse; choose another to move them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the stock changes: damaged, lost, found or a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line needs an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment of nothing changes nothing; type how many more or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a quantity of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity can be at most %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item is on two lines; put its quantity on one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can be at most 2,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a receipt says what goods cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cost cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <source>That warehouse was removed; nothing was changed. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That warehouse is archived; nothing was changed. Choose another, or bring it back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of this operation was deleted; nothing was changed. Take it off and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of “%2” are in %3, so %4 cannot be taken; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of this receipt is too large to keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockWriter</name>
    <message>
        <source>&quot;%1&quot; is not a quantity to receive; write a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cost cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance, line %1 of an imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row needs the code of a warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warehouse has the code %1. Make it first, or correct the code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierForm</name>
    <message>
        <source>The shop&apos;s own short code for the supplier, such as S00012; unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to ask for; optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, such as 0571-8765 4321</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, such as sales@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, such as 30 days net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment te&amp;rms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier is archived: kept for the records, but hidden from the active list and the supplier choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form now shows their saved version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierGoodsListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupplierGoodsPanel</name>
    <message>
        <source>&amp;Goods they sell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goods item this supplier sells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change their SKU, cost or lead time of the selected item (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier no longer sells the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to these offers are saved as you make them; Cancel does not undo them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new supplier first; then open it again to add the goods they sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; now sells &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the offer of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the goods &quot;%2&quot; sells? Their SKU, cost and lead time for it are deleted; the goods item itself stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierGoodsWriter</name>
    <message>
        <source>Every row needs a supplier code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierOfferDialog</name>
    <message>
        <source>Type a name, SKU or barcode and choose from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the code on their price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we pay them for one unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from ordering until the goods arrive; leave empty when not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Their SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead time (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goods %1 sells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number of days, such as 7; leave empty when not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a goods item from the list that appears as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Their SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form now shows their saved version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierRules</name>
    <message>
        <source>Choose the goods item this supplier sells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 0 and %1 days, or empty when not known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierService</name>
    <message>
        <source>This code was just given to another supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier already uses this SKU for another item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier no longer exists. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by &quot;%2&quot;; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved &quot;%1&quot; while you were editing it. Their version is shown next to yours: keep yours, take theirs, or combine them, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier no longer offers this item. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supplier no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goods item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already offers &quot;%2&quot;; open that offer to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this offer a moment ago; it now shows their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this offer a moment ago; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierWriter</name>
    <message>
        <source>Every row needs a supplier code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new supplier needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuppliersView</name>
    <message>
        <source>Active suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, contact, code, phone or e-mail (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a supplier (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected supplier and the goods they sell (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln archived</source>
        <translation>
            <numerusform>%Ln archived</numerusform>
            <numerusform>%Ln archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln suppliers</source>
        <translation>
            <numerusform>%Ln supplier</numerusform>
            <numerusform>%Ln suppliers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected supplier back to the active list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected supplier from the active list and from the choices; their offers and history stay (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? They leave the active list and the supplier choices; purchase orders and the goods they sell keep them, and you can restore them from the archived suppliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed &quot;%1&quot; a moment ago; the list now shows their version. Look it over and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEncodings</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBK (Chinese Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a control character (such as a tab or line break); remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a control character; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a change in the database (it may be busy or unreachable): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step of this change failed, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while saving, so the change may or may not have been saved. Look before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Use letters a-z, digits, dot, dash and underscore, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hash the password (out of memory?). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has staff accounts; sign in as an administrator to add more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This staff account no longer exists. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the account &quot;%1&quot; since you opened it. Look at their version and choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator. Make another account an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storekeeper always keeps one active administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to change your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password other than the one you have now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That is not your current password, or the last try was too recent. Try again in %n second(s).</source>
        <translation>
            <numerusform>That is not your current password, or the last try was too recent. Try again in %n second.</numerusform>
            <numerusform>That is not your current password, or the last try was too recent. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarehouseRules</name>
    <message>
        <source>Give the warehouse a short code, such as MAIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is up to 32 letters, digits, dots, dashes or underscores, such as STORE-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the warehouse a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can be at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the control character; it cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address can be at most 2,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarehouseService</name>
    <message>
        <source>Someone else changed warehouse %1 while you were editing it. Look at their version, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This warehouse no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another warehouse has this code; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds stock of %Ln item(s). Move it to another warehouse or adjust it to zero first; then archive it.</source>
        <translation>
            <numerusform>%1 still holds stock of %Ln item. Move it to another warehouse or adjust it to zero first; then archive it.</numerusform>
            <numerusform>%1 still holds stock of %Ln items. Move it to another warehouse or adjust it to zero first; then archive it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteScope</name>
    <message>
        <source>A change was saved before it was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was deactivated since you signed in; nothing was changed. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role was changed to %1 since you signed in, and it may not %2. Nothing was changed; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxSink</name>
    <message>
        <source>Could not write the workbook %1 (%2). Check that the disk has room and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>storekeeper-admin: the password library (libsodium) could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storekeeper: back-office for an online shop.

Exit codes: 0 closed normally, 1 the database could not be opened or signed in to, 2 the command line is wrong (an unknown option, a malformed --database address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storekeeper: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;storekeeper --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
