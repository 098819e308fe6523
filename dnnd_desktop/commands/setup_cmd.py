"""`dnnd setup`: first-run setup for scripts (the GUI has a wizard doing the same)."""
from __future__ import annotations

from ..domain.errors import ValidationError
from ..domain.roles import COMMUNE, LEVELS, PROVINCE
from ..domain.units import find_communes, find_province
from ..services.installation import SetupRequest, default_parent_body, setup_installation
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("setup", parents=[common], help="thiết lập ban đầu cho đơn vị")
    p.add_argument("--level", required=True, choices=LEVELS, help="cấp: province, district, commune")
    p.add_argument("--province", required=True, help='tên hoặc mã tỉnh, ví dụ "Lào Cai" hoặc "15"')
    p.add_argument("--unit", required=True, help='xã/phường ("Bát Xát"), tên huyện, hoặc chính tỉnh')
    p.add_argument("--office-name", required=True, help="tên đơn vị")
    p.add_argument("--officer", default=None, help="tên người dùng đầu tiên")
    p.add_argument("--symbol", default="MTTQ-BTT", help="ký hiệu văn bản, mặc định MTTQ-BTT")
    p.add_argument("--place", default=None, help="địa danh ở dòng ngày tháng")
    p.add_argument("--parent-body", default=None, help="cơ quan cấp trên ở góc trái văn bản")
    p.add_argument("--head-title", default="Chủ tịch")
    p.add_argument("--head-name", default="")
    p.set_defaults(handler=run)


def _short(name: str) -> str:
    for prefix in ("Xã ", "Phường ", "Thị trấn ", "Đặc khu ", "huyện ", "Huyện ", "Tỉnh ", "Thành phố "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def run(cli: Cli) -> int:
    a = cli.args
    province = find_province(a.province)
    if province is None:
        raise ValidationError(f"Không tìm thấy tỉnh, thành phố «{a.province}». Hãy ghi đúng tên "
                              "(ví dụ: Lào Cai) hoặc mã (ví dụ: 15).", field_errors={"province": a.province})
    unit_name, unit_code = a.unit, None
    if a.level == COMMUNE:
        found = find_communes(province.code, a.unit)
        if len(found) == 1:
            unit_name, unit_code = found[0].name, found[0].code
    elif a.level == PROVINCE:
        unit_name = province.full_name
    parent = a.parent_body
    if parent is None:
        parent = default_parent_body(province.code, a.level)
    officer = a.officer or "Quản trị"
    req = SetupRequest(
        level=a.level, province_code=province.code, unit_name=unit_name, unit_code=unit_code,
        office_name=a.office_name, parent_body=parent, symbol=a.symbol,
        place_name=a.place or _short(unit_name), head_title=a.head_title, head_name=a.head_name,
        officer_name=officer, officer_password=None,
        passphrase=cli.passphrase("Đặt mật khẩu bảo vệ khóa của đơn vị (ít nhất 8 ký tự): ", confirm=True),
    )
    cli.info("Đang tạo khóa và cơ sở dữ liệu…")
    info = setup_installation(cli.data_dir, req)
    result = {**info.to_dict(), "data_dir": str(cli.data_dir.root), "user": officer}
    cli.emit(result, lambda: (
        f"Đã thiết lập: {info.office_name} ({info.unit_name}, {info.province_name}).\n"
        f"Mã đơn vị: {info.office_id}\nDấu vân tay khóa: {info.fingerprint}\n"
        f"Người dùng đầu tiên: {officer}\nThư mục dữ liệu: {cli.data_dir.root}"))
    return 0
