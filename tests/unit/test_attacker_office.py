"""Issue 16 measurements 1-4 as tests: a trusted office (validly signed packages) with a wrong clock,
a bug, or a thief at its keyboard cannot cut off, poison or impersonate another office.
Every refusal is WHOLE: the receiver's database is exactly as before (every row of every table)."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select
from test_packages_world import SAMPLE_PLAN

from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.exchange.keys import generate_keys
from dnnd_desktop.services import identity
from dnnd_desktop.services.packages import export_package, import_package, parse_plan
from dnnd_desktop.services.packages.common import CLOCK_SKEW, package_clock
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.sync.authority import COUNTER_WINDOW
from dnnd_desktop.services.sync.sharing import remove_share, share_records
from dnnd_desktop.storage.models import AuditEntry, Household, Installation, TrustedKey
from tests.support.attacker import MAX_COUNTER, YEAR_2099, Attacker, database_digest, utcnow
from tests.support.reports import mark_missing_nothing


def site(office) -> str:
    return office.ctx.installation.site_id


def counter(office) -> int:
    with office.ctx.session() as s:
        return int(s.get_one(Installation, 1, populate_existing=True).site_counter or 0)


def refused_whole(office, path, code: str) -> DnndError:
    before = database_digest(office.ctx)
    with pytest.raises(DnndError) as info:
        import_package(office.ctx, path, office.secret)
    assert info.value.code == code, (info.value.code, info.value.message)
    assert database_digest(office.ctx) == before
    assert any(ch in info.value.message for ch in "ạảãáàăâđêôơư"), info.value.message
    return info.value


def household(office, name="Vàng Seo Phủ", share_with=None, **extra) -> str:
    """A new household of `office`; shared with the office `share_with` (records go sideways to a
    peer only when shared: docs/sync.md "Who receives what")."""
    hid = RecordService(office.ctx).create("household", {"head_name": name, "head_birth_year": 1962, **extra}).id
    if share_with is not None:
        share_records(office.ctx, "household", [hid], share_with.id)
    return hid


def plan(doc_number="15/HD-MTTQ-BTT", title=None):
    return parse_plan({**SAMPLE_PLAN, "doc_number": doc_number, "title": title or SAMPLE_PLAN["title"]})


# ------------------------------------------------------------------------------- 1. time


@pytest.mark.parametrize("future", ["31 days", "2099"])
def test_a_future_dated_package_does_not_cut_an_office_off(world, tmp_path, future):
    p, a, b = world["province"], world["a"], world["b"]
    now = utcnow()
    # the province's trust data at the district runs out in 20 days (it renews it with each plan)
    import_package(a.ctx, Attacker(p, tmp_path).tasks(a.id, plan(), expires=now + dt.timedelta(days=20)), a.secret)
    created = now + dt.timedelta(days=31) if future == "31 days" else YEAR_2099
    # a peer whose laptop clock is wrong sends its identity card
    res = import_package(a.ctx, Attacker(b, tmp_path).identity(a.id, created=created), a.secret)
    assert any("muộn hơn ngày trên máy này" in m for m in res.messages), res.messages   # shown here
    with a.ctx.session() as s:
        assert package_clock(s) <= utcnow().replace(tzinfo=None) + CLOCK_SKEW
    # the province's next package is not refused as trust_expired
    out = tmp_path / "next.dnnd"
    export_package(p.ctx, kind="tasks", to=a.id, out_path=out, secret=p.secret, plan=plan("16/HD-MTTQ-BTT"))
    assert import_package(a.ctx, out, a.secret).per_kind["plan"]["new"] == 1


def test_a_store_pushed_to_2099_is_repaired(world, tmp_path):
    p, a = world["province"], world["a"]
    with a.ctx.session() as s:   # what a 2099 package did to stores before issue 16
        inst = s.get_one(Installation, 1)
        inst.settings = {**(inst.settings or {}), "package_clock": "2099-01-01T00:00:00"}
    out = tmp_path / "tasks.dnnd"
    export_package(p.ctx, kind="tasks", to=a.id, out_path=out, secret=p.secret, plan=plan())
    assert import_package(a.ctx, out, a.secret).per_kind["plan"]["new"] == 1
    with a.ctx.session() as s:
        stored = dt.datetime.fromisoformat(s.get_one(Installation, 1).settings["package_clock"])
    assert stored <= dt.datetime.now(dt.UTC).replace(tzinfo=None) + CLOCK_SKEW


def test_an_old_package_tells_the_user_to_check_the_clock(world, tmp_path):
    a, b = world["a"], world["b"]
    res = import_package(a.ctx, Attacker(b, tmp_path).identity(a.id, created=utcnow() - dt.timedelta(days=200)),
                         a.secret)
    assert any("kiểm tra ngày giờ trên máy này" in m for m in res.messages), res.messages
    ok = import_package(a.ctx, Attacker(b, tmp_path).identity(a.id), a.secret)
    assert not any("ngày giờ" in m for m in ok.messages)


# --------------------------------------------------------------------------- 2. counters


def _stamped(value):
    def edit(kind, line):
        line["version"] = {s: value for s in line["version"]}
        line["stamps"] = [[value, s, f] for _c, s, f in line["stamps"]]
        return line
    return edit


@pytest.mark.parametrize("claim_in_upto", [False, True])
def test_a_record_stamped_2_53_minus_1_is_refused_whole(world, tmp_path, claim_in_upto):
    a, b = world["a"], world["b"]
    household(b, share_with=a)
    own = counter(a)
    head = (lambda h: h["upto"].update({site(b): MAX_COUNTER})) if claim_in_upto else None
    err = refused_whole(a, Attacker(b, tmp_path).sync(a.id, edit=_stamped(MAX_COUNTER), header=head),
                        "not_authorised")
    assert "Mường Khương" in err.message
    assert counter(a) == own
    # a's next write and package still work, and b takes them
    household(a, "Lò Văn Tám", share_with=b)
    out = tmp_path / "a-to-b.dnnd"
    export_package(a.ctx, kind="sync", to=b.id, out_path=out, secret=a.secret)
    assert import_package(b.ctx, out, b.secret).per_kind["household"]["new"] == 1


def test_a_counter_within_the_window_is_taken(world, tmp_path):
    a, b = world["a"], world["b"]
    household(b, share_with=a)
    res = import_package(a.ctx, Attacker(b, tmp_path).sync(a.id, edit=_stamped(COUNTER_WINDOW // 2)), a.secret)
    assert res.per_kind["household"]["new"] == 1


# -------------------------------------------------------------------------- 3. authority


def test_claiming_another_office_s_knowledge_is_refused(world, tmp_path):
    p, a, b = world["province"], world["a"], world["b"]
    household(a)
    path = Attacker(a, tmp_path).sync(p.id, header=lambda h: h["upto"].update({site(b): MAX_COUNTER}))
    refused_whole(p, path, "not_authorised")


def test_a_peer_cannot_say_it_holds_writes_we_never_made(world, tmp_path):
    p, b = world["province"], world["b"]
    household(p, "Hộ tỉnh")
    lie = counter(b) + 5000   # inside the window: taken as the province's knowledge, but not of b's own site
    import_package(b.ctx, Attacker(p, tmp_path).sync(b.id, header=lambda h: h["upto"].update({site(b): lie})),
                   b.secret)
    household(b, "Hộ mới của huyện")
    out = tmp_path / "b-to-p.dnnd"
    r = export_package(b.ctx, kind="sync", to=p.id, out_path=out, secret=b.secret, skip_empty=True)
    assert r.contents.get("household") == 1     # not "nothing_to_send"
    assert import_package(p.ctx, out, p.secret).per_kind["household"]["new"] == 1


def _as_made_by(office, office_id=None):
    def edit(kind, line):
        s = site(office)
        line["origin_office_id"] = office_id or office.id
        line["origin_site_id"] = s
        line["version"] = {s: 1}
        line["stamps"] = [[1, s, f] for _c, _s, f in line["stamps"]]
        return line
    return edit


@pytest.mark.parametrize("who", ["office and site", "site only"])
def test_records_said_to_be_made_by_another_office_are_refused_whole(world, tmp_path, who):
    p, a, b = world["province"], world["a"], world["b"]
    household(a)
    edit = _as_made_by(b) if who == "office and site" else _as_made_by(b, office_id=a.id)
    refused_whole(p, Attacker(a, tmp_path).sync(p.id, edit=edit), "not_authorised")
    with p.ctx.session() as s:
        assert s.scalars(select(Household)).first() is None


def test_a_lower_office_cannot_wipe_a_record_the_province_made(world, tmp_path):
    """The province shared its record with the commune, then stopped sharing it: the commune's
    copy stays, but its changes to the province's record are no longer taken."""
    p, a = world["province"], world["a"]
    hid = household(p, "Hộ do tỉnh lập", share_with=a)
    out = tmp_path / "p-to-a.dnnd"
    export_package(p.ctx, kind="sync", to=a.id, out_path=out, secret=p.secret)
    import_package(a.ctx, out, a.secret)
    assert remove_share(p.ctx, hid, a.id)
    RecordService(a.ctx).delete("household", hid)
    refused_whole(p, Attacker(a, tmp_path).sync(p.id), "not_authorised")
    with p.ctx.session() as s:
        assert not s.get_one(Household, hid).deleted


