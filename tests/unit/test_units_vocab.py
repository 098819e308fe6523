from dnnd_desktop.domain import vocab
from dnnd_desktop.domain.units import communes, find_communes, find_province, provinces, provinces_from_package


def test_administrative_units_after_the_2025_reform():
    assert len(provinces()) == 34
    assert sum(len(communes(p.code)) for p in provinces()) == 3321


def test_the_compact_province_table_is_the_package_s_list():
    """The start reads its province's name from domain/province_table.py, not the package (whose
    import is an enum of every commune): the two must agree, name for name, kind for kind."""
    assert provinces() == provinces_from_package()
    assert [p.name for p in provinces()][:3] == ["An Giang", "Bắc Ninh", "Cà Mau"]


def test_find_province_by_name_or_code():
    assert find_province("lao cai").code == 15
    assert find_province("15").name == "Lào Cai"
    assert find_province("Thành phố Hà Nội").name == "Hà Nội"
    assert find_province("Không có tỉnh này") is None


def test_find_commune_by_short_name():
    [c] = find_communes(15, "Bát Xát")
    assert c.name == "Xã Bát Xát" and c.short_name == "Bát Xát"


def test_countries_are_vietnamese_with_neighbours_first():
    codes = [t.code for t in vocab.countries()[:3]]
    assert codes == ["CN", "LA", "KH"]
    assert vocab.label("country", "KR") == "Hàn Quốc"
    assert "VN" not in {t.code for t in vocab.countries()}


def test_activity_types_cover_the_seed_plans():
    labels = {t.code: str(t.label) for t in vocab.terms("activity_type")}
    for code in ["border_exchange", "delegation_in", "delegation_out", "meeting", "culture_sports",
                 "aid_support", "conference", "propaganda", "overseas_meeting", "aid_mobilisation", "other"]:
        assert code in labels
    assert labels["border_exchange"] == "Giao lưu biên giới"


def test_unknown_codes_are_shown_not_lost():
    assert vocab.label("relation", "cousin_twice_removed") == "cousin_twice_removed"
