"""Plans and tasks from the province, report templates and reports."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, SyncedMixin, new_id, utcnow


class Plan(Base):
    """A province plan (kế hoạch/hướng dẫn) received in, or published as, a tasks package."""

    __tablename__ = "plans"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    issuer_office_id: Mapped[str] = mapped_column(String(36), index=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)      # a later snapshot supersedes
    doc_number: Mapped[str | None] = mapped_column(String(60))      # "15/HD-MTTQ-BTT"
    doc_date: Mapped[dt.date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(String(300))
    title: Mapped[str] = mapped_column(String(500))
    year: Mapped[int | None] = mapped_column(Integer)
    # A programme over several years (seed 004: 2020-2025) runs from `year` to `last_year`; None for a
    # plan of one year. Its mid-term and final reviews are offered for that span (revision 0021).
    last_year: Mapped[int | None] = mapped_column(Integer)
    report_schedule: Mapped[list] = mapped_column(JSON, default=list)  # [{template, period_kind, due: "05-15"}]
    body: Mapped[dict] = mapped_column(JSON, default=dict)             # the plan as published
    status: Mapped[str] = mapped_column(String(20), default="active")  # draft / published / active / superseded
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Task(SyncedMixin, Base):
    """A numbered task of a plan; its status and progress note are edited locally and travel up."""

    __tablename__ = "tasks"
    __kind__ = "task"
    __search_fields__ = ("code", "title", "description", "progress_note")

    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))                  # "I.1", "II.3"
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="not_started")   # not_started/in_progress/done
    progress_note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ReportTemplate(Base):
    __tablename__ = "report_templates"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(60), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(500))
    source: Mapped[str] = mapped_column(String(60), default="builtin")   # builtin / plan:<id> / local
    body: Mapped[dict] = mapped_column(JSON, default=dict)               # the validated template JSON
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Report(Base):
    """A periodic report. A sent version is never edited; a revision is a new row (supersedes_id)."""

    __tablename__ = "reports"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_id: Mapped[str] = mapped_column(String(36), index=True)       # author office
    template_code: Mapped[str] = mapped_column(String(60))
    template_version: Mapped[int] = mapped_column(Integer, default=1)
    period: Mapped[str] = mapped_column(String(20), index=True)          # "2026-H1"
    revision: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[str | None] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(20), default="new", index=True)
    # new / draft / approved / sent / acknowledged / returned (province side: received too)
    number: Mapped[str | None] = mapped_column(String(20))
    doc_date: Mapped[dt.date | None] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(String(500))
    indicators: Mapped[dict] = mapped_column(JSON, default=dict)         # computed values by code
    overrides: Mapped[dict] = mapped_column(JSON, default=dict)          # code -> {value, note, by, at}
    narrative: Mapped[dict] = mapped_column(JSON, default=dict)          # section code -> text
    # Document details chosen for this report: signer (head or deputy), Kính gửi, Nơi nhận.
    document: Mapped[dict] = mapped_column(JSON, default=dict)
    computed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(200))
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    answer_comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
