"""The SQLite store: schema, migrations and queries. The only package that runs SQL."""
