"""Days as the officer lives them. Times are stored as naive UTC (storage.models.utcnow); a person
filtering "from the 1st to the 2nd" means the machine's days, so an entry at 23:30 local time on the
1st (16:30 UTC in Vietnam) belongs to the 1st, and one at 00:30 on the 2nd (17:30 UTC on the 1st)
to the 2nd."""
from __future__ import annotations

import datetime as dt


def local_day_start_utc(day: dt.date) -> dt.datetime:
    """The stored (naive UTC) time at which `day` begins on this machine's clock."""
    start = dt.datetime.combine(day, dt.time.min).astimezone()   # a naive time read as local
    return start.astimezone(dt.UTC).replace(tzinfo=None)


def local_day_bounds_utc(first: dt.date | None, last: dt.date | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """[start of `first`, start of the day after `last`) in stored UTC; None where a bound is open."""
    start = local_day_start_utc(first) if first else None
    end = local_day_start_utc(last + dt.timedelta(days=1)) if last else None
    return start, end
