"""Which schema this version of dtlearn expects, known without importing the migrations.

Opening the database asks only whether ``NEWEST_MIGRATION`` has run (``store.database``);
``store.migrations`` refuses to load if its last migration is named otherwise, so the two
cannot drift apart.
"""

MIGRATION_SET = "dtlearn"
NEWEST_MIGRATION = "0009_report_pairs"
