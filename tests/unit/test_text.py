import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from dnnd_desktop.domain.text import clean, fold, nfc, search_text, sort_key


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def test_fold_removes_tones_case_and_maps_d_stroke():
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"
    assert fold("ĐỖ VĂN DƯƠNG") == "do van duong"
    assert fold("đường") == "duong"


def test_fold_treats_nfd_and_nfc_alike():
    for name in ["Nguyễn Văn Đức", "Đặng Thị Ngọc Ánh", "Lò Văn Chiến"]:
        assert fold(nfd(name)) == fold(name)


def test_nfc_and_clean_normalise_keyboard_input():
    assert nfc(nfd("Hà Nội")) == "Hà Nội"
    assert nfc(nfd("Hà Nội")) != nfd("Hà Nội")
    assert clean("  Lào   Cai \n") == "Lào Cai"
    assert clean("   ") is None


def test_search_text_joins_folded_parts():
    assert search_text("Đỗ Văn Dương", None, "Bản Mường") == "do van duong ban muong"


def test_sort_key_follows_the_vietnamese_alphabet():
    words = ["Đinh", "Dung", "Bình", "Ân", "Ăn", "An", "Anh", "Ánh", "Ơn", "Ôn", "On", "Uy", "Ưng", "Vân"]
    assert sorted(words, key=sort_key) == [
        "An", "Anh", "Ánh", "Ăn", "Ân", "Bình", "Dung", "Đinh", "On", "Ôn", "Ơn", "Uy", "Ưng", "Vân"]


def test_sort_key_orders_tones_in_dictionary_order():
    # ngang < huyền < hỏi < ngã < sắc < nặng
    assert sorted(["má", "mạ", "mà", "ma", "mã", "mả"], key=sort_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_sort_key_letter_before_tone_and_shorter_first():
    # The letter decides before the tone does: "Ánh" < "Bá"; a prefix sorts first.
    assert sort_key("Ánh") < sort_key("Bá")
    assert sort_key("Lan") < sort_key("Lanh")
    assert sort_key("Đào") > sort_key("Dương")


def test_sort_key_is_the_same_for_nfd_input():
    assert sort_key(nfd("Nguyễn Thị Ánh")) == sort_key("Nguyễn Thị Ánh")


@given(st.text())
def test_fold_is_idempotent_and_ascii_for_vietnamese(text):
    assert fold(fold(text)) == fold(text)


@given(st.lists(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ ", max_size=8), max_size=20))
def test_sort_key_gives_a_total_order(words):
    keys = [sort_key(w) for w in sorted(words, key=sort_key)]
    assert keys == sorted(keys)
