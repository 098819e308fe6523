"""Personal data protection by construction (issue 14; Law 91/2025/QH15, Decree 356/2025/NĐ-CP):
who may take sensitive fields out of the app (sensitive_access), consent per data subject (consent,
consent_filter), the controller's paperwork (paperwork), the database key (encryption at rest) and the
erasure journal that keeps erased persons erased in every backup. docs/privacy.md."""
