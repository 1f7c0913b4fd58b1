<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressEditor</name>
    <message>
        <source>A&amp;dd address</source>
        <translation>添加地址(&amp;D)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Add a row for another address</source>
        <translation>再添加一行地址</translation>
    </message>
    <message>
        <source>Orders go to the default address unless they say otherwise</source>
        <translation>订单未另行指定时寄往默认地址</translation>
    </message>
    <message>
        <source>Default address</source>
        <translation>默认地址</translation>
    </message>
    <message>
        <source>Home, office…</source>
        <translation>家、公司…</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>由谁签收</translation>
    </message>
    <message>
        <source>Street, district, city, postcode</source>
        <translation>街道、区县、城市、邮编</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>移除此地址</translation>
    </message>
    <message>
        <source>Label of address %1</source>
        <translation>地址 %1 的标签</translation>
    </message>
    <message>
        <source>Recipient of address %1</source>
        <translation>地址 %1 的收件人</translation>
    </message>
    <message>
        <source>Phone of address %1</source>
        <translation>地址 %1 的电话</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>地址 %1</translation>
    </message>
</context>
<context>
    <name>AdminTool</name>
    <message>
        <source>create-admin: the user name.</source>
        <translation>create-admin：用户名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>create-admin: the name shown in the program.</source>
        <translation>create-admin：程序中显示的姓名。</translation>
    </message>
    <message>
        <source>generate: how many goods to add.</source>
        <translation>generate：要添加的商品数量。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>generate: how many customers to add.</source>
        <translation>generate：要添加的客户数量。</translation>
    </message>
    <message>
        <source>generate: seed for repeatable data.</source>
        <translation>generate：随机种子，用于生成可重复的数据。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>以下之一：%1。</translation>
    </message>
    <message>
        <source>storekeeper-admin: %1</source>
        <translation>storekeeper-admin：%1</translation>
    </message>
    <message>
        <source>Run &quot;storekeeper-admin --help&quot; for the commands and options.</source>
        <translation>运行“storekeeper-admin --help”查看命令和选项。</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>请指定一个命令。</translation>
    </message>
    <message>
        <source>Give exactly one command.</source>
        <translation>只能指定一个命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; use one of: %2.</source>
        <translation>未知命令“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>storekeeper-admin: no password for %1. Set STOREKEEPER_DB_PASSWORD or run in a terminal.</source>
        <translation>storekeeper-admin：未提供 %1 的密码。请设置 STOREKEEPER_DB_PASSWORD，或在终端中运行。</translation>
    </message>
    <message>
        <source>No password given; nothing was done.</source>
        <translation>未提供密码，未做任何操作。</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2).</source>
        <translation>%1 已是最新（结构版本 %2）。</translation>
    </message>
    <message>
        <source>%1 is now at schema version %2.</source>
        <translation>%1 的结构版本现为 %2。</translation>
    </message>
    <message>
        <source>create-admin needs --username.</source>
        <translation>create-admin 需要 --username 选项。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>No password given. Set STOREKEEPER_ADMIN_PASSWORD or run in a terminal.</source>
        <translation>未提供密码。请设置 STOREKEEPER_ADMIN_PASSWORD，或在终端中运行。</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未做任何更改。</translation>
    </message>
    <message>
        <source>The account was not created:</source>
        <translation>账户未创建：</translation>
    </message>
    <message>
        <source>Administrator &quot;%1&quot; created.</source>
        <translation>已创建管理员“%1”。</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation>--seed 的取值须为 0 到 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Demo data added. Categories: %1, goods: %2, suppliers: %3, customers: %4, staff accounts: %5.</source>
        <translation>已添加演示数据。分类：%1，商品：%2，供应商：%3，客户：%4，员工账户：%5。</translation>
    </message>
    <message>
        <source>%1 / %2 (%3)</source>
        <translation>%1 / %2（%3）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Database: %1 (the embedded one; choose another with --database)</source>
        <translation>数据库：%1（内置数据库；可用 --database 选择其他数据库）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and what is wrong with it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>generate: how many suppliers to add; generated goods are offered by them.</source>
        <translation>generate：要添加的供应商数量；生成的商品由它们供货。</translation>
    </message>
    <message>
        <source>Generated in %4 s. Goods: %1, customers: %2, suppliers: %3.</source>
        <translation>用时 %4 秒生成完毕。商品：%1，客户：%2，供应商：%3。</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>[arguments…]</source>
        <translation>[参数…]</translation>
    </message>
    <message>
        <source>users list takes no more arguments.</source>
        <translation>users list 不接受更多参数。</translation>
    </message>
    <message>
        <source>users %1 needs one user name.</source>
        <translation>users %1 需要一个用户名。</translation>
    </message>
    <message>
        <source>users needs list, reset-password USER or unlock USER.</source>
        <translation>users 需要 list、reset-password USER 或 unlock USER。</translation>
    </message>
    <message>
        <source>Unknown users command &quot;%1&quot;; use list, reset-password or unlock.</source>
        <translation>未知的 users 命令“%1”；请使用 list、reset-password 或 unlock。</translation>
    </message>
    <message>
        <source>No password given. Set STOREKEEPER_NEW_PASSWORD or run in a terminal.</source>
        <translation>未提供密码。请设置 STOREKEEPER_NEW_PASSWORD 或在终端中运行。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须更改密码</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was reset. They must choose a new one when they next sign in.</source>
        <translation>“%1”的密码已重置。其下次登录时必须设置新密码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can sign in again now.</source>
        <translation>“%1”现在可以重新登录了。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not locked; they can sign in.</source>
        <translation>“%1”未被锁定，可以登录。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n 个账户。</numerusform>
        </translation>
    </message>
    <message>
        <source>import: what a row whose SKU or code is already there does: update or skip.</source>
        <translation>import：编码已存在的行如何处理：update（更新）或 skip（跳过）。</translation>
    </message>
    <message>
        <source>update|skip</source>
        <translation>update|skip</translation>
    </message>
    <message>
        <source>import: check every row and report, but write nothing.</source>
        <translation>import：检查每一行并报告，但不写入任何内容。</translation>
    </message>
    <message>
        <source>import: print how far it got, a line at a time.</source>
        <translation>import：逐行输出进度。</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding, when guessing is not enough; export: utf-8 (with a byte order mark, the default) or gbk.</source>
        <translation>import：文件的编码（自动识别不准时指定）；export：utf-8（带字节顺序标记，默认）或 gbk。</translation>
    </message>
    <message>
        <source>utf-8|gbk</source>
        <translation>utf-8|gbk</translation>
    </message>
    <message>
        <source>import: the delimiter, when guessing is not enough.</source>
        <translation>import：分隔符（自动识别不准时指定）。</translation>
    </message>
    <message>
        <source>,|;|tab</source>
        <translation>,|;|tab</translation>
    </message>
    <message>
        <source>export: the file to write; - or none for standard output.</source>
        <translation>export：要写入的文件；- 或不指定则写到标准输出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>users: list, reset-password USER or unlock USER; import: KIND FILE; export: KIND.</source>
        <translation>users：list、reset-password 用户 或 unlock 用户；import：类型 文件；export：类型。</translation>
    </message>
    <message>
        <source>%1 needs what to %1: one of %2.</source>
        <translation>%1 需要指明对象：%2 之一。</translation>
    </message>
    <message>
        <source>Cannot %1 &quot;%2&quot;; use one of %3.</source>
        <translation>无法 %1“%2”；请使用 %3 之一。</translation>
    </message>
    <message>
        <source>import needs what to import and the file: import %1 FILE.</source>
        <translation>import 需要类型和文件：import %1 文件。</translation>
    </message>
    <message>
        <source>export takes what to export only; name the file with --output.</source>
        <translation>export 只接受导出类型；请用 --output 指定文件。</translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or gbk.</source>
        <translation>--encoding 只接受 utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>--existing takes update or skip.</source>
        <translation>--existing 只接受 update 或 skip。</translation>
    </message>
    <message>
        <source>--delimiter takes &quot;,&quot;, &quot;;&quot; or tab.</source>
        <translation>--delimiter 只接受 “,”、“;” 或 tab。</translation>
    </message>
    <message>
        <source>storekeeper-admin: cannot open %1: %2</source>
        <translation>storekeeper-admin：无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 % read</source>
        <translation>已读取 %1%</translation>
    </message>
    <message>
        <source>%1, %2, delimiter %3.</source>
        <translation>%1，%2，分隔符：%3。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>新建 %1，更新 %2，未变 %3，跳过 %4</translation>
    </message>
    <message>
        <source>Dry run: all %1 rows can be imported (%2). Nothing was written.</source>
        <translation>试运行：全部 %1 行都可以导入（%2）。没有写入任何内容。</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2.</source>
        <translation>已导入 %1 行：%2。</translation>
    </message>
    <message>
        <source>Exported %1 rows of %2.</source>
        <translation>已导出 %1 行%2。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>…… 还有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) to correct in the file first.</source>
        <translation>
            <numerusform>没有导入任何内容：文件中有 %n 个问题需要先更正。</numerusform>
        </translation>
    </message>
    <message>
        <source>export: csv or xlsx (an Excel workbook); by default as --output ends, else csv.</source>
        <translation>export：csv 或 xlsx（Excel 工作簿）；默认按 --output 的扩展名，否则为 csv。</translation>
    </message>
    <message>
        <source>csv|xlsx</source>
        <translation>csv|xlsx</translation>
    </message>
    <message>
        <source>--format takes csv or xlsx.</source>
        <translation>--format 只接受 csv 或 xlsx。</translation>
    </message>
    <message>
        <source>Could not write the export to standard output (a closed pipe, or a full disk). Name a file with --output instead.</source>
        <translation>无法把导出内容写到标准输出（管道已关闭或磁盘已满）。请改用 --output 指定文件。</translation>
    </message>
    <message>
        <source>generate: how many warehouses to add.</source>
        <translation>generate：要添加多少个仓库。</translation>
    </message>
    <message>
        <source>generate: how many stock movements to add, into the generated warehouses.</source>
        <translation>generate：要在生成的仓库中添加多少条库存变动。</translation>
    </message>
    <message>
        <source>--goods, --suppliers, --customers, --warehouses and --movements take a whole number from 0 to %1.</source>
        <translation>--goods、--suppliers、--customers、--warehouses 和 --movements 取 0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>Nothing to generate: give --goods N, --suppliers N, --customers N or --warehouses N, with N above 0.</source>
        <translation>没有要生成的内容：请给出 --goods N、--suppliers N、--customers N 或 --warehouses N，N 大于 0。</translation>
    </message>
    <message>
        <source>Movements go into the warehouses generated with them: give --warehouses N too.</source>
        <translation>库存变动只写入同时生成的仓库：请同时给出 --warehouses N。</translation>
    </message>
    <message>
        <source>Warehouses: %1, stock movements: %2.</source>
        <translation>仓库：%1，库存变动：%2。</translation>
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
        <translation>Storekeeper 维护工具。

命令：
  migrate        创建数据库，或将其升级到最新版本
  create-admin   添加管理员账户（--username、--display-name）
  demo-data      在空的商品目录中填入演示商店和员工账户
  generate       添加合成的商品、供应商、客户、仓库和库存变动
                 （--goods N、--suppliers N、--customers N、--warehouses N、--movements N）
  check          查找不一致之处；发现问题时以退出码 1 结束
  users list     员工账户：角色、状态、锁定、上次登录
  users reset-password USER
                 设置一个 USER 下次登录时必须修改的密码（会询问，或从
                 STOREKEEPER_NEW_PASSWORD 读取）；解除任何锁定
  users unlock USER
                 让因密码错误被锁定的 USER 现在就能再次登录
  import KIND FILE
                 从 CSV 文件导入 goods（商品）、categories（分类）、suppliers（供应商）、
                 supplier-goods（供应商商品）、customers（客户）或 stock（期初库存，入库到
                 各仓库）（UTF-8 或 GBK，逗号、分号或制表符分隔），要么全部导入，要么一行
                 不导；有错误时以 1 退出并列出每一个错误行
                 （--existing、--dry-run、--encoding、--delimiter）
  export KIND    以 CSV 或 Excel 工作簿写出它们，列与导入读取的相同
                 （--output、--encoding、--format）；export movements 按时间顺序写出
                 库存流水</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>库存变动</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>用户 %1 在 %2 上的密码：</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>未提供 %1 的密码。</translation>
    </message>
    <message>
        <source>Connect to a database</source>
        <translation>连接数据库</translation>
    </message>
    <message>
        <source>%1

Storekeeper stays on %2.</source>
        <translation>%1

