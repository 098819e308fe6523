"""Why a package was refused: a stable code for scripts and tests, a Vietnamese message for people.

A refused package is never partly imported, so every message can say "nothing was imported"
implicitly and concentrate on what the person should do next.
"""
from __future__ import annotations

from dnnd_desktop.domain.errors import DnndError

_RESEND = "Không nhập gói này; hãy yêu cầu đơn vị gửi gửi lại."

MESSAGES: dict[str, str] = {
    "bad_magic": "Tệp này không phải là gói dữ liệu (.dnnd) hoặc đã bị hỏng. "
    "Hãy kiểm tra lại đúng tệp được gửi kèm thư điện tử hoặc trên USB.",
    "unsupported_format": "Gói dữ liệu có định dạng không được hỗ trợ. " + _RESEND,
    "newer_format": "Gói dữ liệu được tạo bằng phiên bản phần mềm mới hơn. "
    "Hãy cập nhật phần mềm lên phiên bản mới nhất rồi mở lại gói.",
    "newer_schema": "Dữ liệu trong gói dùng cấu trúc mới hơn phiên bản phần mềm này. "
    "Hãy cập nhật phần mềm lên phiên bản mới nhất rồi nhập lại gói.",
    "header_too_large": "Phần đầu của gói dữ liệu vượt quá giới hạn cho phép, gói có thể bị hỏng "
    "hoặc bị giả mạo. " + _RESEND,
    "header_invalid": "Phần đầu của gói dữ liệu không hợp lệ. " + _RESEND,
    "truncated": "Gói dữ liệu bị thiếu phần cuối (tệp chưa chép xong hoặc bị cắt). "
    "Hãy chép lại tệp từ thư điện tử hoặc USB rồi thử lại; nếu vẫn lỗi, hãy yêu cầu đơn vị gửi gửi lại.",
    "bad_signature": "Gói dữ liệu đã bị thay đổi hoặc hỏng sau khi ký. " + _RESEND,
    "unknown_signer": "Gói dữ liệu được ký bằng khóa của một đơn vị chưa được tin cậy. "
    "Hãy nhận thẻ định danh của đơn vị gửi, đối chiếu dấu vân tay qua điện thoại rồi mở lại gói.",
    "revoked_signer": "Khóa ký của đơn vị gửi đã bị thu hồi. Không nhập gói này; "
    "hãy liên hệ đơn vị gửi để nhận thẻ định danh mới.",
    "signer_not_allowed": "Đơn vị ký gói không có quyền gửi loại gói này hoặc ký thay cho đơn vị khác. "
    "Không nhập gói này; hãy liên hệ đơn vị gửi qua điện thoại để kiểm tra.",
    "not_a_recipient": "Gói dữ liệu này không gửi cho đơn vị của bạn nên không mở được. "
    "Hãy kiểm tra lại tệp, hoặc đề nghị đơn vị gửi tạo gói gửi đúng cho đơn vị bạn.",
    "decrypt_failed": "Không giải mã được gói dữ liệu bằng khóa của đơn vị bạn. Có thể đơn vị gửi "
    "đang dùng thẻ định danh cũ của bạn; hãy gửi lại thẻ định danh hiện tại và đề nghị họ gửi lại gói.",
    "payload_invalid": "Nội dung bên trong gói dữ liệu không đúng định dạng. " + _RESEND,
    "manifest_mismatch": "Danh mục bên trong gói không khớp với phần đầu gói. " + _RESEND,
    "hash_mismatch": "Nội dung một tệp trong gói không khớp với danh mục (mã kiểm tra sai). " + _RESEND,
    "size_mismatch": "Kích thước một tệp trong gói không khớp với danh mục. " + _RESEND,
    "entry_missing": "Gói dữ liệu thiếu tệp có trong danh mục. " + _RESEND,
    "entry_extra": "Gói dữ liệu chứa tệp không có trong danh mục hoặc bị lặp. " + _RESEND,
    "bad_entry_name": "Gói dữ liệu chứa tên tệp không hợp lệ hoặc không an toàn. " + _RESEND,
    "too_large": "Gói dữ liệu vượt quá giới hạn kích thước hoặc số lượng tệp cho phép. "
    "Hãy chia dữ liệu thành nhiều gói nhỏ hơn.",
    "expired": "Gói dữ liệu đã hết hạn sử dụng. Hãy đề nghị đơn vị gửi tạo và gửi gói mới.",
    "invalid_request": "Thông tin để tạo gói dữ liệu không hợp lệ. "
    "Hãy kiểm tra đơn vị nhận và thử lại; nếu vẫn lỗi, hãy báo cho bộ phận hỗ trợ.",
}


class PackageError(DnndError):
    """A package could not be written, verified or opened. `code` is one of MESSAGES."""

    code = "package_error"

    def __init__(self, code: str, reason: str = "", **details: object) -> None:
        if code not in MESSAGES:
            raise ValueError(f"unknown package error code {code!r}")
        # `reason` is English, for logs and support; the message is what the person reads.
        super().__init__(MESSAGES[code], code=code, details={"reason": reason, **details})
        self.reason = reason