def test_the_office_above_and_the_owner_still_write(world, tmp_path):
    """The rules refuse claims, not the normal flows: a district's own records go up, a peer's edit of
    our record comes back (shared), the province's own record goes down."""
    p, a, b = world["province"], world["a"], world["b"]
    hid = household(a, share_with=b)
    out = tmp_path / "a-to-p.dnnd"
    export_package(a.ctx, kind="sync", to=p.id, out_path=out, secret=a.secret)
    assert import_package(p.ctx, out, p.secret).per_kind["household"]["new"] == 1
    out = tmp_path / "a-to-b.dnnd"
    export_package(a.ctx, kind="sync", to=b.id, out_path=out, secret=a.secret)
    import_package(b.ctx, out, b.secret)
    RecordService(b.ctx).update("household", hid, {"village": "Thôn Tả Phìn"})
    out = tmp_path / "b-to-a.dnnd"
    export_package(b.ctx, kind="sync", to=a.id, out_path=out, secret=b.secret)
    assert import_package(a.ctx, out, a.secret).per_kind["household"]["updated"] == 1


# ------------------------------------- 3b. the office above (records come only from their owner)


def _sent_up(office, province, tmp_path) -> None:
    out = tmp_path / f"{office.name}-up.dnnd"
    export_package(office.ctx, kind="sync", to=province.id, out_path=out, secret=office.secret)
    import_package(province.ctx, out, province.secret)