Storekeeper 将继续使用 %2。</translation>
    </message>
    <message>
        <source>Storekeeper</source>
        <translation>Storekeeper</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new, empty one there?</source>
        <translation>%1 处没有数据库。要在那里新建一个空数据库吗？</translation>
    </message>
    <message>
        <source>Storekeeper stays on %1.</source>
        <translation>Storekeeper 继续使用 %1。</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>密码已更改。今后请使用新密码。</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>AuditDiff</name>
    <message>
        <source>SKU</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Parent category</source>
        <translation>上级分类</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Default supplier</source>
        <translation>默认供应商</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须更改密码</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Supplier&apos;s SKU</source>
        <translation>供应商编码</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>交货期（天）</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>已合并到</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Supplier&apos;s goods</source>
        <translation>供应商商品</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>员工账户</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>merged into another</source>
        <translation>并入其他记录</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Goods moved</source>
        <translation>移动的商品</translation>
    </message>
    <message>
        <source>Subcategories moved</source>
        <translation>移动的子分类</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>重命名</translation>
    </message>
</context>
<context>
    <name>AuditListModel</name>
    <message>
        <source>Maintenance tool</source>
        <translation>维护工具</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>From the start</source>
        <translation>从最早开始</translation>
    </message>
    <message>
        <source>Changes made on or after this day</source>
        <translation>此日及之后的更改</translation>
    </message>
    <message>
        <source>Up to now</source>
        <translation>直到现在</translation>
    </message>
    <message>
        <source>Changes made on or before this day</source>
        <translation>此日及之前的更改</translation>
    </message>
    <message>
        <source>Number of one record, with its kind chosen (Ctrl+F)</source>
        <translation>某条记录的编号（需先选择类型）(Ctrl+F)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Maintenance tool</source>
        <translation>维护工具</translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation>所有类型的记录</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln 项更改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask an administrator.</source>
        <translation>账户“%1”已停用。请联系管理员。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account &quot;%1&quot; is locked until %2. Try again then, or ask an administrator.</source>
        <translation>密码错误次数过多：账户“%1”已锁定至 %2。请届时重试，或联系管理员。</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. Check both (and Caps Lock) and try again in %n second(s).</source>
        <translation>
            <numerusform>用户名或密码错误。请检查两者（以及大写锁定键），%n 秒后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: the account &quot;%1&quot; is locked for %n minute(s). An administrator can unlock it.</source>
        <translation>
            <numerusform>密码错误次数过多：账户“%1”已被锁定 %n 分钟。管理员可以为其解锁。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoriesView</name>
    <message>
        <source>Sh&amp;ow archived</source>
        <translation>显示已归档(&amp;O)</translation>
    </message>
    <message>
        <source>Show archived categories too, to restore them</source>
        <translation>同时显示已归档的分类，以便恢复</translation>
    </message>
    <message>
        <source>&amp;New category…</source>
        <translation>新建分类(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a category at the top level (Ctrl+N)</source>
        <translation>在顶层新建一个分类 (Ctrl+N)</translation>
    </message>
    <message>
        <source>New s&amp;ubcategory…</source>
        <translation>新建子分类(&amp;U)…</translation>
    </message>
    <message>
        <source>Add a category inside the selected one (Ctrl+Shift+N)</source>
        <translation>在所选分类下新建一个分类 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Give the selected category another name (F2 edits it in place)</source>
        <translation>给所选分类改名（按 F2 可直接在树中修改）</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <source>Put the selected category, with everything in it, under another one; or drag it there</source>
        <translation>把所选分类连同其中的一切移到另一个分类之下；也可以直接拖过去</translation>
    </message>
    <message>
        <source>Merge &amp;into…</source>
        <translation>合并到(&amp;I)…</translation>
    </message>
    <message>
        <source>File the selected category&apos;s goods and subcategories under another category, and remove it</source>
        <translation>把所选分类的商品和子分类归入另一个分类，并删除所选分类</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>归档(&amp;A)…</translation>
    </message>
    <message>
        <source>The categories could not be read: %1</source>
        <translation>无法读取分类：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n 个分类</numerusform>
        </translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <source>Bring the selected category back into the tree</source>
        <translation>让所选分类回到分类树中</translation>
    </message>
    <message>
        <source>Hide the selected category, once it is empty, from the tree and the category lists; it can be restored (Delete)</source>
        <translation>所选分类清空后，将其从分类树和分类列表中隐藏；之后可以恢复 (Delete)</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>已将“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <source>Could not rename &quot;%1&quot;: %2</source>
        <translation>无法重命名“%1”：%2</translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; under &quot;%2&quot;.</source>
        <translation>已将“%1”移到“%2”之下。</translation>
    </message>
    <message>
        <source>Moved &quot;%1&quot; to the top level.</source>
        <translation>已将“%1”移到顶层。</translation>
    </message>
    <message>
        <source>Could not move &quot;%1&quot;: %2</source>
        <translation>无法移动“%1”：%2</translation>
    </message>
    <message>
        <source>Merge categories</source>
        <translation>合并分类</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;? Everything filed under &quot;%1&quot;, goods and subcategories, goes to &quot;%2&quot;, and &quot;%1&quot; is removed. This cannot be undone.</source>
        <translation>要将“%1”合并到“%2”吗？“%1”下的所有商品和子分类都将归入“%2”，“%1”本身会被删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merged &quot;%1&quot; into &quot;%2&quot;.</source>
        <translation>已将“%1”合并到“%2”。</translation>
    </message>
    <message>
        <source>Could not merge &quot;%1&quot;: %2</source>
        <translation>无法合并“%1”：%2</translation>
    </message>
    <message>
        <source>Archive category</source>
        <translation>归档分类</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? It leaves the tree and the category lists; its history stays, and you can restore it under Show archived.</source>
        <translation>要归档“%1”吗？它将从分类树和分类列表中移除；历史记录仍会保留，之后可在“显示已归档”中将其恢复。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Archived &quot;%1&quot;.</source>
        <translation>已归档“%1”。</translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;.</source>
        <translation>已恢复“%1”。</translation>
    </message>
    <message>
        <source>Could not archive &quot;%1&quot;: %2</source>
        <translation>无法归档“%1”：%2</translation>
    </message>
    <message>
        <source>Could not restore &quot;%1&quot;: %2</source>
        <translation>无法恢复“%1”：%2</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Who changed the selected category, when, and what they changed</source>
        <translation>谁在何时修改了所选分类，改了什么</translation>
    </message>
</context>
<context>
    <name>CategoryCombo</name>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>未分类</translation>
    </message>
</context>
<context>
    <name>CategoryNameDialog</name>
    <message>
        <source>Under:</source>
        <translation>位于：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>New subcategory</source>
        <translation>新建子分类</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新建分类</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
</context>
<context>
    <name>CategoryPickerDialog</name>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>Choose the category &quot;%1&quot; goes under. Its subcategories and goods go with it.</source>
        <translation>选择“%1”要移到哪个分类之下。它的子分类和商品会随之一起移动。</translation>
    </message>
    <message>
        <source>Choose the category that takes in the goods and subcategories of &quot;%1&quot;. &quot;%1&quot; itself is removed.</source>
        <translation>选择接收“%1”的商品和子分类的分类。“%1”本身会被删除。</translation>
    </message>
    <message>
        <source>&amp;Top level: under no other category</source>
        <translation>顶层：不属于任何其他分类(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>CategoryRules</name>
    <message>
        <source>A name cannot hold &quot;/&quot;: it separates the levels of a category path.</source>
        <translation>名称中不能含有“/”：它用来分隔分类路径的各级。</translation>
    </message>
</context>
<context>
    <name>CategoryService</name>
    <message>
        <source>There is already a category &quot;%1&quot; here.</source>
        <translation>此处已有名为“%1”的分类。</translation>
    </message>
    <message>
        <source>This category no longer exists; someone may have merged it. Refresh the list.</source>
        <translation>此分类已不存在，可能已被他人合并。请刷新列表。</translation>
    </message>
    <message>
        <source>The category tree has a loop; run &quot;storekeeper-admin check&quot; and repair it.</source>
        <translation>分类树中出现了循环；请运行“storekeeper-admin check”并修复。</translation>
    </message>
    <message>
        <source>Someone else changed the category &quot;%1&quot; a moment ago. Look at it again and repeat the change if it is still wanted.</source>
        <translation>刚才有其他人修改了分类“%1”。请重新查看，如仍需要，请再做一次修改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot go under &quot;%2&quot;: that lies inside it.</source>
        <translation>“%1”不能移到“%2”之下：后者就在它里面。</translation>
    </message>
    <message>
        <source>A category cannot be moved into itself or below itself.</source>
        <translation>分类不能移到它自身或其下级之中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be merged into &quot;%2&quot;: that lies inside it.</source>
        <translation>“%1”不能合并到“%2”：后者就在它里面。</translation>
    </message>
    <message>
        <source>Both categories have a subcategory &quot;%1&quot;. Merge those two first, then these.</source>
        <translation>两个分类都有名为“%1”的子分类。请先合并这两个子分类，再合并它们。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still holds %n active goods item(s) or subcategories. Move or archive them first, or merge the category into another.</source>
        <translation>
            <numerusform>“%1”中还有 %n 个在售商品或子分类。请先移走或归档它们，或将此分类合并到另一个分类。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inside &quot;%2&quot;, which is archived: restore that first.</source>
        <translation>“%1”位于已归档的“%2”之中：请先恢复“%2”。</translation>
    </message>
    <message>
        <source>The category path &quot;%1&quot; has an empty level.</source>
        <translation>分类路径“%1”中有一级为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived: restore it first, or choose another category.</source>
        <translation>“%1”已归档：请先恢复它，或选择其他分类。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived: restore it before merging another category into it.</source>
        <translation>“%1”已归档：请先恢复它，再把其他分类合并进来。</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Goods here</source>
        <translation>本分类商品</translation>
    </message>
    <message>
        <source>With subcategories</source>
        <translation>含子分类商品</translation>
    </message>
    <message>
        <source>Active goods filed directly in this category</source>
        <translation>直接归在此分类下的在售商品</translation>
    </message>
    <message>
        <source>Active goods in this category and every one below it</source>
        <translation>此分类及其所有下级分类中的在售商品</translation>
    </message>
</context>
<context>
    <name>CategoryWriter</name>
    <message>
        <source>The category path is empty.</source>
        <translation>分类路径为空。</translation>
    </message>
    <message>
        <source>Write 1 or 0 (yes or no).</source>
        <translation>请填写 1 或 0（是或否）。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>An administrator set your password. Choose a new one that only you know before you go on.</source>
        <translation>您的密码是管理员设置的。请先选择一个只有您知道的新密码，然后继续。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Type the password you signed in with.</source>
        <translation>请输入您登录时使用的密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Reset the password of &quot;%1&quot;</source>
        <translation>重置“%1”的密码</translation>
    </message>
    <message>
        <source>%1 must choose their own password when they next sign in. A lock from wrong passwords is lifted.</source>
        <translation>%1 下次登录时必须设置自己的密码。因密码错误造成的锁定将被解除。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Save my version</source>
        <translation>保存我的版本</translation>
    </message>
    <message>
        <source>Take their version</source>
        <translation>采用对方的版本</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>您的版本（未保存）</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>对方的版本（已保存）</translation>
    </message>
    <message>
        <source>Save what the form shows now over their version (edit the form first to combine both).</source>
        <translation>用表单当前的内容覆盖对方的版本（如需合并两者，请先编辑表单）。</translation>
    </message>
    <message>
        <source>Replace the form with their saved version; your changes are dropped.</source>
        <translation>用对方已保存的版本替换表单；您的修改将被丢弃。</translation>
    </message>
    <message>
        <source>Someone else saved this record at %1 with the same values as yours.</source>
        <translation>其他人在 %1 保存了这条记录，内容与您的相同。</translation>
    </message>
    <message>
        <source>Someone else saved this record at %1. Both versions are below: save yours (edit the form first to combine them) or take theirs.</source>
        <translation>其他人在 %1 保存了这条记录。两个版本列在下方：保存您的版本（如需合并，请先编辑表单）或采用对方的版本。</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation>连接数据库</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>本机上的 SQLite 文件</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>MariaDB or MySQL server</source>
        <translation>MariaDB 或 MySQL 服务器</translation>
    </message>
    <message>
        <source>Server&apos;s default (prefer)</source>
        <translation>服务器默认（prefer）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>TLS 加密(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Switching databases signs you out; you sign in again on the other database.</source>
        <translation>切换数据库会注销当前用户，需要在新数据库上重新登录。</translation>
    </message>
    <message>
        <source>Storekeeper database file</source>
        <translation>Storekeeper 数据库文件</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new, empty one there?</source>
        <translation>%1 处没有数据库。要在那里新建一个空数据库吗？</translation>
    </message>
    <message>
        <source>Choose an existing database file, or confirm a new one.</source>
        <translation>请选择现有的数据库文件，或确认新建一个。</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>请选择数据库文件。</translation>
    </message>
    <message>
        <source>Type the server&apos;s host name or IP address.</source>
        <translation>请输入服务器的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: use letters, digits, dots and hyphens, or an IP address.</source>
        <translation>“%1”不是有效的主机名：请使用字母、数字、点和连字符，或输入 IP 地址。</translation>
    </message>
    <message>
        <source>Type the user name you sign in to the server with.</source>
        <translation>请输入登录服务器所用的用户名。</translation>
    </message>
    <message>
        <source>Type the name of the database, without &quot;/&quot;.</source>
        <translation>请输入数据库名称，不要包含“/”。</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The database address &quot;%1&quot; is not valid: %2 Use sqlite:PATH, postgresql://user@host:port/database or mysql://user@host:port/database.</source>
        <translation>数据库地址“%1”无效：%2请使用 sqlite:PATH、postgresql://user@host:port/database 或 mysql://user@host:port/database。</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>地址为空。</translation>
    </message>
    <message>
        <source>it contains control characters.</source>
        <translation>地址包含控制字符。</translation>
    </message>
    <message>
        <source>the SQLite file path is missing.</source>
        <translation>缺少 SQLite 文件路径。</translation>
    </message>
    <message>
        <source>it is not a well-formed address.</source>
        <translation>地址格式不正确。</translation>
    </message>
    <message>
        <source>the kind &quot;%1&quot; is not one Storekeeper knows.</source>
        <translation>Storekeeper 不支持“%1”类型。</translation>
    </message>
    <message>
        <source>it contains a password. Leave the password out; Storekeeper asks for it and never stores it.</source>
        <translation>地址中包含密码。请去掉密码；Storekeeper 会单独询问密码，且从不保存。</translation>
    </message>
    <message>
        <source>the server host name is missing.</source>
        <translation>缺少服务器主机名。</translation>
    </message>
    <message>
        <source>the user name is missing (user@host).</source>
        <translation>缺少用户名（user@host）。</translation>
    </message>
    <message>
        <source>the port is not a number between 1 and 65535.</source>
        <translation>端口不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>the database name is missing or contains &quot;/&quot;.</source>
        <translation>缺少数据库名，或数据库名包含“/”。</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; is not supported.</source>
        <translation>不支持选项“%1”。</translation>
    </message>
    <message>
        <source>the file name ends with a space.</source>
        <translation>文件名以空格结尾。</translation>
    </message>
    <message>
        <source>a SQLite file is on this computer; write sqlite:///path, not a host name.</source>
        <translation>SQLite 文件位于本机；请写 sqlite:///路径，不要写主机名。</translation>
    </message>
    <message>
        <source>it does not say which kind of database it is.</source>
        <translation>没有说明是哪种数据库。</translation>
    </message>
    <message>
        <source>it has a &quot;#&quot; part, which Storekeeper does not use.</source>
        <translation>其中含有 Storekeeper 不使用的“#”部分。</translation>
    </message>
    <message>
        <source>it ends with &quot;?&quot; but names no option.</source>
        <translation>以“?”结尾，却没有给出任何选项。</translation>
    </message>
</context>
<context>
    <name>ContactRules</name>
    <message>
        <source>Not a phone number; use digits, spaces, +, -, ( and ), such as +86 138 0013 8001.</source>
        <translation>这不是电话号码；请使用数字、空格、+、-、( 和 )，例如 +86 138 0013 8001。</translation>
    </message>
    <message>
        <source>Not an e-mail address; it looks like name@example.com.</source>
        <translation>这不是电子邮件地址；格式应类似 name@example.com。</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;/&apos;, starting with a letter or digit.</source>
        <translation>请使用字母、数字、“-”、“_”、“.”和“/”，并以字母或数字开头。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>This is not %1 text. Choose the encoding the file was saved in (UTF-8, or GBK for a file from Chinese Excel), or save it again as CSV UTF-8.</source>
        <translation>这不是 %1 文本。请选择文件保存时的编码（UTF-8；中文 Excel 导出的文件选 GBK），或将其另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>Field %1 is longer than %2 characters. This is not the CSV file expected, or a quote in it is not closed.</source>
        <translation>第 %1 个字段超过 %2 个字符。这不是预期的 CSV 文件，或其中有未闭合的引号。</translation>
    </message>
    <message>
        <source>More than %1 fields in one record. Choose the right delimiter, or check that this is the CSV file expected.</source>
        <translation>一条记录超过 %1 个字段。请选择正确的分隔符，或确认这是预期的 CSV 文件。</translation>
    </message>
    <message>
        <source>A quote opened here is never closed. Close it, or double a quote that is part of the text (&quot;&quot;).</source>
        <translation>这里开始的引号没有闭合。请补上闭合引号；若引号是文字的一部分，请写成两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>Binary data (a NUL byte): this is not a CSV text file.</source>
        <translation>含有二进制数据（NUL 字节）：这不是 CSV 文本文件。</translation>
    </message>
    <message>
        <source>Text follows the closing quote of field %1. Put the whole field in quotes and double each quote inside it (&quot;&quot;).</source>
        <translation>第 %1 个字段的闭合引号后还有文字。请把整个字段放进引号，并把其中的每个引号写成两个（&quot;&quot;）。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file (%1). Check that the disk has room and that you may write there.</source>
        <translation>无法写入文件（%1）。请检查磁盘空间以及是否有写入权限。</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Optional, such as M100023</source>
        <translation>可选，例如 M100023</translation>
    </message>
    <message>
        <source>Such as 138 0013 8001</source>
        <translation>例如 138 0013 8001</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>编号(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>This customer was merged into &quot;%1&quot;: their orders and addresses are there now. This record is kept for the history.</source>
        <translation>此客户已合并到“%1”：其订单和地址现都在那里。此记录仅作为历史保留。</translation>
    </message>
    <message>
        <source>This customer is inactive: kept with their orders, but hidden from the list of active customers.</source>
        <translation>此客户已停用：仍随其订单保留，但不在启用的客户列表中显示。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The form now shows their saved version.</source>
        <translation>表单现在显示的是对方已保存的版本。</translation>
    </message>
</context>
<context>
    <name>CustomerMergeDialog</name>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge a duplicate into %1</source>
        <translation>将重复的客户合并到 %1</translation>
    </message>
    <message>
        <source>Type the duplicate&apos;s name, phone, e-mail or code</source>
        <translation>输入重复客户的名称、电话、电子邮件或编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>This customer (stays)</source>
        <translation>此客户（保留）</translation>
    </message>
    <message>
        <source>Duplicate (merged away)</source>
        <translation>重复的客户（合并后停用）</translation>
    </message>
    <message>
        <source>Merging moves the duplicate&apos;s orders and addresses to &quot;%1&quot; (an address it has already is not added twice), and &quot;%1&quot; takes over the phone, e-mail and note it lacks. The duplicate is then deactivated and remembers that it was merged into &quot;%1&quot;. The audit log records both; only a new edit of &quot;%1&quot; undoes it.</source>
        <translation>合并会把重复客户的订单和地址移到“%1”（“%1”已有的地址不会重复添加），“%1”缺少的电话、电子邮件和备注也从重复客户取得。随后重复客户被停用，并记住它已合并到“%1”。审计日志会记录双方；只有再次编辑“%1”才能撤销。</translation>
    </message>
    <message>
        <source>&amp;Duplicate:</source>
        <translation>重复的客户(&amp;D)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n 个地址</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;? &quot;%1&quot; is deactivated and everything it has moves to &quot;%2&quot;. This cannot be undone in one step.</source>
        <translation>将“%1”合并到“%2”？“%1”将被停用，其全部内容移到“%2”。此操作无法一步撤销。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Someone changed one of these customers a moment ago. The comparison now shows them as they are; look again, then merge.</source>
        <translation>刚才有人修改了其中一位客户。对比表现已显示他们当前的内容；请再核对一遍，然后合并。</translation>
    </message>
</context>
<context>
    <name>CustomerRules</name>
    <message>
        <source>At most %1 addresses per customer.</source>
        <translation>每位客户最多 %1 个地址。</translation>
    </message>
    <message>
        <source>Address %1: %2</source>
        <translation>地址 %1：%2</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>This code was just given to another customer.</source>
        <translation>此编号刚刚被另一位客户使用了。</translation>
    </message>
    <message>
        <source>This customer no longer exists. Refresh the list.</source>
        <translation>此客户已不存在。请刷新列表。</translation>
    </message>
    <message>
        <source>No customer has the code %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <source>The code %1 is already used by &quot;%2&quot;; choose another.</source>
        <translation>编号 %1 已被“%2”使用；请换一个。</translation>
    </message>
    <message>
        <source>Someone else saved &quot;%1&quot; while you were editing it. Their version is shown next to yours: keep yours, take theirs, or combine them, then save again.</source>
        <translation>在您编辑期间，其他人保存了“%1”。对方的版本显示在您的版本旁边：请保留您的版本、采用对方的版本或将两者合并，然后再次保存。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was merged into another customer; open that one instead.</source>
        <translation>“%1”已被合并到另一位客户；请打开那位客户。</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两位不同的客户进行合并。</translation>
    </message>
    <message>
        <source>One of these customers was merged already; refresh the list and choose again.</source>
        <translation>其中一位客户已被合并；请刷新列表后重新选择。</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Active customers</source>
        <translation>启用的客户</translation>
    </message>
    <message>
        <source>Inactive customers</source>
        <translation>停用的客户</translation>
    </message>
    <message>
        <source>Search name, phone, e-mail or code (Ctrl+F)</source>
        <translation>搜索名称、电话、电子邮件或编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>添加客户（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Open the selected customer (Enter)</source>
        <translation>打开所选客户（Enter）</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge a duplicate of the selected customer into it</source>
        <translation>把所选客户的重复记录合并到该客户</translation>
    </message>
    <message numerus="yes">
        <source>%Ln inactive</source>
        <translation>
            <numerusform>已停用 %Ln 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>Bring the selected customer back to the active list</source>
        <translation>让所选客户回到启用的客户列表</translation>
    </message>
    <message>
        <source>Take the selected customer off the active list; their orders keep them (Delete)</source>
        <translation>将所选客户移出启用的客户列表；其订单仍保留该客户（Delete）</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Activate customer</source>
        <translation>启用客户</translation>
    </message>
    <message>
        <source>Activate &quot;%1&quot; again? They return to the list of active customers.</source>
        <translation>重新启用“%1”？该客户将回到启用的客户列表。</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivate customer</source>
        <translation>停用客户</translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot;? They leave the list of active customers; their orders and history keep them, and you can activate them again from the inactive customers.</source>
        <translation>停用“%1”？该客户将离开启用的客户列表；其订单和历史仍保留该客户，之后可在停用的客户中重新启用。</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Someone changed &quot;%1&quot; a moment ago; the list now shows their version. Look it over and try again.</source>
        <translation>刚才有人修改了“%1”，列表现已显示其版本。请查看后重试。</translation>
    </message>
    <message>
        <source>Activated &quot;%1&quot;.</source>
        <translation>已启用“%1”。</translation>
    </message>
    <message>
        <source>Deactivated &quot;%1&quot;.</source>
        <translation>已停用“%1”。</translation>
    </message>
    <message>
        <source>Merged &quot;%1&quot; into &quot;%2&quot;: its orders and addresses are now with &quot;%2&quot;, and &quot;%1&quot; is inactive.</source>
        <translation>已将“%1”合并到“%2”：其订单和地址现归“%2”，“%1”已停用。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file. Choose a file name.</source>
        <translation>%1 是文件夹，不是数据库文件。请选择一个文件名。</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path, or run &quot;storekeeper-admin migrate&quot; to create one there.</source>
        <translation>%1 处没有数据库。请检查路径，或运行“storekeeper-admin migrate”在该处创建数据库。</translation>
    </message>
    <message>
        <source>The %1 server refused user &quot;%2&quot;: the password is wrong or the account may not connect. Check the password and try again.</source>
        <translation>%1 服务器拒绝了用户“%2”：密码错误，或该账户无连接权限。请检查密码后重试。</translation>
    </message>
    <message>
        <source>The Qt driver for %1 (%2) is not installed. Install the package that provides it (for example libqt6sql6-psql or libqt6sql6-mysql).</source>
        <translation>未安装 %1 的 Qt 驱动（%2）。请安装提供该驱动的软件包（例如 libqt6sql6-psql 或 libqt6sql6-mysql）。</translation>
    </message>
    <message>
        <source>%1 is not a Storekeeper database, or it is damaged: %2. Choose another file or restore a backup.</source>
        <translation>%1 不是 Storekeeper 数据库，或已损坏：%2。请选择其他文件，或从备份恢复。</translation>
    </message>
    <message>
        <source>Cannot prepare the connection to %1: %2</source>
        <translation>无法准备与 %1 的连接：%2</translation>
    </message>
    <message>
        <source>The connection to %1 is broken and could not be opened again yet. Check the server and the network; Storekeeper tries again with your next action.</source>
        <translation>与 %1 的连接已断开，暂时无法重新连接。请检查服务器和网络；您下次操作时 Storekeeper 会再次尝试。</translation>
    </message>
    <message>
        <source>Cannot connect to %1 at %2 (%3). Check that the server is running and that the address is right.</source>
        <translation>无法连接到位于 %2 的 %1（%3）。请检查服务器是否正在运行、地址是否正确。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database: you may not write where it would go. Choose another place, or ask for write access there.</source>
        <translation>无法为数据库创建文件夹 %1：您没有在该位置写入的权限。请选择其他位置，或申请该位置的写入权限。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: you may not write in the folder %2. Choose another folder, or ask for write access to this one.</source>
        <translation>无法创建数据库 %1：您没有在文件夹 %2 中写入的权限。请选择其他文件夹，或申请此文件夹的写入权限。</translation>
    </message>
    <message>
        <source>You may not read %1. Ask whoever looks after it for access, or open a copy of it.</source>
        <translation>您没有读取 %1 的权限。请向管理它的人申请权限，或打开它的副本。</translation>
    </message>
    <message>
        <source>You may read %1 but not write to it, and Storekeeper saves every change there. Ask whoever looks after it for write access, or open a copy of it.</source>
        <translation>您可以读取 %1，但不能写入，而 Storekeeper 的每次修改都要保存在那里。请向管理它的人申请写入权限，或打开它的副本。</translation>
    </message>
    <message>
        <source>You may not create files in the folder %1, where SQLite keeps two work files beside the database (%2-wal and %2-shm). Ask for write access to the folder, or move the database to one you may write in.</source>
        <translation>您不能在文件夹 %1 中创建文件，而 SQLite 需要在数据库旁边保存两个工作文件（%2-wal 和 %2-shm）。请申请该文件夹的写入权限，或把数据库移到您可以写入的文件夹。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check that you may read and write the file and its folder.</source>
        <translation>无法打开 %1：%2。请确认您可以读写该文件及其所在文件夹。</translation>
    </message>
</context>
<context>
    <name>DatabaseOptions</name>
    <message>
        <source>The database: sqlite:PATH, postgresql://user@host:port/database[?sslmode=require] or mysql://user@host:port/database. The password is asked for (or read from STOREKEEPER_DB_PASSWORD).</source>
        <translation>数据库地址：sqlite:PATH、postgresql://user@host:port/database[?sslmode=require] 或 mysql://user@host:port/database。密码会在运行时询问（或从 STOREKEEPER_DB_PASSWORD 读取）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The database already has goods; demo data is only added to an empty catalogue.</source>
        <translation>数据库中已有商品；演示数据只能添加到空的商品目录中。</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>演示管理员</translation>
    </message>
    <message>
        <source>Demo manager</source>
        <translation>演示经理</translation>
    </message>
    <message>
        <source>Demo clerk</source>
        <translation>演示仓库管理员</translation>
    </message>
    <message>
        <source>Demo cashier</source>
        <translation>演示收银员</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>饮料</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>茶饮</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>咖啡</translation>
    </message>
    <message>
        <source>Water &amp; juice</source>
        <translation>饮用水与果汁</translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation>休闲零食</translation>
    </message>
    <message>
        <source>Biscuits</source>
        <translation>饼干</translation>
    </message>
    <message>
        <source>Nuts</source>
        <translation>坚果</translation>
    </message>
    <message>
        <source>Sweets</source>
        <translation>糖果</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家居日用</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>清洁用品</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸品</translation>
    </message>
    <message>
        <source>Personal care</source>
        <translation>个人护理</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>数码电子</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>数据线</translation>
    </message>
    <message>
        <source>Power banks</source>
        <translation>充电宝</translation>
    </message>
    <message>
        <source>Audio &amp; input</source>
        <translation>音频与外设</translation>
    </message>
    <message>
        <source>Stationery</source>
        <translation>文具</translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation>主仓库</translation>
    </message>
    <message>
        <source>Shop floor</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>期初库存</translation>
    </message>
    <message numerus="yes">
        <source>%n days net</source>
        <translation>
            <numerusform>%n 天内付款</numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation>家</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1 cannot be written: %2. Choose a folder you may write in, on a disk with room.</source>
        <translation>无法写入 %1：%2。请选择一个有写入权限、且磁盘空间充足的文件夹。</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>已有同名文件夹</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>该文件为只读</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Storekeeper</source>
        <translation>欢迎使用 Storekeeper</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Demo data added: %1 goods in %2 categories, %3 suppliers, %4 customers. Staff accounts to try (user / password): %5.</source>
        <translation>已添加演示数据：%2 个分类共 %1 件商品、%3 家供应商、%4 位客户。可试用的员工账户（用户名 / 密码）：%5。</translation>
    </message>
    <message>
        <source>Your account was created, but the demo data could not be added: %1</source>
        <translation>您的账户已创建，但未能添加演示数据：%1</translation>
    </message>
    <message>
        <source>Add &amp;demo data</source>
        <translation>添加演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>A sample shop with goods, suppliers, customers and one staff account per role, to try things out. Leave it off for a real shop.</source>
        <translation>一个示例商店，包含商品、供应商、客户，以及每种角色各一个员工账户，便于试用。正式开店请不要勾选。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no staff accounts yet.&lt;/b&gt;&lt;br&gt;Create the administrator account: it can do everything in Storekeeper, including connecting to another database. You sign in with it right away.&lt;br&gt;&lt;small&gt;Database: %1 · %2&lt;/small&gt;</source>
        <translation>&lt;b&gt;此数据库还没有员工账户。&lt;/b&gt;&lt;br&gt;请创建管理员账户：它可以使用 Storekeeper 的全部功能，包括连接到其他数据库。创建后将立即用它登录。&lt;br&gt;&lt;small&gt;数据库：%1 · %2&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>ForeignKeys</name>
    <message>
        <source>%1 %2: %3 %4 names a row of %5 that does not exist.</source>
        <translation>%1 %2：%3 %4 指向 %5 中一条不存在的记录。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Some fields need attention; see the notes under them.</source>
        <translation>部分字段需要修改，请查看字段下方的说明。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Who changed this, when, and what they changed</source>
        <translation>谁在何时修改了这条记录，改了什么</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消，未添加任何数据。</translation>
    </message>
    <message>
        <source>Give counts between 0 and %1.</source>
        <translation>数量须在 0 到 %1 之间。</translation>
    </message>
    <message numerus="yes">
        <source>%n days net</source>
        <translation>
            <numerusform>%n 天内付款</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse %1</source>
        <translation>仓库 %1</translation>
    </message>
    <message>
        <source>There are no goods to move: give --goods N as well.</source>
        <translation>没有可移动的商品：请同时给出 --goods N。</translation>
    </message>
    <message>
        <source>Movements go into the warehouses generated with them: give --warehouses N too.</source>
        <translation>库存变动只写入同时生成的仓库：请同时给出 --warehouses N。</translation>
    </message>
</context>
<context>
    <name>GoodsBulkDialog</name>
    <message>
        <source>Move them to the &amp;category:</source>
        <translation>移到分类(&amp;C)：</translation>
    </message>
    <message>
        <source>Change their &amp;price:</source>
        <translation>调整售价(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Archive them</source>
        <translation>全部归档(&amp;A)</translation>
    </message>
    <message>
        <source>Change selected goods</source>
        <translation>批量修改所选商品</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %Ln selected item(s)…</source>
        <translation>
            <numerusform>正在读取所选的 %Ln 个商品…</numerusform>
        </translation>
    </message>
    <message>
        <source>up by</source>
        <translation>上调</translation>
    </message>
    <message>
        <source>down by</source>
        <translation>下调</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>per item (amount)</source>
        <translation>每件金额</translation>
    </message>
    <message>
        <source>Every item, now and after the change:</source>
        <translation>每个商品修改前后的对比：</translation>
    </message>
    <message>
        <source>Reading the selected items…</source>
        <translation>正在读取所选商品…</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln selected item(s) at once:</source>
        <translation>
            <numerusform>一次修改所选的 %Ln 个商品：</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter by how much, such as 10 or 2.50.</source>
        <translation>请输入调整幅度，例如 10 或 2.50。</translation>
    </message>
    <message>
        <source>Not a number with at most two decimals, such as 10 or 2.50.</source>
        <translation>这不是最多两位小数的数字，例如 10 或 2.50。</translation>
    </message>
    <message>
        <source>The selected items are still being read.</source>
        <translation>仍在读取所选商品。</translation>
    </message>
    <message>
        <source>Changing the selected goods…</source>
        <translation>正在修改所选商品…</translation>
    </message>
    <message numerus="yes">
        <source>Changed the price of %Ln item(s) by %1.</source>
        <translation>
            <numerusform>已将 %Ln 个商品的售价调整 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln item(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个商品移到“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %Ln item(s).</source>
        <translation>
            <numerusform>已归档 %Ln 个商品。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoodsBulkService</name>
    <message>
        <source>This category was removed or archived; choose another.</source>
        <translation>此分类已被删除或归档；请另选一个。</translation>
    </message>
    <message>
        <source>an item since deleted</source>
        <translation>一个已被删除的商品</translation>
    </message>
    <message>
        <source>Someone changed an item of the selection a moment ago; look at the preview again.</source>
        <translation>刚才有人修改了所选商品中的一项；请重新查看预览。</translation>
    </message>
    <message>
        <source>Cancelled; no price or category was changed.</source>
        <translation>已取消；售价和分类均未改动。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected items changed since the preview (%1), so nothing was changed. Look at the preview again.</source>
        <translation>
            <numerusform>所选商品中有 %n 个在预览后被修改过（%1），因此没有做任何改动。请重新查看预览。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) would get a price below zero or above the highest allowed (%1), so nothing was changed.</source>
        <translation>
            <numerusform>有 %n 个商品的售价会低于零或超过上限（%1），因此没有做任何改动。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoodsForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>售价(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>成本(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>New goods item</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>This item is archived: it is kept for the records but hidden from the active list.</source>
        <translation>此商品已归档：记录仍会保留，但不会显示在在售商品列表中。</translation>
    </message>
    <message>
        <source>The form now shows their saved version.</source>
        <translation>表单现在显示的是对方已保存的版本。</translation>
    </message>
    <message>
        <source>S&amp;KU:</source>
        <translation>SKU(&amp;K)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>分类(&amp;T)：</translation>
    </message>
    <message>
        <source>Scan or type; one per line, the first is printed on labels</source>
        <translation>扫描或输入；每行一个，第一个印在标签上</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>When stock falls to this quantity, the item is due for reordering</source>
        <translation>库存降到这个数量时，该商品就需要补货</translation>
    </message>
    <message>
        <source>Type a supplier&apos;s name or code; optional</source>
        <translation>输入供应商的名称或编号；可不填</translation>
    </message>
    <message>
        <source>&amp;Barcodes:</source>
        <translation>条码(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Reorder at:</source>
        <translation>补货点(&amp;R)：</translation>
    </message>
    <message>
        <source>Usual su&amp;pplier:</source>
        <translation>常用供应商(&amp;P)：</translation>
    </message>
    <message>
        <source>Pictu&amp;re:</source>
        <translation>图片(&amp;R)：</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Their SKU</source>
        <translation>对方货号</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>交货期</translation>
    </message>
    <message>
        <source>Sold to us by (change in Suppliers):</source>
        <translation>由以下供应商供货（在“供应商”中修改）：</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>A whole number, such as 12; leave empty for none.</source>
        <translation>请输入整数，例如 12；不设则留空。</translation>
    </message>
    <message>
        <source>Choose a supplier from the list that appears as you type.</source>
        <translation>请从输入时出现的列表中选择供应商。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>补货点</translation>
    </message>
    <message>
        <source>Usual supplier</source>
        <translation>常用供应商</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>GoodsImageField</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Pick a PNG or JPEG file</source>
        <translation>选择一个 PNG 或 JPEG 文件</translation>
    </message>
    <message>
        <source>Use the picture on the clipboard</source>
        <translation>使用剪贴板中的图片</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>This picture is too large; use one under 100 megapixels.</source>
        <translation>这张图片太大；请使用 1 亿像素以下的图片。</translation>
    </message>
    <message>
        <source>%1 is not a picture Storekeeper can read (%2).</source>
        <translation>%1 不是 Storekeeper 能读取的图片（%2）。</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy one first.</source>
        <translation>剪贴板中没有图片。请先复制一张。</translation>
    </message>
</context>
<context>
    <name>GoodsPreviewModel</name>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Out of range: the change would be refused</source>
        <translation>超出范围：此修改将被拒绝</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
</context>
<context>
    <name>GoodsRules</name>
    <message>
        <source>A barcode has digits only.</source>
        <translation>条码只能包含数字。</translation>
    </message>
    <message numerus="yes">
        <source>A barcode has 13 digits (EAN-13), 12 (UPC-A) or 8 (EAN-8); this one has %n.</source>
        <translation>
            <numerusform>条码应为 13 位（EAN-13）、12 位（UPC-A）或 8 位（EAN-8）；当前为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last digit should be %1 for this barcode; check for a typo.</source>
        <translation>此条码的最后一位应为 %1，请检查是否输错。</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>Too large; at most %1.</source>
        <translation>数值过大，最大为 %1。</translation>
    </message>
    <message>
        <source>Required; enter 0 if there is none.</source>
        <translation>必填；没有请填 0。</translation>
    </message>
    <message>
        <source>Not an amount; type digits with at most two decimals, such as 12.50.</source>
        <translation>不是有效的金额；请输入最多两位小数的数字，例如 12.50。</translation>
    </message>
    <message>
        <source>At most two decimals (cents).</source>
        <translation>最多两位小数（精确到分）。</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>请从列表中选择分类。</translation>
    </message>
    <message>
        <source>This is not a PNG or JPEG picture; choose another file.</source>
        <translation>这不是 PNG 或 JPEG 图片；请另选一个文件。</translation>
    </message>
    <message>
        <source>The picture is too large to store, even made smaller; choose a smaller one.</source>
        <translation>图片即使缩小后仍太大，无法保存；请选一张小一些的。</translation>
    </message>
    <message>
        <source>Choose a unit from the list.</source>
        <translation>请从列表中选择单位。</translation>
    </message>
    <message>
        <source>At most %1 barcodes per item.</source>
        <translation>每个商品最多 %1 个条码。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Choose a supplier from the list.</source>
        <translation>请从列表中选择供应商。</translation>
    </message>
</context>
<context>
    <name>GoodsService</name>
    <message>
        <source>This goods item no longer exists; someone may have deleted it. Refresh the list.</source>
        <translation>此商品已不存在，可能已被他人删除。请刷新列表。</translation>
    </message>
    <message>
        <source>SKU %1 is already used by &quot;%2&quot;; choose another.</source>
        <translation>SKU %1 已被“%2”使用，请换一个。</translation>
    </message>
    <message>
        <source>This category was removed; choose another.</source>
        <translation>此分类已被删除，请选择其他分类。</translation>
    </message>
    <message>
        <source>Someone else saved &quot;%1&quot; while you were editing it. Their version is shown next to yours: keep yours, take theirs, or combine them, then save again.</source>
        <translation>在您编辑期间，其他人保存了“%1”。对方的版本显示在您的版本旁边：请保留您的版本、采用对方的版本或将两者合并，然后再次保存。</translation>
    </message>
    <message>
        <source>This barcode was just given to another item.</source>
        <translation>此条码刚刚被分配给了另一件商品。</translation>
    </message>
    <message>
        <source>This SKU was just given to another item.</source>
        <translation>此 SKU 刚刚被分配给了另一件商品。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears in orders, stock or purchase orders, so it cannot be deleted. Archive it instead: it leaves the list and its history stays.</source>
        <translation>“%1”已出现在订单、库存或采购单中，无法删除。请改为归档：归档后它将从列表中移除，历史记录仍会保留。</translation>
    </message>
    <message>
        <source>No goods item has the code %1. Check it, or add the item first.</source>
        <translation>没有商品的编码为 %1。请检查编码，或先添加该商品。</translation>
    </message>
    <message>
        <source>This item has no picture.</source>
        <translation>此商品没有图片。</translation>
    </message>
    <message>
        <source>Barcode %1 already belongs to &quot;%2&quot;.</source>
        <translation>条码 %1 已属于“%2”。</translation>
    </message>
    <message>
        <source>This supplier was removed; choose another.</source>
        <translation>此供应商已被删除；请另选一个。</translation>
    </message>
</context>
<context>
    <name>GoodsView</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Search name, SKU or barcode (Ctrl+F)</source>
        <translation>搜索名称、SKU 或条码（Ctrl+F）</translation>
    </message>
    <message>
        <source>Active goods</source>
        <translation>在售商品</translation>
    </message>
    <message>
        <source>Archived goods</source>
        <translation>已归档商品</translation>
    </message>
    <message>
        <source>Add a goods item (Ctrl+N)</source>
        <translation>添加商品（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
    <message>
        <source>Open the selected item (Enter)</source>
        <translation>打开所选商品（Enter）</translation>
    </message>
    <message>
        <source>Delete an item nothing refers to yet</source>
        <translation>删除尚未被任何记录引用的商品</translation>
    </message>
    <message numerus="yes">
        <source>%Ln archived</source>
        <translation>
            <numerusform>已归档 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln goods</source>
        <translation>
            <numerusform>共 %Ln 件商品</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Bring the selected item back to the active list</source>
        <translation>将所选商品恢复到在售商品列表</translation>
    </message>
    <message>
        <source>Hide the selected item from the active list; its history stays (Delete)</source>
        <translation>从在售商品列表中隐藏所选商品，历史记录仍会保留（Delete）</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Archive goods</source>
        <translation>归档商品</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? It leaves the active list; orders and stock history keep it, and you can restore it from the archived goods.</source>
        <translation>要归档“%1”吗？它将从在售商品列表中移除；订单和库存记录中仍会保留它，之后也可以在已归档商品中将其恢复。</translation>
    </message>
    <message>
        <source>Archived &quot;%1&quot;.</source>
        <translation>已归档“%1”。</translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;.</source>
        <translation>已恢复“%1”。</translation>
    </message>
    <message>
        <source>Delete goods</source>
        <translation>删除商品</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Someone changed &quot;%1&quot; a moment ago; the list now shows their version. Look it over and try again.</source>
        <translation>刚才有人修改了“%1”，列表现已显示其版本。请查看后重试。</translation>
    </message>
    <message>
        <source>C&amp;hange selected…</source>
        <translation>批量修改(&amp;H)…</translation>
    </message>
    <message>
        <source>Change the category or price of every selected item, or archive them</source>
        <translation>修改所有所选商品的分类或售价，或将它们归档</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; for good? Only items that no order, stock movement or purchase order mentions can be deleted; this cannot be undone.</source>
        <translation>要永久删除“%1”吗？只有未出现在任何订单、库存变动或采购单中的商品才能删除；此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>GoodsWriter</name>
    <message>
        <source>Write 1 or 0 (yes or no).</source>
        <translation>请填写 1 或 0（是或否）。</translation>
    </message>
    <message>
        <source>Every row needs a SKU.</source>
        <translation>每一行都需要 SKU。</translation>
    </message>
    <message>
        <source>A new item needs a name.</source>
        <translation>新商品需要名称。</translation>
    </message>
    <message>
        <source>A new item needs a price.</source>
        <translation>新商品需要售价。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <source>Supplier code</source>
        <translation>供应商编码</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Category path</source>
        <translation>分类路径</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Supplier&apos;s SKU</source>
        <translation>供应商货号</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>交货天数</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Supplier goods</source>
        <translation>供应商商品</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) are both read as %5; keep one.</source>
        <translation>第 %1 列（“%2”）和第 %3 列（“%4”）都会被读作 %5；请只保留一列。</translation>
    </message>
    <message>
        <source>The file has no %1 column (%2); %3 cannot be imported without it.</source>
        <translation>文件中没有 %1 列（%2）；没有它无法导入%3。</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
</context>
<context>
    <name>ImportMappingView</name>
    <message>
        <source>The line of the file each row starts on</source>
        <translation>每一行在文件中起始的行号</translation>
    </message>
    <message>
        <source>Each column of the file is imported as:</source>
        <translation>文件的每一列导入为：</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Column %1 (%2) is imported as</source>
        <translation>第 %1 列（%2）导入为</translation>
    </message>
    <message>
        <source>The file&apos;s first rows are shown here.</source>
        <translation>这里显示文件的前几行。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of the file:</source>
        <translation>
            <numerusform>文件的前 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>不导入</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The line of the file the row starts on</source>
        <translation>该行在文件中起始的行号</translation>
    </message>
    <message>
        <source>rows read</source>
        <translation>已读取行</translation>
    </message>
    <message>
        <source>would be created</source>
        <translation>将新建</translation>
    </message>
    <message>
        <source>would be updated</source>
        <translation>将更新</translation>
    </message>
    <message>
        <source>would stay unchanged</source>
        <translation>将保持不变</translation>
    </message>
    <message>
        <source>would be skipped</source>
        <translation>将跳过</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已新建</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Of the rows without problems:</source>
        <translation>没有问题的行中：</translation>
    </message>
    <message>
        <source>What the import would do:</source>
        <translation>导入将会：</translation>
    </message>
    <message>
        <source>What the import did:</source>
        <translation>导入结果：</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct in the file:</source>
        <translation>
            <numerusform>文件中有 %n 个问题需要更正：</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The file as a whole</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1（“%2”）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed here. Correct these first and check again.</source>
        <translation>
            <numerusform>……另有 %n 个问题未在此列出。请先更正上面这些，然后重新检查。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowWriter</name>
    <message>
        <source>No supplier has the code %1. Import the suppliers first, or correct the code.</source>
        <translation>没有编码为 %1 的供应商。请先导入供应商，或更正编码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write it like 12.50 or ¥12.50.</source>
        <translation>“%1”不是金额；请写成 12.50 或 ¥12.50 这样的形式。</translation>
    </message>
    <message>
        <source>Every row needs the SKU of one of your goods.</source>
        <translation>每一行都需要您的某个商品的 SKU。</translation>
    </message>
    <message>
        <source>No goods item has the SKU %1. Import the goods first, or correct the SKU.</source>
        <translation>没有 SKU 为 %1 的商品。请先导入商品，或更正 SKU。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Update them from the file</source>
        <translation>按文件更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Leave them as they are</source>
        <translation>保持原样(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Import from a CSV file</source>
        <translation>从 CSV 文件导入</translation>
    </message>
    <message>
        <source>Reads the whole file as the import would and reports every problem; writes nothing</source>
        <translation>像导入一样读取整个文件并报告每个问题；不写入任何内容</translation>
    </message>
    <message>
        <source>Writes every row of the file in one go, or none of them</source>
        <translation>一次写入文件的所有行，要么全部写入，要么一行都不写</translation>
    </message>
    <message>
        <source>Your role may not import anything. An administrator or a manager can.</source>
        <translation>您的角色无权导入。管理员或经理可以导入。</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>要导入的 CSV 文件</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Automatic recognises UTF-16 and UTF-8 and reads any other file as GBK, the way Chinese Excel saves it</source>
        <translation>“自动”可识别 UTF-16 和 UTF-8，其他文件按 GBK 读取（中文版 Excel 的保存方式）</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Automatic takes the one of comma, semicolon and tab the header uses most</source>
        <translation>“自动”取表头中出现最多的逗号、分号或制表符</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;What to import:</source>
        <translation>导入内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码方式(&amp;E)：</translation>
    </message>
    <message>
        <source>Rows already in Storekeeper:</source>
        <translation>Storekeeper 中已有的行：</translation>
    </message>
    <message>
        <source>Rows whose SKU, code or category path is in Storekeeper already</source>
        <translation>SKU、编码或分类路径在 Storekeeper 中已存在的行</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <source>“%1” cannot be imported as it is: %2</source>
        <translation>“%1”无法按原样导入：%2</translation>
    </message>
    <message>
        <source>Choose how the columns are imported before checking:</source>
        <translation>检查前，请先选择各列的导入方式：</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the file&apos;s %n column(s) will be imported. Check reads the whole file as the import would, and writes nothing.</source>
        <translation>
            <numerusform>将导入文件 %n 列中的 %1 列。“检查”会像导入一样读取整个文件，但不写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet or exported from Storekeeper. Its first row names the columns.</source>
        <translation>请选择从电子表格保存或从 Storekeeper 导出的 CSV 文件，其第一行为各列名称。</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation>正在检查“%1”…</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>正在导入“%1”…</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>来自“%2”的%1</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>无法检查该文件：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>The columns of “%1” changed since it was read. Look at how each is imported, then check again.</source>
        <translation>“%1”的列在读取后发生了变化。请查看每一列的导入方式，然后重新检查。</translation>
    </message>
    <message>
        <source>%1 from “%2” (%3, separated by %4)</source>
        <translation>来自“%2”的%1（%3，以%4分隔）</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was written.</source>
        <translation>检查已取消。没有写入任何内容。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消。没有写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found, listed below. Nothing was written: correct the file, save it, then check again.</source>
        <translation>
            <numerusform>发现 %n 个问题，列在下面。没有写入任何内容：请更正并保存文件，然后重新检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) to correct in the file first, listed below.</source>
        <translation>
            <numerusform>未导入任何内容：文件中有 %n 个问题需要先更正，列在下面。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows under its header: there is nothing to import.</source>
        <translation>文件表头下没有任何行：没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Every row can be imported. Nothing has been written yet: Import writes all %Ln row(s) in one go.</source>
        <translation>
            <numerusform>每一行都可以导入。目前尚未写入任何内容：点“导入”将一次写入全部 %Ln 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from “%1”: %2 created, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>
            <numerusform>已从“%1”导入 %Ln 行：新建 %2，更新 %3，未变 %4，跳过 %5。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. Check its name, and close it in the program that has it open.</source>
        <translation>无法打开 %1：%2。请检查文件名，并在打开它的程序中关闭该文件。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file is empty: it has no header row naming its columns.</source>
        <translation>文件为空：没有标明各列名称的表头行。</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;) is not a column of %3. Rename it to one of %4, or remove it.</source>
        <translation>第 %1 列（“%2”）不是%3的列。请改名为 %4 之一，或删除该列。</translation>
    </message>
    <message>
        <source>This line has %1 fields where the header has %2. Check the delimiter (%3) and that quotes around text with the delimiter in it are closed.</source>
        <translation>这一行有 %1 个字段，而表头有 %2 个。请检查分隔符（%3），以及包含分隔符的文字两边的引号是否闭合。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a spreadsheet formula, not a value. Type the value itself (or put an apostrophe in front to keep the text).</source>
        <translation>“%1”是电子表格公式，不是数值。请直接填写数值（若要保留这段文字，请在前面加一个单引号）。</translation>
    </message>
    <message>
        <source>This row names the same record as line %1. Keep one row for it.</source>
        <translation>这一行与第 %1 行指向同一条记录。请只保留一行。</translation>
    </message>
    <message>
        <source>The file could not be read again from its start.</source>
        <translation>无法从头重新读取文件。</translation>
    </message>
    <message>
        <source>The file&apos;s columns changed since it was read (it was saved again). Look at how each column is imported, then check again.</source>
        <translation>文件在读取后其列发生了变化（被重新保存过）。请查看每一列的导入方式，然后重新检查。</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>Order %1 line %2 totals %3 cents instead of %4.</source>
        <translation>订单 %1 第 %2 行的金额为 %3 分，应为 %4 分。</translation>
    </message>
    <message>
        <source>Order %1 has a subtotal of %2 cents, but its lines add up to %3.</source>
        <translation>订单 %1 的小计为 %2 分，但各行合计为 %3 分。</translation>
    </message>
    <message>
        <source>Order %1 has a total of %2 cents instead of %3.</source>
        <translation>订单 %1 的总计为 %2 分，应为 %3 分。</translation>
    </message>
    <message>
        <source>User %1 has the unknown role &quot;%2&quot;.</source>
        <translation>用户 %1 的角色“%2”未知。</translation>
    </message>
    <message>
        <source>User %1 has a password that is not stored as an argon2id hash.</source>
        <translation>用户 %1 的密码未以 argon2id 哈希形式存储。</translation>
    </message>
    <message>
        <source>The database is empty: there is nothing to check.</source>
        <translation>数据库为空，没有可检查的内容。</translation>
    </message>
    <message>
        <source>The database is at schema version %1; this program expects %2. Run &quot;migrate&quot; first.</source>
        <translation>数据库的结构版本为 %1；本程序需要版本 %2。请先运行“migrate”。</translation>
    </message>
    <message>
        <source>Goods %1 has an invalid barcode %2: %3</source>
        <translation>商品 %1 的条码 %2 无效：%3</translation>
    </message>
    <message>
        <source>Goods %1 has an SKU that is not in its normal form.</source>
        <translation>商品 %1 的 SKU 不是规范形式。</translation>
    </message>
    <message>
        <source>Goods %1 has an outdated search entry; search may not find it.</source>
        <translation>商品 %1 的搜索条目已过时，搜索可能找不到它。</translation>
    </message>
    <message>
        <source>Goods %1 has an outdated sort key; it sorts out of place by name.</source>
        <translation>商品 %1 的排序键已过时，按名称排序时位置不对。</translation>
    </message>
    <message>
        <source>Supplier %1 has an outdated search entry; search may not find it.</source>
        <translation>供应商 %1 的搜索条目已过时，搜索可能找不到它。</translation>
    </message>
    <message>
        <source>Supplier %1 has an outdated sort key.</source>
        <translation>供应商 %1 的排序键已过时。</translation>
    </message>
    <message>
        <source>Customer %1 has an outdated search entry; search may not find it.</source>
        <translation>客户 %1 的搜索条目已过时，搜索可能找不到它。</translation>
    </message>
    <message>
        <source>Customer %1 has an outdated sort key.</source>
        <translation>客户 %1 的排序键已过时。</translation>
    </message>
    <message>
        <source>Stock of %1 in warehouse %2 is %3, but its movements add up to %4.</source>
        <translation>%1 在仓库 %2 的库存为 %3，但其库存变动合计为 %4。</translation>
    </message>
    <message>
        <source>%1 in warehouse %2 has movements adding up to %3 but no stock level.</source>
        <translation>%1 在仓库 %2 的库存变动合计为 %3，却没有库存记录。</translation>
    </message>
    <message>
        <source>Category %1 (&quot;%2&quot;) lies inside itself: the tree has a loop.</source>
        <translation>分类 %1（“%2”）位于自身之中：分类树出现了循环。</translation>
    </message>
    <message>
        <source>Category %1 (&quot;%2&quot;) has a parent key that disagrees with its parent.</source>
        <translation>分类 %1（“%2”）的上级键与其上级不一致。</translation>
    </message>
    <message>
        <source>Goods %1 shows the barcode &quot;%2&quot;, but its first barcode is &quot;%3&quot;.</source>
        <translation>商品 %1 显示的条码为“%2”，但它的第一个条码是“%3”。</translation>
    </message>
    <message>
        <source>Supplier %1 (&quot;%2&quot;) has no code.</source>
        <translation>供应商 %1（“%2”）没有编号。</translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot; has %2 default addresses instead of one.</source>
        <translation>客户“%1”有 %2 个默认地址，而不是一个。</translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot; was merged into &quot;%2&quot;, which was itself merged away.</source>
        <translation>客户“%1”被合并到了“%2”，而后者本身也已被合并。</translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot; was merged into another but is still active.</source>
        <translation>客户“%1”已被合并到另一位客户，却仍为启用状态。</translation>
    </message>
    <message>
        <source>%1 %2: %3 is %4, outside %5 to %6.</source>
        <translation>%1 %2：%3 为 %4，超出了 %5 到 %6 的范围。</translation>
    </message>
    <message>
        <source>%1 %2: %3 holds &quot;%4&quot;, which is not a whole number.</source>
        <translation>%1 %2：%3 的值为“%4”，不是整数。</translation>
    </message>
    <message>
        <source>The kept count of %1 goods in category %2 is %3, but there are %4.</source>
        <translation>分类 %2 中%1商品的记录数为 %3，实际却有 %4 个。</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>The kept count of %1 rows in %2 is %3, but there are %4.</source>
        <translation>%2 中%1行的记录数为 %3，实际却有 %4 行。</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；没有做任何改动。</translation>
    </message>
</context>
<context>
    <name>ListAreaView</name>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>无法加载列表：%1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Their SKU</source>
        <translation>对方货号</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>交货期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Default address</source>
        <translation>默认地址</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须更改密码</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What changed (before → after)</source>
        <translation>更改内容（之前 → 之后）</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>ListExportFlow</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Chinese Excel, GBK (*.csv)</source>
        <translation>中文版 Excel 用的 CSV，GBK (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Exporting %1 to “%2”…</source>
        <translation>正在把%1导出到“%2”…</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation>导出已取消。没有写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to “%1”.</source>
        <translation>
            <numerusform>已导出 %Ln 行到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
</context>
<context>
    <name>ListModel</name>
    <message>
        <source>The list cannot be sorted by this column</source>
        <translation>列表不能按此列排序</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to Storekeeper</source>
        <translation>登录 Storekeeper</translation>
    </message>
    <message>
        <source>Storekeeper</source>
        <translation>Storekeeper</translation>
    </message>
    <message>
        <source>Database: %1 · %2</source>
        <translation>数据库：%1 · %2</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>请等待 %1 秒</translation>
    </message>
</context>
<context>
    <name>LongOperation</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Storekeeper</source>
        <translation>Storekeeper</translation>
    </message>
    <message>
        <source>Cancelling; nothing of it is kept…</source>
        <translation>正在取消，已做的部分不会保留…</translation>
    </message>
</context>
<context>
    <name>LookupEdit</name>
    <message>
        <source>Type a name or code</source>
        <translation>输入名称或编号</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Storekeeper</source>
        <translation>Storekeeper</translation>
    </message>
    <message>
        <source>&amp;Storekeeper</source>
        <translation>Storekeeper(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Connect to database…</source>
        <translation>连接数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Storekeeper</source>
        <translation>关于 Storekeeper(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The database Storekeeper works on</source>
        <translation>Storekeeper 当前使用的数据库</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>About Storekeeper</source>
        <translation>关于 Storekeeper</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storekeeper %1&lt;/h3&gt;&lt;p&gt;Back-office for an online shop, on SQLite, PostgreSQL or MariaDB/MySQL: goods, categories, suppliers and customers.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Passwords are protected with libsodium&apos;s argon2id; names sort in each language&apos;s order with ICU.&lt;/p&gt;&lt;p&gt;Database: %3 · %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Storekeeper %1&lt;/h3&gt;&lt;p&gt;网店后台管理，基于 SQLite、PostgreSQL 或 MariaDB/MySQL：商品、分类、供应商和客户。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。密码由 libsodium 的 argon2id 保护；名称按各语言的顺序排序（ICU）。&lt;/p&gt;&lt;p&gt;数据库：%3 · %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>更改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>从 CSV 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export this list…</source>
        <translation>导出此列表(&amp;E)…</translation>
    </message>
    <message>
        <source>Writes the list in front, as it is filtered and sorted, to a CSV file or an Excel workbook</source>
        <translation>把当前列表按其筛选和排序写入 CSV 文件或 Excel 工作簿</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>%1 is not a Storekeeper database: it holds other tables (%2). Nothing was changed. Choose an empty database or one made by Storekeeper.</source>
        <translation>%1 不是 Storekeeper 数据库：其中包含其他数据表（%2）。未做任何更改。请选择空数据库或由 Storekeeper 创建的数据库。</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer Storekeeper (schema version %1; this program knows versions up to %2). Nothing was changed. Install the newer Storekeeper to use it.</source>
        <translation>此数据库已由更新版本的 Storekeeper 升级（结构版本 %1；本程序最高支持到版本 %2）。未做任何更改。请安装新版 Storekeeper 后再使用。</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>将数据库升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>An earlier upgrade of %1 stopped part-way (on MariaDB/MySQL each table is created on its own). Nothing was changed now. Restore the backup taken before the upgrade, or start from an empty database.</source>
        <translation>之前对 %1 的升级中途停止了（在 MariaDB/MySQL 上每张表是单独创建的）。本次未做任何更改。请恢复升级前的备份，或从一个空数据库开始。</translation>
    </message>
    <message>
        <source>Another Storekeeper has been upgrading %1 for two minutes. Wait for it to finish, then start again.</source>
        <translation>另一个 Storekeeper 正在升级 %1，已持续两分钟。请等它完成后再启动。</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use at most 1024 characters.</source>
        <translation>密码最多 1024 个字符。</translation>
    </message>
    <message>
        <source>Do not start or end the password with a space.</source>
        <translation>密码的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>The password contains a control character; type letters, digits and symbols only.</source>
        <translation>密码包含控制字符；请只输入字母、数字和符号。</translation>
    </message>
    <message>
        <source>Use more than one distinct character.</source>
        <translation>密码不能只由同一个字符组成。</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>It is built on your user name, your name or the program&apos;s name.</source>
        <translation>它基于您的用户名、姓名或本程序的名称。</translation>
    </message>
    <message>
        <source>It is built on a common password or word; swapping letters for look-alike digits or symbols does not help.</source>
        <translation>它基于常见的密码或单词；把字母换成形似的数字或符号也无济于事。</translation>
    </message>
    <message>
        <source>It follows keys next to each other on the keyboard.</source>
        <translation>它由键盘上相邻的按键组成。</translation>
    </message>
    <message>
        <source>It repeats characters or a short pattern.</source>
        <translation>它重复了字符或简短的模式。</translation>
    </message>
    <message>
        <source>It is a sequence such as abcd or 1234.</source>
        <translation>它是 abcd 或 1234 这样的序列。</translation>
    </message>
    <message>
        <source>It is built on a date or a year.</source>
        <translation>它基于日期或年份。</translation>
    </message>
    <message>
        <source>It is too short for the characters it uses.</source>
        <translation>就其所用字符而言，它太短了。</translation>
    </message>
    <message>
        <source>This password is easy to guess. %1 Add two or three words of your own, or make it longer.</source>
        <translation>此密码很容易被猜到。%1请加上两三个您自己想的词，或者把它加长。</translation>
    </message>
</context>
<context>
    <name>PriceChange</name>
    <message>
        <source>A price cannot fall by more than 100 %.</source>
        <translation>售价的降幅不能超过 100%。</translation>
    </message>
    <message>
        <source>At most +10,000 %.</source>
        <translation>最多上调 10,000%。</translation>
    </message>
    <message>
        <source>This changes nothing; enter how much prices go up or down.</source>
        <translation>这样不会有任何改变；请输入售价上调或下调的幅度。</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Warehouse clerk</source>
        <translation>仓库管理员</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>view the catalogue</source>
        <translation>查看商品目录</translation>
    </message>
    <message>
        <source>edit goods</source>
        <translation>编辑商品</translation>
    </message>
    <message>
        <source>change prices</source>
        <translation>修改价格</translation>
    </message>
    <message>
        <source>archive goods</source>
        <translation>归档商品</translation>
    </message>
    <message>
        <source>manage categories</source>
        <translation>管理分类</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>管理员工账户</translation>
    </message>
    <message>
        <source>manage the database</source>
        <translation>管理数据库</translation>
    </message>
    <message>
        <source>receive stock</source>
        <translation>办理入库</translation>
    </message>
    <message>
        <source>move stock</source>
        <translation>调拨库存</translation>
    </message>
    <message>
        <source>count stock</source>
        <translation>盘点库存</translation>
    </message>
    <message>
        <source>take orders</source>
        <translation>创建订单</translation>
    </message>
    <message>
        <source>take payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>refund orders</source>
        <translation>办理退款</translation>
    </message>
    <message>
        <source>manage customers</source>
        <translation>管理客户</translation>
    </message>
    <message>
        <source>manage suppliers</source>
        <translation>管理供应商</translation>
    </message>
    <message>
        <source>manage purchase orders</source>
        <translation>管理采购单</translation>
    </message>
    <message>
        <source>view sales analysis</source>
        <translation>查看销售分析</translation>
    </message>
    <message>
        <source>see cost prices</source>
        <translation>查看成本价</translation>
    </message>
    <message>
        <source>merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>see the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>manage warehouses</source>
        <translation>管理仓库</translation>
    </message>
</context>
<context>
    <name>Savepoint</name>
    <message>
        <source>A step was started outside its change.</source>
        <translation>某个步骤在其所属的修改之外开始。</translation>
    </message>
    <message>
        <source>A step was kept that had not started.</source>
        <translation>保留了一个尚未开始的步骤。</translation>
    </message>
    <message>
        <source>A part of this step failed, so it was undone.</source>
        <translation>此步骤的一部分失败，因此已撤销。</translation>
    </message>
</context>
<context>
    <name>Selections</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；没有做任何改动。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Maintenance tool</source>
        <translation>维护工具</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2), who may not %3. Ask a manager or an administrator.</source>
        <translation>您当前以 %1（%2）的身份登录，无权%3。请联系经理或管理员。</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The connection to the database was lost: %1. Check the network and try again.</source>
        <translation>与数据库的连接已断开：%1。请检查网络后重试。</translation>
    </message>
    <message>
        <source>The database refused the request: %1</source>
        <translation>数据库拒绝了该请求：%1</translation>
    </message>
    <message>
        <source>The database refused a duplicate: %1</source>
        <translation>数据库拒绝了重复的数据：%1</translation>
    </message>
    <message>
        <source>The database did not tell the new row&apos;s number.</source>
        <translation>数据库未返回新记录的编号。</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>The database file is damaged: %1. Restore a backup.</source>
        <translation>数据库文件已损坏：%1。请恢复备份。</translation>
    </message>
    <message>
        <source>The database file could not be checked: %1</source>
        <translation>无法检查数据库文件：%1</translation>
    </message>
    <message>
        <source>The search index of %1 holds %2 entries for %3 rows, so search misses some.</source>
        <translation>%1 的搜索索引有 %2 条记录，而数据有 %3 行，因此搜索会漏掉一些。</translation>
    </message>
</context>
<context>
    <name>SqliteTables</name>
    <message>
        <source>A row of %1 holds a value of the wrong type (%2). Correct it with a database tool, then start Storekeeper again; nothing was changed.</source>
        <translation>%1 中有一行的值类型错误（%2）。请用数据库工具更正后再启动 Storekeeper；没有做任何改动。</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>可以登录</translation>
    </message>
    <message>
        <source>Such as wangfang; letters a-z, digits, dot, dash</source>
        <translation>例如 wangfang；字母 a-z、数字、点、短横线</translation>
    </message>
    <message>
        <source>At least 8 characters; they change it when they first sign in</source>
        <translation>至少 8 个字符；对方首次登录时会更改它</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>再次输入密码(&amp;P)：</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>新建员工账户</translation>
    </message>
    <message>
        <source>Staff account &quot;%1&quot;</source>
        <translation>员工账户“%1”</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The form now shows their saved version.</source>
        <translation>表单现在显示的是对方保存的版本。</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>Active accounts</source>
        <translation>启用的账户</translation>
    </message>
    <message>
        <source>Deactivated accounts</source>
        <translation>已停用的账户</translation>
    </message>
    <message>
        <source>Search user name or name (Ctrl+F)</source>
        <translation>搜索用户名或姓名 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a staff account (Ctrl+N)</source>
        <translation>添加员工账户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the name or role of the selected account (Enter)</source>
        <translation>更改所选账户的姓名或角色 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Set a password the person must change when they next sign in</source>
        <translation>设置一个对方下次登录时必须更改的密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Let the person sign in again now after too many wrong passwords</source>
        <translation>让因密码错误次数过多而被锁定的人现在就能重新登录</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>Let the selected person sign in again</source>
        <translation>让所选的人重新可以登录</translation>
    </message>
    <message>
        <source>Keep the selected person from signing in; their history stays</source>
        <translation>不再允许所选的人登录；其历史记录保留</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;. They choose their own password when they first sign in.</source>
        <translation>已添加“%1”。对方首次登录时会设置自己的密码。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was reset. Tell them the new one in person; they choose their own when they next sign in.</source>
        <translation>“%1”的密码已重置。请当面告诉对方新密码；对方下次登录时会设置自己的密码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can sign in again now.</source>
        <translation>“%1”现在可以重新登录了。</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot;? They can no longer sign in; what they did stays in the audit log, and you can activate them again.</source>
        <translation>停用“%1”？对方将无法再登录；其操作仍保留在审计日志中，您也可以重新启用。</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can sign in again.</source>
        <translation>“%1”可以重新登录了。</translation>
    </message>
    <message>
        <source>Deactivated &quot;%1&quot;.</source>
        <translation>已停用“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deactivated</source>
        <translation>
            <numerusform>%Ln 个已停用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accounts</source>
        <translation>
            <numerusform>%Ln 个账户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockRules</name>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>The operation has no valid id; it cannot be told apart from a repeat of another.</source>
        <translation>该操作没有有效的编号，无法与其他操作的重复提交区分开。</translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation>请选择仓库。</translation>
    </message>
    <message>
        <source>Choose the warehouse the goods go to.</source>
        <translation>请选择货物要调入的仓库。</translation>
    </message>
    <message>
        <source>The goods already are in this warehouse; choose another to move them to.</source>
        <translation>货物已在此仓库中；请选择另一个仓库作为调入仓库。</translation>
    </message>
    <message>
        <source>Say why the stock changes: damaged, lost, found or a correction.</source>
        <translation>请说明库存变动的原因：损坏、丢失、找到或更正。</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>请至少添加一件商品。</translation>
    </message>
    <message>
        <source>Every line needs an item.</source>
        <translation>每一行都需要一件商品。</translation>
    </message>
    <message>
        <source>An adjustment of nothing changes nothing; type how many more or fewer.</source>
        <translation>调整数量为零不会改变任何东西；请输入增加或减少的数量。</translation>
    </message>
    <message>
        <source>Type a quantity of at least 1.</source>
        <translation>请输入至少为 1 的数量。</translation>
    </message>
    <message>
        <source>A quantity can be at most %L1.</source>
        <translation>数量最多为 %L1。</translation>
    </message>
    <message>
        <source>An item is on two lines; put its quantity on one.</source>
        <translation>同一商品出现在两行中；请把数量合并到一行。</translation>
    </message>
    <message>
        <source>A note can be at most 2,000 characters.</source>
        <translation>备注最多 2,000 个字符。</translation>
    </message>
    <message>
        <source>Only a receipt says what goods cost.</source>
        <translation>只有入库单可以注明商品成本。</translation>
    </message>
    <message>
        <source>A cost cannot be below zero.</source>
        <translation>成本不能小于零。</translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <source>That warehouse was removed; nothing was changed. Choose another.</source>
        <translation>该仓库已被删除；没有做任何改动。请选择其他仓库。</translation>
    </message>
    <message>
        <source>That warehouse is archived; nothing was changed. Choose another, or bring it back first.</source>
        <translation>该仓库已归档；没有做任何改动。请选择其他仓库，或先将其恢复。</translation>
    </message>
    <message>
        <source>An item of this operation was deleted; nothing was changed. Take it off and try again.</source>
        <translation>此操作中的某件商品已被删除；没有做任何改动。请将其移除后重试。</translation>
    </message>
    <message>
        <source>Only %1 of “%2” are in %3, so %4 cannot be taken; nothing was changed.</source>
        <translation>%3 中“%2”只有 %1，无法取出 %4；没有做任何改动。</translation>
    </message>
    <message>
        <source>The value of this receipt is too large to keep.</source>
        <translation>此次入库的金额过大，无法记录。</translation>
    </message>
</context>
<context>
    <name>StockWriter</name>
    <message>
        <source>&quot;%1&quot; is not a quantity to receive; write a whole number of at least 1.</source>
        <translation>“%1”不是可入库的数量；请填写至少为 1 的整数。</translation>
    </message>
    <message>
        <source>A cost cannot be below zero.</source>
        <translation>成本不能小于零。</translation>
    </message>
    <message>
        <source>Opening balance, line %1 of an imported file</source>
        <translation>期初库存，导入文件第 %1 行</translation>
    </message>
    <message>
        <source>Every row needs the code of a warehouse.</source>
        <translation>每一行都需要一个仓库编码。</translation>
    </message>
    <message>
        <source>No warehouse has the code %1. Make it first, or correct the code.</source>
        <translation>没有编码为 %1 的仓库。请先创建它，或更正编码。</translation>
    </message>
</context>
<context>
    <name>SupplierForm</name>
    <message>
        <source>The shop&apos;s own short code for the supplier, such as S00012; unique</source>
        <translation>本店给供应商的简短编号，例如 S00012；不能重复</translation>
    </message>
    <message>
        <source>Who to ask for; optional</source>
        <translation>联系谁；可不填</translation>
    </message>
    <message>
        <source>Optional, such as 0571-8765 4321</source>
        <translation>可不填，例如 0571-8765 4321</translation>
    </message>
    <message>
        <source>Optional, such as sales@example.com</source>
        <translation>可不填，例如 sales@example.com</translation>
    </message>
    <message>
        <source>Optional, such as 30 days net</source>
        <translation>可不填，例如 月结 30 天</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>编号(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>联系人(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>电子邮件(&amp;M)：</translation>
    </message>
    <message>
        <source>Payment te&amp;rms:</source>
        <translation>付款条件(&amp;R)：</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>地址(&amp;E)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>This supplier is archived: kept for the records, but hidden from the active list and the supplier choices.</source>
        <translation>此供应商已归档：记录仍会保留，但不会显示在合作中的供应商列表和供应商选项中。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The form now shows their saved version.</source>
        <translation>表单现在显示的是对方已保存的版本。</translation>
    </message>
</context>
<context>
    <name>SupplierGoodsListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupplierGoodsPanel</name>
    <message>
        <source>&amp;Goods they sell:</source>
        <translation>供应的商品(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Add a goods item this supplier sells</source>
        <translation>添加此供应商供应的商品</translation>
    </message>
    <message>
        <source>Change their SKU, cost or lead time of the selected item (Enter)</source>
        <translation>修改所选商品的对方货号、成本或交货期（Enter）</translation>
    </message>
    <message>
        <source>This supplier no longer sells the selected item</source>
        <translation>此供应商不再供应所选商品</translation>
    </message>
    <message>
        <source>Changes to these offers are saved as you make them; Cancel does not undo them.</source>
        <translation>对这些报价的修改会立即保存；点“取消”不会撤销它们。</translation>
    </message>
    <message>
        <source>Save the new supplier first; then open it again to add the goods they sell.</source>
        <translation>请先保存新供应商，然后再次打开它来添加其供应的商品。</translation>
    </message>
    <message>
        <source>The goods could not be loaded: %1</source>
        <translation>无法加载商品：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now sells &quot;%2&quot;.</source>
        <translation>“%1”现在供应“%2”。</translation>
    </message>
    <message>
        <source>Saved the offer of &quot;%1&quot;.</source>
        <translation>已保存“%1”的报价。</translation>
    </message>
    <message>
        <source>Remove goods</source>
        <translation>移除商品</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the goods &quot;%2&quot; sells? Their SKU, cost and lead time for it are deleted; the goods item itself stays.</source>
        <translation>要从“%2”供应的商品中移除“%1”吗？它的对方货号、成本和交货期将被删除；商品本身仍会保留。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>已移除“%1”。</translation>
    </message>
</context>
<context>
    <name>SupplierGoodsWriter</name>
    <message>
        <source>Every row needs a supplier code.</source>
        <translation>每一行都需要供应商编码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of days.</source>
        <translation>“%1”不是整数天数。</translation>
    </message>
</context>
<context>
    <name>SupplierOfferDialog</name>
    <message>
        <source>Type a name, SKU or barcode and choose from the list</source>
        <translation>输入名称、SKU 或条码，然后从列表中选择</translation>
    </message>
    <message>
        <source>Optional: the code on their price list</source>
        <translation>可不填：对方价目表上的编号</translation>
    </message>
    <message>
        <source>What we pay them for one unit</source>
        <translation>我们为每单位支付给对方的价格</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Days from ordering until the goods arrive; leave empty when not known</source>
        <translation>从下单到到货的天数；不清楚则留空</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>供应商：</translation>
    </message>
    <message>
        <source>&amp;Goods:</source>
        <translation>商品(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Their SKU:</source>
        <translation>对方货号(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>成本(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Lead time (days):</source>
        <translation>交货期（天）(&amp;L)：</translation>
    </message>
    <message>
        <source>Add goods %1 sells</source>
        <translation>添加 %1 供应的商品</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 供应的 %1</translation>
    </message>
    <message>
        <source>A whole number of days, such as 7; leave empty when not known.</source>
        <translation>请输入整数天数，例如 7；不清楚则留空。</translation>
    </message>
    <message>
        <source>Choose a goods item from the list that appears as you type.</source>
        <translation>请从输入时出现的列表中选择商品。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Their SKU</source>
        <translation>对方货号</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>交货期</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>The form now shows their saved version.</source>
        <translation>表单现在显示的是对方已保存的版本。</translation>
    </message>
</context>
<context>
    <name>SupplierRules</name>
    <message>
        <source>Choose the goods item this supplier sells.</source>
        <translation>请选择此供应商供应的商品。</translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>请选择供应商。</translation>
    </message>
    <message>
        <source>Between 0 and %1 days, or empty when not known.</source>
        <translation>0 到 %1 天之间；不清楚则留空。</translation>
    </message>
</context>
<context>
    <name>SupplierService</name>
    <message>
        <source>This code was just given to another supplier.</source>
        <translation>此编号刚刚被另一家供应商使用了。</translation>
    </message>
    <message>
        <source>This supplier already uses this SKU for another item.</source>
        <translation>此供应商已将这个货号用于另一个商品。</translation>
    </message>
    <message>
        <source>This supplier no longer exists. Refresh the list.</source>
        <translation>此供应商已不存在。请刷新列表。</translation>
    </message>
    <message>
        <source>No supplier has the code %1.</source>
        <translation>没有编号为 %1 的供应商。</translation>
    </message>
    <message>
        <source>The code %1 is already used by &quot;%2&quot;; choose another.</source>
        <translation>编号 %1 已被“%2”使用；请换一个。</translation>
    </message>
    <message>
        <source>Someone else saved &quot;%1&quot; while you were editing it. Their version is shown next to yours: keep yours, take theirs, or combine them, then save again.</source>
        <translation>在您编辑期间，其他人保存了“%1”。对方的版本显示在您的版本旁边：请保留您的版本、采用对方的版本或将两者合并，然后再次保存。</translation>
    </message>
    <message>
        <source>This supplier no longer offers this item. Refresh the list.</source>
        <translation>此供应商已不再供应此商品。请刷新列表。</translation>
    </message>
    <message>
        <source>This supplier no longer exists.</source>
        <translation>此供应商已不存在。</translation>
    </message>
    <message>
        <source>This goods item no longer exists.</source>
        <translation>此商品已不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already offers &quot;%2&quot;; open that offer to change it.</source>
        <translation>“%1”已供应“%2”；请打开该报价进行修改。</translation>
    </message>
    <message>
        <source>Someone else changed this offer a moment ago; it now shows their version.</source>
        <translation>刚才有其他人修改了此报价；现在显示的是对方的版本。</translation>
    </message>
    <message>
        <source>Someone else changed this offer a moment ago; look at it again.</source>
        <translation>刚才有其他人修改了此报价；请重新查看。</translation>
    </message>
</context>
<context>
    <name>SupplierWriter</name>
    <message>
        <source>Every row needs a supplier code.</source>
        <translation>每一行都需要供应商编码。</translation>
    </message>
    <message>
        <source>A new supplier needs a name.</source>
        <translation>新供应商需要名称。</translation>
    </message>
</context>
<context>
    <name>SuppliersView</name>
    <message>
        <source>Active suppliers</source>
        <translation>合作中的供应商</translation>
    </message>
    <message>
        <source>Archived suppliers</source>
        <translation>已归档供应商</translation>
    </message>
    <message>
        <source>Search name, contact, code, phone or e-mail (Ctrl+F)</source>
        <translation>搜索名称、联系人、编号、电话或电子邮件（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a supplier (Ctrl+N)</source>
        <translation>添加供应商（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Open the selected supplier and the goods they sell (Enter)</source>
        <translation>打开所选供应商及其供应的商品（Enter）</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln archived</source>
        <translation>
            <numerusform>已归档 %Ln 家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln suppliers</source>
        <translation>
            <numerusform>共 %Ln 家供应商</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Bring the selected supplier back to the active list</source>
        <translation>将所选供应商恢复到合作中的供应商列表</translation>
    </message>
    <message>
        <source>Hide the selected supplier from the active list and from the choices; their offers and history stay (Delete)</source>
        <translation>从合作中的供应商列表和供应商选项中隐藏所选供应商，其报价和历史记录仍会保留（Delete）</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Archive supplier</source>
        <translation>归档供应商</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? They leave the active list and the supplier choices; purchase orders and the goods they sell keep them, and you can restore them from the archived suppliers.</source>
        <translation>要归档“%1”吗？它将从合作中的供应商列表和供应商选项中移除；采购单和其供应的商品中仍会保留它，之后也可以在已归档供应商中将其恢复。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Someone changed &quot;%1&quot; a moment ago; the list now shows their version. Look it over and try again.</source>
        <translation>刚才有人修改了“%1”，列表现已显示其版本。请查看后重试。</translation>
    </message>
    <message>
        <source>Archived &quot;%1&quot;.</source>
        <translation>已归档“%1”。</translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;.</source>
        <translation>已恢复“%1”。</translation>
    </message>
</context>
<context>
    <name>TextEncodings</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GBK (Chinese Excel)</source>
        <translation>GBK（中文 Excel）</translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16（Excel Unicode 文本）</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2 allowed.</source>
        <translation>内容过长：%1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Contains a control character (such as a tab or line break); remove it.</source>
        <translation>包含控制字符（如制表符或换行符），请删除。</translation>
    </message>
    <message>
        <source>Contains a control character; remove it.</source>
        <translation>包含控制字符，请删除。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a change in the database (it may be busy or unreachable): %1</source>
        <translation>无法在数据库中开始修改（数据库可能繁忙或无法访问）：%1</translation>
    </message>
    <message>
        <source>A step of this change failed, so nothing was saved.</source>
        <translation>此次修改中有一步失败，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>The database did not save the change: %1</source>
        <translation>数据库未能保存此次修改：%1</translation>
    </message>
    <message>
        <source>The connection broke while saving, so the change may or may not have been saved. Look before trying again.</source>
        <translation>保存时连接中断，修改可能已保存，也可能没有。请先查看再重试。</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>pcs</source>
        <translation>个</translation>
    </message>
    <message>
        <source>box</source>
        <translation>盒</translation>
    </message>
    <message>
        <source>bag</source>
        <translation>袋</translation>
    </message>
    <message>
        <source>bottle</source>
        <translation>瓶</translation>
    </message>
    <message>
        <source>can</source>
        <translation>罐</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>包</translation>
    </message>
    <message>
        <source>case</source>
        <translation>箱</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>块</translation>
    </message>
    <message>
        <source>tube</source>
        <translation>支</translation>
    </message>
    <message>
        <source>roll</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>张</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>双</translation>
    </message>
    <message>
        <source>set</source>
        <translation>套</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>千克</translation>
    </message>
    <message>
        <source>g</source>
        <translation>克</translation>
    </message>
    <message>
        <source>L</source>
        <translation>升</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>毫升</translation>
    </message>
    <message>
        <source>m</source>
        <translation>米</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Use letters a-z, digits, dot, dash and underscore, starting with a letter or digit.</source>
        <translation>只能使用字母 a-z、数字、点、连字符和下划线，且须以字母或数字开头。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken; choose another.</source>
        <translation>用户名“%1”已被占用，请换一个。</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段需要修改。</translation>
    </message>
    <message>
        <source>Could not hash the password (out of memory?). Try again.</source>
        <translation>无法计算密码哈希（可能内存不足），请重试。</translation>
    </message>
    <message>
        <source>This database already has staff accounts; sign in as an administrator to add more.</source>
        <translation>此数据库已有员工账户；如需添加更多账户，请以管理员身份登录。</translation>
    </message>
    <message>
        <source>This staff account no longer exists. Refresh the list.</source>
        <translation>此员工账户已不存在。请刷新列表。</translation>
    </message>
    <message>
        <source>Someone changed the account &quot;%1&quot; since you opened it. Look at their version and choose.</source>
        <translation>自您打开后，有人修改了账户“%1”。请查看对方的版本再做选择。</translation>
    </message>
    <message>
        <source>There is no staff account &quot;%1&quot;.</source>
        <translation>没有员工账户“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator. Make another account an administrator first.</source>
        <translation>“%1”是最后一个启用的管理员。请先把另一个账户设为管理员。</translation>
    </message>
    <message>
        <source>Storekeeper always keeps one active administrator.</source>
        <translation>Storekeeper 始终保留一个启用的管理员。</translation>
    </message>
    <message>
        <source>Sign in to change your password.</source>
        <translation>请登录后再更改密码。</translation>
    </message>
    <message>
        <source>Choose a password other than the one you have now.</source>
        <translation>请选择一个与当前密码不同的密码。</translation>
    </message>
    <message numerus="yes">
        <source>That is not your current password, or the last try was too recent. Try again in %n second(s).</source>
        <translation>
            <numerusform>这不是您当前的密码，或上次尝试距今太近。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarehouseRules</name>
    <message>
        <source>Give the warehouse a short code, such as MAIN.</source>
        <translation>请为仓库设一个简短的编码，例如 MAIN。</translation>
    </message>
    <message>
        <source>A code is up to 32 letters, digits, dots, dashes or underscores, such as STORE-1.</source>
        <translation>编码最多 32 个字母、数字、点、连字符或下划线，例如 STORE-1。</translation>
    </message>
    <message>
        <source>Give the warehouse a name.</source>
        <translation>请为仓库起一个名称。</translation>
    </message>
    <message>
        <source>A name can be at most 200 characters.</source>
        <translation>名称最多 200 个字符。</translation>
    </message>
    <message>
        <source>Remove the control character; it cannot be printed.</source>
        <translation>请删除控制字符，它无法打印。</translation>
    </message>
    <message>
        <source>An address can be at most 2,000 characters.</source>
        <translation>地址最多 2,000 个字符。</translation>
    </message>
</context>
<context>
    <name>WarehouseService</name>
    <message>
        <source>Someone else changed warehouse %1 while you were editing it. Look at their version, then save again.</source>
        <translation>在您编辑仓库 %1 时，其他人修改了它。请查看对方的版本，然后再保存。</translation>
    </message>
    <message>
        <source>This warehouse no longer exists.</source>
        <translation>该仓库已不存在。</translation>
    </message>
    <message>
        <source>Another warehouse has this code; choose another.</source>
        <translation>其他仓库已使用此编码，请换一个。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds stock of %Ln item(s). Move it to another warehouse or adjust it to zero first; then archive it.</source>
        <translation>
            <numerusform>%1 中仍有 %Ln 种商品的库存。请先将其调到其他仓库或调整为零，然后再归档。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteScope</name>
    <message>
        <source>A change was saved before it was started.</source>
        <translation>修改在开始之前就被保存了。</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>部分字段需要修改。</translation>
    </message>
    <message>
        <source>Your account was deactivated since you signed in; nothing was changed. Ask an administrator.</source>
        <translation>自您登录后，您的账户已被停用；未做任何更改。请联系管理员。</translation>
    </message>
    <message>
        <source>Your role was changed to %1 since you signed in, and it may not %2. Nothing was changed; sign in again.</source>
        <translation>自您登录后，您的角色已改为%1，该角色不能%2。未做任何更改；请重新登录。</translation>
    </message>
</context>
<context>
    <name>XlsxSink</name>
    <message>
        <source>Could not write the workbook %1 (%2). Check that the disk has room and that you may write there.</source>
        <translation>无法写入工作簿 %1（%2）。请检查磁盘空间以及是否有写入权限。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>storekeeper-admin: the password library (libsodium) could not start.</source>
        <translation>storekeeper-admin：密码库（libsodium）无法启动。</translation>
    </message>
    <message>
        <source>Storekeeper: back-office for an online shop.

Exit codes: 0 closed normally, 1 the database could not be opened or signed in to, 2 the command line is wrong (an unknown option, a malformed --database address).</source>
        <translation>Storekeeper：网店后台管理。

退出码：0 正常关闭，1 无法打开数据库或无法登录，2 命令行有误（未知的选项、格式错误的 --database 地址）。</translation>
    </message>
    <message>
        <source>storekeeper: %1</source>
        <translation>storekeeper：%1</translation>
    </message>
    <message>
        <source>Run &quot;storekeeper --help&quot; for the options.</source>
        <translation>运行“storekeeper --help”查看选项。</translation>
    </message>
</context>
</TS>
