"""This year's figures for the overview page, each one aggregate query in SQL."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, func, select

from ...domain.messages import render, translate
from ...domain.record_kinds import vocabulary_label
from ...domain.vocab import label as vocab_label
from ...storage.models import Activity, Contribution, Household, OverseasPerson, Twinning


class OverviewService:
    def __init__(self, ctx):
        self.ctx = ctx

    def figures(self, year: int | None = None) -> dict:
        """{"year", "activities": n, "activities_by_type": [{code, label, count}],
        "activities_by_country": [...], "participants": {"vn", "foreign", "overseas"},
        "twinnings_active": n, "households": n, "persons": n, "persons_by_country": [...],
        "contributions_vnd": n, "contributions_by_purpose": [{code, label, count, amount_vnd}],
        "next_deadlines": []} — activities and contributions within the year; households, persons
        and twinning pairs as they stand."""
        year = year or dt.date.today().year
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        live_act = and_(Activity.deleted.is_(False), Activity.start_date >= start, Activity.start_date <= end)
        unknown = render(translate("RecordValues", "Unknown"))
        with self.ctx.session() as s:
            def grouped(col, where, vocab):
                rows = s.execute(select(col, func.count()).where(where).group_by(col)
                                 .order_by(func.count().desc(), col)).all()
                return [{"code": c, "label": (vocab(c) if c else unknown), "count": n} for c, n in rows]

            by_type = grouped(Activity.activity_type, live_act, lambda c: vocabulary_label("activity_type", c))
            by_country = grouped(Activity.country, live_act, lambda c: vocab_label("country", c))
            vn, foreign, overseas, n_act = s.execute(select(
                func.coalesce(func.sum(Activity.participants_vn), 0),
                func.coalesce(func.sum(Activity.participants_foreign), 0),
                func.coalesce(func.sum(Activity.overseas_participants), 0), func.count()).where(live_act)).one()
            twinnings = s.scalar(select(func.count()).select_from(Twinning).where(
                Twinning.deleted.is_(False), Twinning.status == "active"))
            households = s.scalar(select(func.count()).select_from(Household).where(Household.deleted.is_(False)))
            persons_by_country = grouped(OverseasPerson.country, OverseasPerson.deleted.is_(False),
                                         lambda c: vocab_label("country", c))
            live_contrib = and_(Contribution.deleted.is_(False), Contribution.date >= start, Contribution.date <= end)
            purposes = s.execute(select(Contribution.purpose, func.count(),
                                        func.coalesce(func.sum(Contribution.amount_vnd), 0))
                                 .where(live_contrib).group_by(Contribution.purpose)
                                 .order_by(func.sum(Contribution.amount_vnd).desc())).all()
        return {
            "year": year, "activities": n_act, "activities_by_type": by_type,
            "activities_by_country": by_country,
            "participants": {"vn": int(vn), "foreign": int(foreign), "overseas": int(overseas)},
            "twinnings_active": twinnings, "households": households,
            "persons": sum(r["count"] for r in persons_by_country), "persons_by_country": persons_by_country,
            "contributions_vnd": int(sum(a for _p, _n, a in purposes)),
            "contributions_by_purpose": [
                {"code": p, "label": vocabulary_label("contribution_purpose", p), "count": n, "amount_vnd": int(a)}
                for p, n, a in purposes],
            "next_deadlines": [],
        }