def _forged_by(office, counter_at: int, head_name: str = "Hộ giả mạo"):
    """An edit stamped by `office` (the province) at its own site: a change the owner never made."""
    def edit(kind, line):
        if kind != "household":
            return line
        s = site(office)
        stamps = [[c, st, [f for f in fs if f != "head_name"]] for c, st, fs in line["stamps"]]
        return {**line, "version": {**line["version"], s: counter_at},
                "stamps": [*(x for x in stamps if x[2]), [counter_at, s, ["head_name"]]],
                "fields": {**line["fields"], "head_name": head_name}}
    return edit


def test_the_province_cannot_change_a_communes_own_household(world, tmp_path):
    """The province holds the district's household (sent up by its owner) and sends it back changed."""
    p, a = world["province"], world["a"]
    hid = household(a, "Hộ thật của huyện")
    _sent_up(a, p, tmp_path)
    err = refused_whole(a, Attacker(p, tmp_path).sync(a.id, edit=_forged_by(p, counter(p) + 1)), "not_authorised")
    assert p.ctx.installation.office_name in err.message
    with a.ctx.session() as s:
        assert s.get_one(Household, hid).head_name == "Hộ thật của huyện"
    # the same package without the change (an echo of what the district holds) is taken
    res = import_package(a.ctx, Attacker(p, tmp_path).sync(a.id), a.secret)
    assert res.per_kind["household"]["unchanged"] == 1


@pytest.mark.parametrize("to", ["the commune it claims", "its sibling"])
def test_the_province_cannot_forge_a_household_in_a_communes_name(world, tmp_path, to):
    """A new household "created at commune a" by the province: refused whole by a itself (a change to
    a record it owns that it never made) and by b (a record of another office from above)."""
    p, a, b = world["province"], world["a"], world["b"]
    household(a)
    _sent_up(a, p, tmp_path)
    line = Attacker(p, tmp_path).record_lines(a.id, "household")[0]
    forged = {**line, "id": "0b5e7c1e-5a7d-4c1e-8f00-00000000f0a9", "fields": {
        **line["fields"], "head_name": "Hộ do tỉnh giả mạo"}}
    receiver = a if to == "the commune it claims" else b
    refused_whole(receiver, Attacker(p, tmp_path).sync(receiver.id, extra={"household": [forged]}),
                  "not_authorised")
    with receiver.ctx.session() as s:
        assert s.get(Household, forged["id"]) is None


