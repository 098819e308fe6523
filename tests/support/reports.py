"""Reports in tests: what a test that is not about completeness does before approving."""


def mark_missing_nothing(svc, report_id: str) -> None:
    """Mark every blank hand-entered figure and empty section «không phát sinh» (issue 13: approval
    refuses them unmarked)."""
    for item in svc.missing(report_id):
        svc.mark_nothing(report_id, item.target)
