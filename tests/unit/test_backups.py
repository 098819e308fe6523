"""Backups and restore: round trip with a new site id, refusals that change nothing, rotation,
the portable encrypted backup."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3

import pytest
from sqlalchemy import func, select

from dnnd_desktop.domain.errors import Cancelled, DnndError
from dnnd_desktop.domain.progress import CancelToken
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services import backups
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.backups import naming, portable
from dnnd_desktop.services.installation import SetupRequest, setup_installation
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.storage.migrate import DatabaseTooNew
from dnnd_desktop.storage.models import AuditEntry, Household, Installation

PASS = "mật-khẩu-sao-lưu"


def _setup(root, office_name="Ủy ban MTTQ Việt Nam xã Bát Xát") -> DataDir:
    data = DataDir(root)
    setup_installation(data, SetupRequest(
        level="commune", province_code=15, unit_name="Bát Xát", unit_code=None, office_name=office_name,
        parent_body=None, symbol="MTTQ-BTT", place_name="Bát Xát", head_title="Chủ tịch", head_name="A",
        officer_name="Cán bộ", officer_password=None, passphrase="mat-khau-khoa-1"))
    return data


def _add(data: DataDir, name: str) -> None:
    ctx = open_context(data)
    try:
        with ctx.session() as s:
            RecordWriter(s, ctx).create(Household, {"head_name": name})
    finally:
        ctx.close()


def _state(data: DataDir):
    ctx = open_context(data)
    try:
        with ctx.session() as s:
            names = sorted(s.scalars(select(Household.head_name)).all())
            inst = s.get(Installation, 1)
            return names, inst.site_id, inst.site_counter, dict(inst.settings or {})
    finally:
        ctx.close()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def data(tmp_path):
    d = _setup(tmp_path / "data")
    _add(d, "Nguyễn Văn Đức")
    return d


# ------------------------------------------------------------------------------------ round trip


def test_backup_change_restore_gives_earlier_data_and_a_new_site_id(data):
    info = backups.make_backup(data, note="truoc thang 5")
    assert info.kind == backups.MANUAL and info.size > 0 and info.label == "Do người dùng tạo"
    names0, site0, counter0, _ = _state(data)
    _add(data, "Trần Thị Hằng")
    _, _, counter1, _ = _state(data)
    assert counter1 > counter0

    steps = []
    result = backups.restore(data, info.path, progress=lambda d, t, s="": steps.append((d, t)))

    names, site, counter, settings = _state(data)
    assert names == names0 == ["Nguyễn Văn Đức"]
    assert site != site0 and result.new_site_id == site and result.previous_site_id == site0
    assert counter == counter1 == result.site_counter   # the counter continues, never goes back
    assert settings["previous_site_ids"][-1]["site_id"] == site0
    assert steps[-1] == (1000, 1000) and all(d <= t for d, t in steps)
    # the database that was replaced is kept as a pre-restore backup
    assert result.safety_backup and result.safety_backup.exists()
    assert naming.parse_name(result.safety_backup.name).kind == backups.RESTORE
    ctx = open_context(data)
    with ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "restore")) == 1
    ctx.close()


def test_restore_works_while_another_connection_is_open(data):
    info = backups.make_backup(data)
    _add(data, "Trần Thị Hằng")
    ctx = open_context(data)    # the app still has the database open
    try:
        backups.restore(data, info.path)
        with ctx.session() as s:  # it sees the restored content, not a broken file
            assert s.scalars(select(Household.head_name)).all() == ["Nguyễn Văn Đức"]
    finally:
        ctx.close()


def test_backup_of_live_wal_database_holds_uncheckpointed_writes(data):
    ctx = open_context(data)
    try:
        with ctx.session() as s:
            RecordWriter(s, ctx).create(Household, {"head_name": "Lò Văn Thắng"})
        assert data.database.with_name(data.database.name + "-wal").exists()
        path = backups.backup_before(data, "import", note="goi-tinh")
        con = sqlite3.connect(path)
        assert "Lò Văn Thắng" in {r[0] for r in con.execute("SELECT head_name FROM households")}
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        con.close()
        assert not path.with_name(path.name + "-wal").exists()
    finally:
        ctx.close()


def test_restore_into_an_empty_data_folder(data, tmp_path):
    info = backups.make_backup(data)
    fresh = DataDir(tmp_path / "new-laptop")
    result = backups.restore(fresh, info.path)
    names, site, _, _ = _state(fresh)
    assert names == ["Nguyễn Văn Đức"] and site == result.new_site_id and result.safety_backup is None


# ------------------------------------------------------------------------------------ refusals


def _refused(data, path, code, words, **kw):
    before = _digest(data.database)
    listed = [b.name for b in backups.list_backups(data)]
    with pytest.raises(DnndError) as exc:
        backups.restore(data, path, **kw)
    assert exc.value.code == code, exc.value.message
    assert words in exc.value.message and "chưa bị thay đổi" in exc.value.message
    assert _digest(data.database) == before
    assert [b.name for b in backups.list_backups(data)] == listed     # not even a safety backup
    assert not list(data.root.glob(".khoi-phuc-*"))                      # no scratch left behind
    return exc.value


def test_random_bytes_are_refused(data, tmp_path):
    bad = tmp_path / "rac.sqlite3"
    bad.write_bytes(os.urandom(20000))
    _refused(data, bad, "backup_invalid", "không phải bản sao lưu")


def test_foreign_sqlite_file_is_refused(data, tmp_path):
    other = tmp_path / "khac.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE danh_ba (ten TEXT)")
    con.execute("INSERT INTO danh_ba VALUES ('x')")
    con.commit()
    con.close()
    _refused(data, other, "backup_invalid", "không phải của phần mềm này")


def test_truncated_backup_is_refused(data, tmp_path):
    info = backups.make_backup(data)
    cut = tmp_path / "cut.sqlite3"
    raw = info.path.read_bytes()
    cut.write_bytes(raw[: len(raw) // 2])
    _refused(data, cut, "backup_invalid", "bị hỏng")


def test_corrupted_pages_are_refused(data, tmp_path):
    info = backups.make_backup(data)
    raw = bytearray(info.path.read_bytes())
    for i in range(4096 * 2, len(raw), 97):   # scribble over every page after the first two
        raw[i] ^= 0x5A
    bad = tmp_path / "hong.sqlite3"
    bad.write_bytes(bytes(raw))
    _refused(data, bad, "backup_invalid", "bị hỏng")


def test_backup_of_another_office_needs_explicit_move(data, tmp_path):
    other = _setup(tmp_path / "other", office_name="Ủy ban MTTQ Việt Nam xã Y Tý")
    _add(other, "Hờ A Sử")
    theirs = backups.make_backup(other)
    err = _refused(data, theirs.path, "backup_other_office", "đơn vị khác")
    assert "Y Tý" in err.message
    result = backups.restore(data, theirs.path, allow_other_office=True)
    assert _state(data)[0] == ["Hờ A Sử"] and result.office_name.endswith("Y Tý")


def test_backup_from_a_newer_version_is_refused(data, tmp_path):
    info = backups.make_backup(data)
    newer = tmp_path / "moi.sqlite3"
    newer.write_bytes(info.path.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    con.commit()
    con.close()
    before = _digest(data.database)
    with pytest.raises(DatabaseTooNew):
        backups.restore(data, newer)
    assert _digest(data.database) == before


def test_cancel_while_writing_into_the_live_database_changes_nothing(data, monkeypatch):
    from dnnd_desktop.storage import sqlite_files

    info = backups.make_backup(data)
    _add(data, "Trần Thị Hằng")
    before = _state(data)
    token = CancelToken()
    monkeypatch.setattr(sqlite_files, "_PAGES_PER_STEP", 1)   # many steps, so Cancel lands mid-copy
    seen = []

    def progress(done, total, label=""):
        if 700 < done < 1000:    # writing into the live database has begun and not finished
            seen.append(done)
            token.cancel()

    with pytest.raises(Cancelled):
        backups.restore(data, info.path, progress=progress, cancel=token)
    assert seen and _state(data)[:2] == before[:2]


def test_verify_reports_without_changing_the_file(data):
    info = backups.make_backup(data)
    digest = _digest(info.path)
    check = backups.verify_backup(info.path, data)
    assert check.same_office is True and check.office_name.endswith("Bát Xát") and not check.needs_upgrade
    assert _digest(info.path) == digest


def test_make_backup_without_database_says_what_to_do(tmp_path):
    with pytest.raises(backups.NothingToBackUp):
        backups.make_backup(DataDir(tmp_path / "empty"))


# ------------------------------------------------------------------------------------ rotation


def _fake(data: DataDir, kind: str, when: dt.datetime, tag="") -> str:
    data.backups.mkdir(parents=True, exist_ok=True)
    p = data.backups / naming.backup_name(kind, when, tag)
    p.write_bytes(b"SQLite format 3\x00")
    return p.name


def test_rotation_keeps_7_daily_4_weekly_10_imports_and_every_manual(tmp_path):
    data = DataDir(tmp_path)
    start = dt.datetime(2026, 1, 1, 8, 0)        # a Thursday
    daily = [_fake(data, backups.DAILY, start + dt.timedelta(days=i)) for i in range(60)]
    extra_same_day = _fake(data, backups.DAILY, start + dt.timedelta(days=59, hours=2))
    imports = [_fake(data, backups.IMPORT, start + dt.timedelta(hours=i)) for i in range(15)]
    migrations = [_fake(data, backups.MIGRATION, start + dt.timedelta(days=i), "0001") for i in range(8)]
    restores = [_fake(data, backups.RESTORE, start + dt.timedelta(days=i)) for i in range(7)]
    manual = [_fake(data, backups.MANUAL, start + dt.timedelta(days=i)) for i in range(20)]
    (data.backups / "cua-toi.sqlite3").write_bytes(b"x")   # a person's own file: never touched

    crashed = data.root / ".khoi-phuc-abc"          # scratch of a restore interrupted by a power cut
    crashed.mkdir()
    fresh_part = data.backups / "thu-cong-20260301-080000.sqlite3.part"   # a backup being written now
    fresh_part.write_bytes(b"")
    old = (start - dt.timedelta(days=2)).timestamp()
    os.utime(crashed, (old, old))

    backups.rotate(data)
    left = {b.name for b in backups.list_backups(data)}
    assert not crashed.exists() and fresh_part.exists()

    last_day = start + dt.timedelta(days=59)     # 1 March 2026, a Sunday
    kept_daily = {n for n in daily + [extra_same_day] if n in left}
    # the newest of each of the last 7 days (on the last day, the later of the two)...
    expected = {extra_same_day} | {daily[59 - i] for i in range(1, 7)}
    # ...and the newest of each of the 4 most recent ISO weeks (Sundays 1/3, 22/2, 15/2, 8/2)
    expected |= {daily[59 - 7], daily[59 - 14], daily[59 - 21]}
    assert last_day.isoweekday() == 7
    assert kept_daily == expected
    assert {n for n in imports if n in left} == set(imports[-10:])
    assert {n for n in migrations if n in left} == set(migrations[-5:])
    assert {n for n in restores if n in left} == set(restores[-5:])
    assert set(manual) <= left and "cua-toi.sqlite3" in left


def test_daily_backup_once_per_day(data):
    day = dt.datetime(2026, 5, 15, 8, 0)
    first = backups.daily_backup_if_due(data, now=day)
    assert first and naming.parse_name(first.name).kind == backups.DAILY
    assert backups.daily_backup_if_due(data, now=day + dt.timedelta(hours=5)) is None
    assert backups.daily_backup_if_due(data, now=day + dt.timedelta(days=1))
    assert backups.daily_backup_if_due(DataDir(data.root / "none")) is None


def test_list_gives_kind_date_and_size_newest_first(data):
    a = backups.backup_before(data, "import", note="goi-tinh-thang-5")
    b = backups.make_backup(data)
    listed = backups.list_backups(data)
    assert [x.path for x in listed][:2] in ([b.path, a], [a, b.path])   # same second: either order
    by_path = {x.path: x for x in listed}
    assert by_path[a].kind == backups.IMPORT and by_path[a].note == "goi-tinh-thang-5"
    assert by_path[a].size == a.stat().st_size and by_path[a].created.year >= 2025
    with pytest.raises(ValueError):
        backups.backup_before(data, "because")


def test_names_round_trip_and_same_second_names_differ(tmp_path):
    when = dt.datetime(2026, 5, 15, 8, 12, 0)
    name = naming.backup_name(backups.MIGRATION, when, "0001")
    assert name == "truoc-nang-cap-20260515-081200-0001.sqlite3"
    assert naming.parse_name(name) == naming.ParsedName(backups.MIGRATION, when, "0001")
    assert naming.parse_name("anh-cuoi.sqlite3").kind == backups.OTHER
    p1 = naming.unique_path(tmp_path, backups.MANUAL, when)
    p1.write_bytes(b"")
    assert naming.unique_path(tmp_path, backups.MANUAL, when) != p1


# ------------------------------------------------------------------------------------ encrypted


def test_encrypted_round_trip_with_attachments(data, tmp_path):
    from dnnd_desktop.services.records import AttachmentService

    scan = tmp_path / "bien-ban.pdf"
    scan.write_bytes(b"%PDF-1.7 bien ban")
    ctx = open_context(data)
    try:
        with ctx.session() as s:
            hid = s.scalar(select(Household.id))
        AttachmentService(ctx).add("household", hid, scan)
    finally:
        ctx.close()
    sha = hashlib.sha256(b"%PDF-1.7 bien ban").hexdigest()
    # a file no attachment uses (its record was erased) is not brought back by a restore (issue 14)
    orphan = data.attachments / "ab" / ("ab" + "0" * 62)
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"%PDF-1.7 bien ban cu")
    target = backups.export_encrypted(data, tmp_path / "chuyen-may.dnndbak", PASS)
    raw = target.read_bytes()
    assert raw.startswith(portable.MAGIC) and "Nguyễn Văn Đức".encode() not in raw
    assert backups.is_encrypted(target)

    laptop = DataDir(tmp_path / "may-moi")
    check = backups.verify_backup(target, laptop, passphrase=PASS)
    assert check.encrypted and check.same_office is None
    result = backups.restore(laptop, target, passphrase=PASS)
    assert _state(laptop)[0] == ["Nguyễn Văn Đức"] and result.attachments_added == 1
    assert (laptop.attachments / sha[:2] / sha).read_bytes() == b"%PDF-1.7 bien ban"
    assert not (laptop.attachments / "ab" / ("ab" + "0" * 62)).exists()


def test_encrypted_export_reads_its_fresh_copy_without_an_integrity_check(data, tmp_path, monkeypatch):
    """The integrity check of the whole copy took three quarters of an export (14.7 s of a 545 MB
    database) only to read the revision; the restore still checks the file it is given."""
    from dnnd_desktop.storage import sqlite_files

    checked = []
    real = sqlite_files.inspect

    def spy(path, *, check=True):
        checked.append(check)
        return real(path, check=check)

    monkeypatch.setattr(sqlite_files, "inspect", spy)
    target = backups.export_encrypted(data, tmp_path / "b.dnndbak", PASS)
    assert checked == [False]
    assert backups.verify_backup(target, DataDir(tmp_path / "may-moi"), passphrase=PASS).encrypted
    assert checked[-1] is True
    facts = real(data.database, check=False)
    assert facts.integrity == sqlite_files.NOT_CHECKED and facts.revision is not None


def test_wrong_passphrase_is_a_clear_message_and_nothing_changes(data, tmp_path):
    target = backups.export_encrypted(data, tmp_path / "b.dnndbak", PASS)
    _add(data, "Trần Thị Hằng")
    err = _refused(data, target, "wrong_backup_passphrase", "Mật khẩu của bản sao lưu không đúng",
                   passphrase="sai-mat-khau")
    assert err.code == "wrong_backup_passphrase"
    with pytest.raises(DnndError) as exc:
        backups.restore(data, target)
    assert exc.value.code == "backup_passphrase_required"


def test_encrypted_backup_cut_or_altered_is_refused(data, tmp_path):
    target = backups.export_encrypted(data, tmp_path / "b.dnndbak", PASS)
    raw = target.read_bytes()
    cut = tmp_path / "cut.dnndbak"
    cut.write_bytes(raw[:-100])
    _refused(data, cut, "backup_invalid", "bị hỏng", passphrase=PASS)
    flipped = bytearray(raw)
    flipped[len(raw) // 2] ^= 1
    bad = tmp_path / "flip.dnndbak"
    bad.write_bytes(bytes(flipped))
    _refused(data, bad, "backup_invalid", "bị hỏng", passphrase=PASS)
    header = bytearray(raw)
    header[portable.PRELUDE.size + 5] ^= 1        # inside the JSON header (authenticated data)
    h = tmp_path / "header.dnndbak"
    h.write_bytes(bytes(header))
    with pytest.raises(DnndError):
        backups.restore(data, h, passphrase=PASS)


def test_export_refuses_a_short_passphrase(data, tmp_path):
    with pytest.raises(DnndError) as exc:
        backups.export_encrypted(data, tmp_path / "b.dnndbak", "ngan")
    assert exc.value.code == "passphrase_too_short" and not (tmp_path / "b.dnndbak").exists()
