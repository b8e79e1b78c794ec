# PostgreSQL 15 from Debian's own package, on the same base as the strata image: the `db` of
# scripts/deploy-check, which reaches no image registry (the users' compose files keep the
# official postgres:15). Build context: a folder with postgres-entrypoint (deploy-check copies it).
#   docker build -f packaging/compose/postgres.Dockerfile --build-arg BASE_IMAGE=... CONTEXT
# The entrypoint follows the official image's variables: POSTGRES_USER, POSTGRES_DB,
# POSTGRES_PASSWORD_FILE (a secret), PGDATA; and PGPORT and POSTGRES_LISTEN_ADDRESSES, since
# with host networking the server listens on the host's ports.
ARG BASE_IMAGE=debian:12-slim
FROM ${BASE_IMAGE}
ENV LANG=C.UTF-8 PGDATA=/var/lib/postgresql/data PATH=/usr/lib/postgresql/15/bin:$PATH
# As the official image does: postgresql-common first, told not to create a `main` cluster.
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-common \
    && sed -ri 's/#(create_main_cluster) .*$/\1 = false/' /etc/postgresql-common/createcluster.conf \
    && apt-get install -y --no-install-recommends postgresql-15 \
    && install -d -o postgres -g postgres -m 0700 /var/lib/postgresql/data \
    && install -d -o postgres -g postgres -m 2775 /var/run/postgresql \
    && rm -rf /var/lib/apt/lists/*
COPY postgres-entrypoint /usr/local/bin/postgres-entrypoint
USER postgres
STOPSIGNAL SIGINT
ENTRYPOINT ["postgres-entrypoint"]
