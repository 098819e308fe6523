"""Everyday words offices' lists use for vocabulary terms (kin terms, ways of going abroad, jobs).

Vietnamese data, not catalogue texts: they are what people typed in their lists, matched ignoring
case and tone marks like the labels (domain/vocab.py `aliases`)."""
from __future__ import annotations

# Everyday words offices' lists use for the terms, matched ignoring case and tone marks like the
# labels ("con dâu", "XKLĐ", "du học sinh"). Vietnamese data, not catalogue texts: they are what
# people typed, in the one language the lists are kept in. Vocabulary -> {word: code}.
ALIASES: dict[str, dict[str, str]] = {
    "relation": {
        "con": "child", "con trai": "child", "con gái": "child", "con đẻ": "child", "con nuôi": "child",
        "cháu": "grandchild", "cháu nội": "grandchild", "cháu ngoại": "grandchild",
        "anh": "sibling", "chị": "sibling", "em": "sibling", "anh trai": "sibling", "chị gái": "sibling",
        "em trai": "sibling", "em gái": "sibling", "anh ruột": "sibling", "chị ruột": "sibling",
        "em ruột": "sibling", "anh chị em": "sibling",
        "bố": "parent", "mẹ": "parent", "cha": "parent", "ba": "parent", "má": "parent", "bố mẹ": "parent",
        "cha mẹ": "parent", "bố đẻ": "parent", "mẹ đẻ": "parent",
        "vợ": "spouse", "chồng": "spouse", "vợ chồng": "spouse",
        "con dâu": "in_law", "con rể": "in_law", "dâu": "in_law", "rể": "in_law",
        "ông": "grandparent", "bà": "grandparent", "ông nội": "grandparent", "bà nội": "grandparent",
        "ông ngoại": "grandparent", "bà ngoại": "grandparent",
        "cô": "uncle_aunt", "chú": "uncle_aunt", "bác": "uncle_aunt", "dì": "uncle_aunt", "cậu": "uncle_aunt",
        "mợ": "uncle_aunt", "thím": "uncle_aunt", "dượng": "uncle_aunt",
        "cháu ruột": "nephew_niece", "cháu gọi bằng chú": "nephew_niece", "cháu gọi bằng bác": "nephew_niece",
        "anh rể": "sibling_in_law", "em rể": "sibling_in_law", "chị dâu": "sibling_in_law",
        "em dâu": "sibling_in_law",
        "họ hàng": "relative", "người thân": "relative", "bà con": "relative",
    },
    "residence_status": {
        "xuất khẩu lao động": "worker", "xkld": "worker", "đi lao động": "worker", "lao động": "worker",
        "lao động hợp tác": "worker", "đi làm": "worker", "lao động có thời hạn": "worker",
        "du học": "student", "du học sinh": "student", "đi học": "student", "học tập": "student",
        "kết hôn": "marriage", "lấy chồng": "marriage", "lấy vợ": "marriage",
        "lấy chồng nước ngoài": "marriage", "kết hôn với người nước ngoài": "marriage",
        "đoàn tụ": "family_reunion", "đoàn tụ gia đình": "family_reunion", "bảo lãnh": "family_reunion",
        "kinh doanh": "business", "buôn bán": "business", "đầu tư": "business",
        "định cư": "settled", "định cư lâu dài": "settled", "thường trú": "settled",
        "nhập quốc tịch": "citizen", "quốc tịch nước ngoài": "citizen",
        "thăm thân": "visiting", "du lịch": "visiting",
        "tu nghiệp sinh": "trainee", "thực tập sinh": "trainee", "thực tập sinh kỹ năng": "trainee",
        "tạm trú": "temporary", "cư trú bất hợp pháp": "undocumented", "bất hợp pháp": "undocumented",
        "về nước": "returned", "đã về nước": "returned", "không rõ": "unknown", "chưa rõ": "unknown",
    },
    "occupation": {
        "kinh doanh": "business", "buôn bán": "business", "doanh nhân": "business", "chủ doanh nghiệp": "business",
        "kỹ sư": "intellectual", "bác sĩ": "intellectual", "giáo viên": "intellectual", "giảng viên": "intellectual",
        "nhà khoa học": "intellectual", "chuyên gia": "intellectual", "trí thức": "intellectual",
        "học sinh": "student", "sinh viên": "student", "du học sinh": "student", "nghiên cứu sinh": "student",
        "công nhân": "worker", "lao động": "worker", "lao động phổ thông": "worker", "làm thuê": "worker",
        "làm nail": "worker", "phụ bếp": "worker", "xây dựng": "worker",
        "nghỉ hưu": "retired", "hưu trí": "retired", "về hưu": "retired",
        "nội trợ": "other", "tự do": "other", "không rõ": "unknown", "chưa rõ": "unknown",
    },
}
