# The stand-in for the application's image in scripts/deploy-check: what an Alembic project's API
# image usually is (Python, Alembic, SQLAlchemy, psycopg2, python-dotenv and the app), here from
# Debian's packages, plus the strata .deb, so that its `migrate` service can run
# `strata upgrade heads` on the Alembic project as it is (packaging/docker-compose.alembic.example.yml).
# The "app" is api-check: it checks the schema and exits (0 when it is what the test expects).
# Build context: a folder with strata_*.deb and api-check (deploy-check assembles it).
ARG BASE_IMAGE=debian:12-slim
FROM ${BASE_IMAGE}
ENV LANG=C.UTF-8
WORKDIR /tmp/strata-packages
COPY strata_*.deb api-check ./
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3-alembic python3-sqlalchemy \
           python3-psycopg2 python3-dotenv ./strata_*.deb \
    && install -m 0755 api-check /usr/local/bin/api-check \
    && useradd --uid 10001 --user-group --create-home --home-dir /home/app --shell /bin/sh app \
    && rm -rf /var/lib/apt/lists/* /tmp/strata-packages
WORKDIR /app
USER 10001:10001
CMD ["api-check"]
