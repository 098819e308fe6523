"""Declared schemas (pydantic models) of the JSON formats the domain reads: report templates.
The formats read by services and exchange modules are declared next to them."""
