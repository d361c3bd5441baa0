#!/usr/bin/env bash
# Creates the five department databases and one user per department, granted only its own database
# (architecture.md, "Ownership"). The MariaDB image runs it once, when its data volume is first
# initialised; passwords come from <PREFIX>_DB_PASSWORD so no credential is written in the repository.
# The image's entrypoint sources it (and then provides docker_process_sql) or executes it; both work.

weihai_create_department_databases() {
  local departments='CIVIL_AFFAIRS:civil_affairs HEALTH:health MEDICAL_INSURANCE:medical_insurance HUMAN_RESOURCES:human_resources FINANCE:finance JOINT_MEETING:joint_meeting'
  local entry prefix suffix database password_variable password sql='' missing=''
  for entry in $departments; do
    prefix=${entry%%:*}
    suffix=${entry#*:}
    database="weihai_${suffix}"
    password_variable="${prefix}_DB_PASSWORD"
    password=${!password_variable:-}
    if [ -z "$password" ]; then
      missing+=" $password_variable"
      continue
    fi
    # Inside a quoted SQL string only the backslash and the quote itself need escaping.
    password=${password//\\/\\\\}
    password=${password//\'/\\\'}
    sql+="CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${suffix}'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON \`${database}\`.* TO '${suffix}'@'%';
"
  done
  if [ -n "$missing" ]; then
    echo "create-department-databases: set${missing}" >&2
    return 1
  fi

  if declare -F docker_process_sql >/dev/null; then
    docker_process_sql <<<"$sql"
  else
    local client
    client=$(command -v mariadb || command -v mysql)
    MYSQL_PWD="${MARIADB_ROOT_PASSWORD:-${MYSQL_ROOT_PASSWORD:-}}" "$client" --protocol=socket --user=root <<<"$sql"
  fi
  echo "create-department-databases: created weihai_civil_affairs, weihai_health, weihai_medical_insurance, weihai_human_resources, weihai_finance, weihai_joint_meeting and their users"
}

weihai_create_department_databases || exit 1