def test_the_province_cannot_send_commune_a_s_record_to_commune_b(world, tmp_path):
    """Another office's people, unchanged and validly signed, from above: b is not entitled to them
    (not shared with b) and the province may not pass them on; refused whole, b holds none."""
    p, a, b = world["province"], world["a"], world["b"]
    hid = household(a, "Hộ riêng của huyện A")
    _sent_up(a, p, tmp_path)
    a_lines = Attacker(p, tmp_path).record_lines(a.id, "household")
    assert [x["id"] for x in a_lines] == [hid]
    err = refused_whole(b, Attacker(p, tmp_path).sync(b.id, extra={"household": a_lines}), "not_authorised")
    assert "không được chuyển cho đơn vị này" in err.message, err.message
    with b.ctx.session() as s:
        assert s.get(Household, hid) is None
    # the province's honest package to b carries none of a's records
    assert Attacker(p, tmp_path).record_lines(b.id, "household") == []


def test_a_record_shared_with_the_sender_may_still_be_changed_by_it(world, tmp_path):
    """The exception the rule keeps: an explicit share from the owner lets the office above change it."""
    p, a = world["province"], world["a"]
    hid = household(a, "Hộ cùng quản lý", share_with=p)
    _sent_up(a, p, tmp_path)
    res = import_package(a.ctx, Attacker(p, tmp_path).sync(a.id, edit=_forged_by(p, counter(p) + 1, "Tên mới")),
                         a.secret)
    assert res.per_kind["household"]["updated"] == 1
    with a.ctx.session() as s:
        assert s.get_one(Household, hid).head_name == "Tên mới"


# ------------------------------------------------------------------------- 4. versions


def test_replaying_an_old_tasks_package_does_not_roll_back_trust(world, tmp_path):
    p, a = world["province"], world["a"]
    now, evil = utcnow(), Attacker(p, tmp_path)
    # both made after the card was trusted by phone (its `created` is the version), the old one first
    t1, t2 = now + dt.timedelta(minutes=1), now + dt.timedelta(minutes=2)
    old = evil.tasks(a.id, plan(), expires=now + dt.timedelta(days=100), sequence=1, created=t1, card_created=t1)
    new = evil.tasks(a.id, plan(), expires=now + dt.timedelta(days=400), sequence=2, created=t2, card_created=t2)
    import_package(a.ctx, new, a.secret)
    res = import_package(a.ctx, old, a.secret)
    assert res.per_kind["plan"]["rejected"] == 1
    with a.ctx.session() as s:
        row = s.scalars(select(TrustedKey).where(TrustedKey.office_id == p.id)).one()
        assert row.expires_at.date() == (now + dt.timedelta(days=400)).date()
        assert row.card["created"] == t2.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_an_older_identity_card_does_not_roll_back_the_name(world, tmp_path):
    a, b = world["a"], world["b"]
    evil, now = Attacker(b, tmp_path), utcnow()
    with b.ctx.session() as s:
        from dnnd_desktop.storage.models import Office
        s.get_one(Office, b.id).name = "Ủy ban MTTQ Việt Nam xã Mường Khương"
    res = import_package(a.ctx, evil.identity(a.id, card_created=now + dt.timedelta(minutes=1)), a.secret)
    assert res.per_kind["identity"]["updated"] == 1
    with b.ctx.session() as s:
        from dnnd_desktop.storage.models import Office
        s.get_one(Office, b.id).name = "Tên cũ"
    res = import_package(a.ctx, evil.identity(a.id, card_created=now - dt.timedelta(days=3)), a.secret)
    assert res.per_kind["identity"]["rejected"] == 1
    assert identity.list_trusted(a.ctx)[0] and {t.office_name for t in identity.list_trusted(a.ctx)
                                                if t.office_id == b.id} == {"Ủy ban MTTQ Việt Nam xã Mường Khương"}


def test_re_trusting_a_revoked_key_needs_an_explicit_audited_action(world):
    p, a = world["province"], world["a"]
    identity.revoke(a.ctx, p.id)
    card = p.card()
    with pytest.raises(DnndError) as info:
        identity.trust_card(a.ctx, card, card.fingerprint)
    assert info.value.code == "key_revoked" and "thu hồi" in info.value.message
    assert all(not t.active for t in identity.list_trusted(a.ctx) if t.office_id == p.id)
    identity.trust_card(a.ctx, card, card.fingerprint, restore_revoked=True)
    assert any(t.active for t in identity.list_trusted(a.ctx) if t.office_id == p.id)
    with a.ctx.session() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "trust_restore")).first() is not None


def test_trusting_a_new_card_retires_the_old_key(world):
    p, a = world["province"], world["a"]
    old = p.card()
    keys = generate_keys().public
    new = dataclasses.replace(old, sign_pk=keys.sign_pk, box_pk=keys.box_pk)
    identity.trust_card(a.ctx, new, new.fingerprint)
    rows = {t.key_id: t for t in identity.list_trusted(a.ctx) if t.office_id == p.id}
    assert rows[new.key_id].active and not rows[old.key_id].active


