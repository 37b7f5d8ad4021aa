# Server configuration shared by the sync suite and `./dev bench sync`: the blocks of docs/sync.md
# made runnable on 127.0.0.1 under a scratch folder (sourced; ROOT is the repository).

# The fenced block of docs/sync.md in the given language (apache, nginx).
block() { awk -v lang="$1" '$0 == "```" lang { inside = 1; next } inside && /^```$/ { exit } inside { print }' "$ROOT/docs/sync.md"; }

# Writes WORK/apache/apache2.conf: Apache on 127.0.0.1:PORT serving WORK/apache-dav at /dav with the
# documented block and basic authentication from WORK/htpasswd. ORIGIN (optional) is the origin the
# CORS headers allow (the block's placeholder otherwise); "none" leaves the CORS headers out.
apache_dav_config() {
  local work="$1" aport="$2" origin="${3:-https://rapport.example.org}"
  mkdir -p "$work/apache/run" "$work/apache/lock" "$work/apache-dav"
  chown www-data:www-data "$work/apache/lock" "$work/apache-dav"
  block apache | sed -e "s|/var/lib/apache2/dav/rapport-lock|$work/apache/lock/db|; s|/srv/rapport-dav|$work/apache-dav|g; s|/etc/rapport-dav.htpasswd|$work/htpasswd|; s|https://rapport.example.org|$origin|" |
    { if [ "$origin" = none ]; then grep -v 'Header always set Access-Control'; else cat; fi; } >"$work/apache/dav.conf"
  cat >"$work/apache/apache2.conf" <<EOC
ServerName 127.0.0.1
DefaultRuntimeDir $work/apache/run
PidFile $work/apache/run/apache2.pid
Mutex file:$work/apache/run default
User www-data
Group www-data
ErrorLog $work/apache/error.log
Listen 127.0.0.1:$aport
LoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule authz_user_module /usr/lib/apache2/modules/mod_authz_user.so
LoadModule authn_core_module /usr/lib/apache2/modules/mod_authn_core.so
LoadModule authn_file_module /usr/lib/apache2/modules/mod_authn_file.so
LoadModule auth_basic_module /usr/lib/apache2/modules/mod_auth_basic.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule headers_module /usr/lib/apache2/modules/mod_headers.so
LoadModule dav_module /usr/lib/apache2/modules/mod_dav.so
LoadModule dav_fs_module /usr/lib/apache2/modules/mod_dav_fs.so
<VirtualHost 127.0.0.1:$aport>
Include $work/apache/dav.conf
</VirtualHost>
EOC
}

# Writes WORK/nginx/nginx.conf: nginx on 127.0.0.1:PORT serving WORK/nginx-dav at /dav/ with the
# documented block and basic authentication from WORK/htpasswd; ORIGIN as for Apache.
nginx_dav_config() {
  local work="$1" nport="$2" origin="${3:-https://rapport.example.org}"
  mkdir -p "$work/nginx/tmp" "$work/nginx-dav"
  chown www-data:www-data "$work/nginx-dav" "$work/nginx/tmp"
  block nginx | sed -e "s|/srv/rapport-dav/|$work/nginx-dav/|; s|/etc/rapport-dav.htpasswd|$work/htpasswd|; s|https://rapport.example.org|$origin|" |
    { if [ "$origin" = none ]; then grep -v 'add_header Access-Control'; else cat; fi; } >"$work/nginx/dav.conf"
  cat >"$work/nginx/nginx.conf" <<EOC
load_module /usr/lib/nginx/modules/ngx_http_dav_ext_module.so;
user www-data;
worker_processes 1;
error_log $work/nginx/error.log;
pid $work/nginx/nginx.pid;
events { worker_connections 64; }
http {
  access_log $work/nginx/access.log;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;
  server {
    listen 127.0.0.1:$nport;
    include $work/nginx/dav.conf;
  }
}
EOC
}
