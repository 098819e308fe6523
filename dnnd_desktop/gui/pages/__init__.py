"""Main-window pages, one module per page (see gui/page_registry.py for the contract)."""
