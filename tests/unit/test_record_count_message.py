"""Issue 16: a sync package whose record file holds another number of lines than its description
lists is refused with a message of its own (what is wrong, with the counts, and what to do), not the
generic "content not valid" one: from the service, through the CLI. The GUI shows the same message
(tests/gui/test_packages_page.py::test_a_sync_package_with_more_lines_than_listed_gets_its_own_message).
The other two limits (a record line over 1 MB, a JSON document over 16 MB) have had their own messages
since session 3 (tests/unit/test_bombs.py)."""
from __future__ import annotations

import pytest
from test_packages_world import close_world, db_digest, make_office

from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.domain.messages import set_language
from dnnd_desktop.exchange.package import Recipient, SenderIdentity, write_package
from dnnd_desktop.exchange.package.strict_json import dumps_canonical
from dnnd_desktop.services.packages import import_package
from dnnd_desktop.services.packages.common import SCHEMA_VERSION
from tests.conftest import PASSPHRASE


@pytest.fixture
def offices(tmp_path):
    province = make_office(tmp_path, "tinh", level="province", office_name="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
                           parent_body="Ủy ban Trung ương MTTQ Việt Nam", place_name="Lào Cai")
    district = make_office(tmp_path, "batxat")
    district.trust(province)
    province.trust(district)
    yield province, district
    close_world({"p": province, "d": district})


def miscounted_package(sender, receiver, path, lines: int, listed: int):
    """A validly signed sync package: `lines` household lines where the description lists `listed`."""
    head = {"format": "dnnd-changeset", "format_version": 1, "office_id": sender.id,
            "site_id": sender.ctx.installation.site_id, "base": {}, "upto": {}, "counts": {"household": listed},
            "blobs": []}
    line = b'{"id":"00000000-0000-4000-8000-000000000001","ho_ten":"Nguy\xe1\xbb\x85n V\xc4\x83n Th\xe1\xbb\xad"}\n'
    write_package(path, kind="sync", sender=SenderIdentity(sender.id, sender.ctx.installation.site_id, sender.secret),
                  recipients=[Recipient(receiver.id, receiver.secret.public.box_pk)], schema_version=SCHEMA_VERSION,
                  files={"changeset.json": dumps_canonical(head), "records/household.jsonl": line * lines})
    return path


@pytest.fixture
def vietnamese():
    set_language("vi")
    yield
    set_language("en")


@pytest.mark.parametrize(("lines", "listed"), [(1_250, 1), (2, 5)])
def test_the_service_says_how_many_lines_were_found_and_listed(offices, tmp_path, vietnamese, lines, listed):
    province, district = offices
    path = miscounted_package(district, province, tmp_path / "goi.dnnd", lines, listed)
    before = db_digest(province.db)
    with pytest.raises(DnndError) as info:
        import_package(province.ctx, path, province.secret)
    assert db_digest(province.db) == before
    e = info.value
    assert e.code == "record_count_mismatch"
    assert e.details == {"kind": "household", "found": lines, "listed": listed}
    found = f"{lines:,}".replace(",", ".")
    assert f"có {found} dòng" in e.message and f"ghi {listed}:" in e.message, e.message
    assert "gửi lại" in e.message or "làm lại" in e.message, e.message       # what to do
    assert "không hợp lệ" not in e.message, e.message                          # not the generic text
    assert "Nguyễn" not in e.message                                            # no record content


def test_the_cli_prints_the_same_message(offices, tmp_path, capsys, monkeypatch):
    from dnnd_desktop.cli import main

    province, district = offices
    path = miscounted_package(district, province, tmp_path / "goi.dnnd", 3, 1)
    province.ctx.close()
    monkeypatch.setenv("DNND_PASSPHRASE", PASSPHRASE)
    code = main(["--data-dir", str(province.data_dir.root), "--lang", "vi", "--json", "package", "import",
                 str(path)])
    out = capsys.readouterr()
    assert code != 0
    assert '"error": "record_count_mismatch"' in out.out, out.out
    assert "có 3 dòng" in out.err and "ghi 1:" in out.err, out.err
    from dnnd_desktop.services.app_context import open_context

    province.ctx = open_context(province.data_dir)


@pytest.mark.parametrize("bomb", ["line over 1 MB", "document over 16 MB"])
def test_the_other_two_limits_reach_the_cli_with_their_own_messages(offices, tmp_path, capsys, monkeypatch, bomb):
    from dnnd_desktop.cli import main
    from dnnd_desktop.services.app_context import open_context

    province, district = offices
    path = tmp_path / "bom.dnnd"
    sender = SenderIdentity(district.id, district.ctx.installation.site_id, district.secret)
    to = [Recipient(province.id, province.secret.public.box_pk)]
    if bomb == "line over 1 MB":
        head = {"format": "dnnd-changeset", "format_version": 1, "office_id": district.id,
                "site_id": district.ctx.installation.site_id, "base": {}, "upto": {}, "counts": {"household": 1},
                "blobs": []}
        files = {"changeset.json": dumps_canonical(head),
                 "records/household.jsonl": b'{"id":"' + b"x" * (1024 * 1024 + 10) + b'"}\n'}
        write_package(path, kind="sync", sender=sender, recipients=to, schema_version=SCHEMA_VERSION, files=files)
        code, words = "record_line_too_long", "lớn hơn nhiều"
    else:
        doc = b'{"reports":[' + b",".join([b'{"id":"r","note":"' + b"a" * 100 + b'"}'] * 150_000) + b"]}"
        write_package(path, kind="report", sender=sender, recipients=to, schema_version=SCHEMA_VERSION,
                      files={"reports.json": doc})
        code, words = "too_large", "16 MB"
    province.ctx.close()
    monkeypatch.setenv("DNND_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(province.data_dir.root), "--lang", "vi", "--json", "package", "import",
                 str(path)]) != 0
    out = capsys.readouterr()
    assert f'"error": "{code}"' in out.out, out.out
    assert words in out.err and "không hợp lệ" not in out.err, out.err
    province.ctx = open_context(province.data_dir)


def test_a_package_of_junk_records_is_refused_whole_once_past_the_bound(offices, tmp_path, vietnamese):
    """Listed correctly but not records: past MAX_UNREADABLE_LINES the whole package is refused at
    once with its own message (a 685,767-line junk package was read to the end and took 177 s)."""
    from dnnd_desktop.services.sync.apply import MAX_UNREADABLE_LINES

    province, district = offices
    lines = MAX_UNREADABLE_LINES * 20
    path = miscounted_package(district, province, tmp_path / "rac.dnnd", lines, lines)
    before = db_digest(province.db)
    with pytest.raises(DnndError) as info:
        import_package(province.ctx, path, province.secret)
    assert db_digest(province.db) == before
    e = info.value
    assert e.code == "too_many_unreadable_records"
    assert e.details == {"limit": MAX_UNREADABLE_LINES}
    assert "không thể đọc" in e.message or "không đọc được" in e.message, e.message
    assert "Nguyễn" not in e.message


def test_a_few_unreadable_records_are_still_rejected_one_by_one(offices, tmp_path):
    """Below the bound the rule stays: each unreadable line is counted as refused, the package goes on."""
    province, district = offices
    path = miscounted_package(district, province, tmp_path / "it-rac.dnnd", 3, 3)
    result = import_package(province.ctx, path, province.secret)
    assert result.rejected == 3 and result.new == 0
