"""The local store: SQLAlchemy models, engine, migrations and the search index."""
