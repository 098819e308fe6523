"""Parts of the province pages (Lower offices, Plans, Reports received, Consolidated report)."""
