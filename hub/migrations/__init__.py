"""aerich migrations, one folder per dialect (SQLite embedded, PostgreSQL in production)."""
