# Throwaway PostgreSQL and MariaDB servers on loopback for the integration tests.
# Sourced by scripts/test. storekeeper_start_test_servers DIR exports STOREKEEPER_TEST_POSTGRES_URL,
# STOREKEEPER_TEST_MYSQL_URL and their passwords; storekeeper_stop_test_servers stops whatever started.

_sk_servers_dir=
_sk_socket_dir=
_sk_pg_bin=
_sk_pg_data=
_sk_maria_pid=

_sk_random_password() { head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20; }

_sk_port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

_sk_free_port() {
  local port tries=0
  while [ $tries -lt 200 ]; do
    port=$((20000 + RANDOM % 40000))
    if _sk_port_free "$port"; then echo "$port"; return 0; fi
    tries=$((tries + 1))
  done
  echo "error: no free TCP port found on 127.0.0.1" >&2
  return 1
}

# Runs a command as the account a server must run under (servers refuse to run as root).
_sk_as() {
  local user=$1
  shift
  # From / : the account may not enter the checkout the script runs in.
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u "$user" -- "$@"); else "$@"; fi
}

_sk_prepare_dir() {
  local build_dir=$1
  _sk_servers_dir="$build_dir/test-servers"
  rm -rf "$_sk_servers_dir"
  mkdir -p "$_sk_servers_dir"
  # Server accounts must reach their data folder; a checkout under /root is closed to them, so
  # fall back to a private folder under /tmp.
  if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$_sk_servers_dir"; then
    _sk_servers_dir=$(mktemp -d /tmp/storekeeper-test-servers.XXXXXX)
    chmod 755 "$_sk_servers_dir"
    echo "note: server data in $_sk_servers_dir (the build folder is closed to server accounts)"
  fi
  # Unix socket paths are limited to ~100 bytes, so sockets get a short folder of their own.
  _sk_socket_dir=$(mktemp -d /tmp/sk-sock.XXXXXX)
  chmod 777 "$_sk_socket_dir"
}

_sk_start_postgres() {
  _sk_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$_sk_pg_bin/initdb" ] || { echo "error: PostgreSQL server binaries not found" >&2; return 1; }
  local dir="$_sk_servers_dir/postgres"
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  _sk_pg_data="$dir/data"
  local super_password password port
  super_password=$(_sk_random_password)
  password=$(_sk_random_password)
  printf '%s\n' "$super_password" >"$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
  _sk_as postgres "$_sk_pg_bin/initdb" -D "$_sk_pg_data" -U postgres --pwfile="$dir/pwfile" -E UTF8 \
    --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; return 1; }
  rm -f "$dir/pwfile"
  port=$(_sk_free_port) || return 1
  _sk_as postgres "$_sk_pg_bin/pg_ctl" -D "$_sk_pg_data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $_sk_socket_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; return 1; }
  _sk_as postgres "$_sk_pg_bin/psql" -q -h "$_sk_socket_dir" -p "$port" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 -c "CREATE ROLE storekeeper LOGIN CREATEDB PASSWORD '$password'" >/dev/null || return 1
  export STOREKEEPER_TEST_POSTGRES_URL="postgresql://storekeeper@127.0.0.1:$port/postgres"
  export STOREKEEPER_TEST_POSTGRES_PASSWORD="$password"
  echo "PostgreSQL $("$_sk_pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

_sk_start_mariadb() {
  local server install_db client
  server=$(command -v mariadbd || ls /usr/sbin/mariadbd 2>/dev/null || command -v mysqld || ls /usr/sbin/mysqld 2>/dev/null) ||
    { echo "error: MariaDB server binary not found" >&2; return 1; }
  install_db=$(command -v mariadb-install-db || command -v mysql_install_db) ||
    { echo "error: mariadb-install-db not found" >&2; return 1; }
  client=$(command -v mariadb || command -v mysql)
  local dir="$_sk_servers_dir/mariadb"
  mkdir -p "$dir/data"
  local user_args=()
  if [ "$(id -u)" -eq 0 ]; then
    chown -R mysql: "$dir"
    user_args=(--user=mysql)
  fi
  "$install_db" --no-defaults --datadir="$dir/data" "${user_args[@]}" --auth-root-authentication-method=normal \
    --skip-test-db >"$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; return 1; }
  local port socket="$_sk_socket_dir/mariadb.sock" password
  password=$(_sk_random_password)
  port=$(_sk_free_port) || return 1
  "$server" --no-defaults --datadir="$dir/data" "${user_args[@]}" --port="$port" --bind-address=127.0.0.1 \
    --socket="$socket" --pid-file="$dir/server.pid" --log-error="$dir/server.log" --skip-name-resolve \
    --innodb-flush-log-at-trx-commit=0 --innodb-buffer-pool-size=256M --max-connections=300 &
  _sk_maria_pid=$!
  local waited=0
  until "$client" --no-defaults --socket="$socket" -uroot -e 'SELECT 1' >/dev/null 2>&1; do
    sleep 0.25
    waited=$((waited + 1))
    if [ $waited -gt 240 ] || ! kill -0 "$_sk_maria_pid" 2>/dev/null; then
      cat "$dir/server.log" >&2
      echo "error: MariaDB did not start" >&2
      return 1
    fi
  done
  "$client" --no-defaults --socket="$socket" -uroot -e "
    CREATE USER 'storekeeper'@'127.0.0.1' IDENTIFIED BY '$password';
    GRANT ALL PRIVILEGES ON *.* TO 'storekeeper'@'127.0.0.1';
    ALTER USER 'root'@'localhost' IDENTIFIED BY '$(_sk_random_password)';" || return 1
  export STOREKEEPER_TEST_MYSQL_URL="mysql://storekeeper@127.0.0.1:$port/mysql"
  export STOREKEEPER_TEST_MYSQL_PASSWORD="$password"
  echo "MariaDB $("$server" --version | awk '{print $3}') on 127.0.0.1:$port"
}

storekeeper_start_test_servers() {
  _sk_prepare_dir "$1" || return 1
  _sk_start_postgres || return 1
  _sk_start_mariadb || return 1
}

storekeeper_stop_test_servers() {
  if [ -n "$_sk_pg_data" ] && [ -f "$_sk_pg_data/postmaster.pid" ]; then
    _sk_as postgres "$_sk_pg_bin/pg_ctl" -D "$_sk_pg_data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "$_sk_maria_pid" ] && kill -0 "$_sk_maria_pid" 2>/dev/null; then
    kill "$_sk_maria_pid" 2>/dev/null || true
    local waited=0
    while kill -0 "$_sk_maria_pid" 2>/dev/null && [ $waited -lt 120 ]; do sleep 0.25; waited=$((waited + 1)); done
    kill -9 "$_sk_maria_pid" 2>/dev/null || true
  fi
  [ -n "$_sk_socket_dir" ] && rm -rf "$_sk_socket_dir"
  case "$_sk_servers_dir" in /tmp/storekeeper-test-servers.*) rm -rf "$_sk_servers_dir" ;; esac
  _sk_pg_data= _sk_maria_pid= _sk_socket_dir=
}
