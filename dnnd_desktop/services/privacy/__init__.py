"""Personal data protected by construction: the database key (encryption at rest) and the erasure
journal that keeps erased persons erased in every backup. docs/privacy.md."""
