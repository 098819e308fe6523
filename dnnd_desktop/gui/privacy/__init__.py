"""Windows of the encryption at rest: unlocking the data at start, converting a plain store, the
recovery code to print (services/privacy, docs/privacy.md)."""
