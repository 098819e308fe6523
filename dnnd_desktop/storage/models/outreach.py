"""Records of the work the seed plans ask offices to report besides activities (issue 13): border
self-management groups, associations of overseas Vietnamese's relatives, training courses and
propaganda products.

Like every record model, only the columns are written here: which are searched, sorted, personal
or sensitive is read from the kind's description (domain/record_kinds.py). The tables are revision
0014's; each sortable list column has its (deleted, column, id) index (records.live_order).
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, SyncedMixin, sort_key_type
from .records import described, live_order


class BorderGroup(SyncedMixin, Base):
    """Tổ tự quản đường biên, cột mốc: a standing group with the households, line and markers it keeps."""

    __tablename__ = "border_groups"
    __table_args__ = (Index("ix_border_groups_live_name_sort", "deleted", "name_sort", "id"),
                      *live_order("border_groups", "village", "commune_code", "country", "status", "members",
                                  "households", "border_length_m", "markers"))
    __kind__ = "border_group"
    __search_fields__, __sort_keys__, __personal_fields__, __sensitive_fields__ = described(__kind__)

    name: Mapped[str] = mapped_column(String(300))
    name_sort: Mapped[str] = mapped_column(sort_key_type(600), default="")
    commune_code: Mapped[int | None] = mapped_column(Integer, index=True)
    village: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))                    # neighbour across the line
    established_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")         # active / inactive
    leader: Mapped[str | None] = mapped_column(String(200))
    members: Mapped[int | None] = mapped_column(Integer)
    households: Mapped[int | None] = mapped_column(Integer)
    border_length_m: Mapped[int | None] = mapped_column(Integer)              # metres of line in its charge
    markers: Mapped[int | None] = mapped_column(Integer)
    marker_numbers: Mapped[str | None] = mapped_column(String(300))
    activities: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class RelativesAssociation(SyncedMixin, Base):
    """Hội / chi hội thân nhân kiều bào."""

    __tablename__ = "relatives_associations"
    __table_args__ = (Index("ix_relatives_associations_live_name_sort", "deleted", "name_sort", "id"),
                      *live_order("relatives_associations", "level", "commune_code", "status", "members",
                                  "branches", "meetings", "last_meeting_date"))
    __kind__ = "relatives_association"
    __search_fields__, __sort_keys__, __personal_fields__, __sensitive_fields__ = described(__kind__)

    name: Mapped[str] = mapped_column(String(300))
    name_sort: Mapped[str] = mapped_column(sort_key_type(600), default="")
    level: Mapped[str] = mapped_column(String(20), default="branch")          # association / branch
    commune_code: Mapped[int | None] = mapped_column(Integer, index=True)
    established_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")
    chair: Mapped[str | None] = mapped_column(String(200))
    members: Mapped[int | None] = mapped_column(Integer)
    branches: Mapped[int | None] = mapped_column(Integer)
    meetings: Mapped[int | None] = mapped_column(Integer)
    last_meeting_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class TrainingCourse(SyncedMixin, Base):
    """Lớp tập huấn, bồi dưỡng."""

    __tablename__ = "training_courses"
    __table_args__ = (Index("ix_training_courses_live_start_date", "deleted", "start_date", "id"),
                      Index("ix_training_courses_live_title_sort", "deleted", "title_sort", "id"),
                      *live_order("training_courses", "topic", "location", "participants"))
    __kind__ = "training_course"
    __search_fields__, __sort_keys__, __personal_fields__, __sensitive_fields__ = described(__kind__)

    title: Mapped[str] = mapped_column(String(500))
    title_sort: Mapped[str] = mapped_column(sort_key_type(1000), default="")
    topic: Mapped[str | None] = mapped_column(String(500))
    start_date: Mapped[dt.date] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    location: Mapped[str | None] = mapped_column(String(500))
    organiser: Mapped[str | None] = mapped_column(String(300))
    audience: Mapped[str | None] = mapped_column(String(500))
    participants: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)


class PropagandaProduct(SyncedMixin, Base):
    """Sản phẩm tuyên truyền: an article, broadcast, poster or post, how many and how many it reached."""

    __tablename__ = "propaganda_products"
    __table_args__ = (Index("ix_propaganda_products_live_date", "deleted", "date", "id"),
                      Index("ix_propaganda_products_live_title_sort", "deleted", "title_sort", "id"),
                      *live_order("propaganda_products", "product_type", "channel", "quantity", "reach"))
    __kind__ = "propaganda_product"
    __search_fields__, __sort_keys__, __personal_fields__, __sensitive_fields__ = described(__kind__)

    title: Mapped[str] = mapped_column(String(500))
    title_sort: Mapped[str] = mapped_column(sort_key_type(1000), default="")
    product_type: Mapped[str] = mapped_column(String(40))
    channel: Mapped[str | None] = mapped_column(String(40))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    quantity: Mapped[int | None] = mapped_column(Integer)
    reach: Mapped[int | None] = mapped_column(Integer)
    topic: Mapped[str | None] = mapped_column(String(500))
    link: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)


OUTREACH_MODELS = (BorderGroup, RelativesAssociation, TrainingCourse, PropagandaProduct)