def test_a_revocation_travels_down_in_tasks_packages(world, tmp_path):
    p, a, b = world["province"], world["a"], world["b"]
    identity.revoke(p.ctx, b.id)                 # b's laptop was stolen: the province revokes its key
    out = tmp_path / "tasks.dnnd"
    export_package(p.ctx, kind="tasks", to=a.id, out_path=out, secret=p.secret, plan=plan())
    res = import_package(a.ctx, out, a.secret)
    assert res.per_kind["revocation"]["updated"] == 1 and any("thu hồi khóa" in m for m in res.messages)
    assert not [t for t in identity.list_trusted(a.ctx) if t.office_id == b.id and t.active]
    with a.ctx.session() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "trust_revoke")).first() is not None
    # what the stolen laptop signs is refused at a too, and its card alone cannot undo it
    refused_whole(a, Attacker(b, tmp_path).identity(a.id), "revoked_signer")
    with pytest.raises(DnndError):
        identity.trust_card(a.ctx, b.card(), b.card().fingerprint)


def test_a_card_dated_2099_is_not_taken_as_trust_data(world, tmp_path):
    a, b = world["a"], world["b"]
    with b.ctx.session() as s:
        from dnnd_desktop.storage.models import Office
        s.get_one(Office, b.id).name = "Tên từ năm 2099"
    res = import_package(a.ctx, Attacker(b, tmp_path).identity(a.id, card_created=YEAR_2099), a.secret)
    assert res.per_kind["identity"]["rejected"] == 1
    assert any("muộn hơn ngày trên máy này" in m for m in res.messages)
    assert all(t.office_name != "Tên từ năm 2099" for t in identity.list_trusted(a.ctx))
    # the next honest card still refreshes the name (2099 did not lock newer cards out)
    res = import_package(a.ctx, Attacker(b, tmp_path).identity(a.id, card_created=utcnow() + dt.timedelta(minutes=1)),
                         a.secret)
    assert res.per_kind["identity"]["updated"] == 1


def test_an_answer_dated_2099_does_not_hide_later_answers(world, tmp_path):
    from dnnd_desktop.services.packages.common import json_bytes
    from dnnd_desktop.services.reports import ReportService
    from dnnd_desktop.storage.models import Report

    p, a = world["province"], world["a"]
    svc = ReportService(a.ctx)
    rid = svc.create("2026-H1").id
    mark_missing_nothing(svc, rid)
    svc.approve(rid)
    evil = Attacker(p, tmp_path)

    def answer(status, when):
        files = {"answers.json": json_bytes({"answers": [{"report_id": rid, "status": status, "comment": None,
                                                          "answered_at": when.strftime("%Y-%m-%dT%H:%M:%S")}]})}
        return evil.package("report", a.id, files)
    import_package(a.ctx, answer("acknowledged", YEAR_2099), a.secret)
    with a.ctx.session() as s:
        assert s.get_one(Report, rid).answered_at <= dt.datetime.now(dt.UTC).replace(tzinfo=None) + CLOCK_SKEW
    res = import_package(a.ctx, answer("returned", utcnow() + dt.timedelta(minutes=1)), a.secret)
    assert res.per_kind["answer"]["updated"] == 1
    with a.ctx.session() as s:
        assert s.get_one(Report, rid).status == "returned"


def test_a_record_the_province_shares_with_a_commune_may_come_back_changed(world, tmp_path):
    """An explicit share is the owner's permission: the commune's edit of the province's shared
    record is taken (without the share it is refused whole: the test above)."""
    p, a = world["province"], world["a"]
    hid = household(p, "Hộ do tỉnh lập", share_with=a)
    out = tmp_path / "p-to-a.dnnd"
    export_package(p.ctx, kind="sync", to=a.id, out_path=out, secret=p.secret)
    import_package(a.ctx, out, a.secret)
    RecordService(a.ctx).update("household", hid, {"village": "Thôn Lũng Cẩm"})
    out = tmp_path / "a-to-p.dnnd"
    export_package(a.ctx, kind="sync", to=p.id, out_path=out, secret=a.secret)
    assert import_package(p.ctx, out, p.secret).per_kind["household"]["updated"] == 1
    with p.ctx.session() as s:
        assert s.get_one(Household, hid).village == "Thôn Lũng Cẩm"
