"""The `dnnd` command line (DESIGN.md, "Command line"). With no command it starts the desktop app.

    dnnd [--data-dir DIR] [--database-url URL] [--json] [--user NAME] COMMAND ...

Global options may also follow the command. Exit 0 on success, 1 when input is rejected (stderr
says why; nothing changed), 2 for a usage error.
"""
from __future__ import annotations

import argparse
import os
import sys

from .commands.base import EXIT_USAGE, Cli, UsageError, report_error
from .domain.errors import DnndError


class _Parser(argparse.ArgumentParser):
    """argparse speaks English and exits by itself; we want Vietnamese and exit code 2."""

    def error(self, message: str):  # noqa: D401
        raise UsageError(message)


def _common(suppress: bool) -> argparse.ArgumentParser:
    default = argparse.SUPPRESS if suppress else None
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--data-dir", default=default, help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng)")
    p.add_argument("--database-url", default=default, metavar="URL",
                   help="cơ sở dữ liệu trên máy chủ, ví dụ postgresql://nguoidung@maychu/dnnd (mặc định: "
                        "biến DNND_DATABASE_URL, thiết lập đã lưu, hoặc tệp trong thư mục dữ liệu)")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS if suppress else False,
                   help="in kết quả dạng JSON")
    p.add_argument("--user", default=default, help="làm việc với tư cách người dùng này")
    return p


def build_parser(gui_only: bool = False) -> argparse.ArgumentParser:
    """The whole command line; `gui_only` skips importing the command modules (and the services they
    pull in), which keeps the desktop app's start-up fast."""
    parser = _Parser(prog="dnnd", parents=[_common(False)],
                     description="Phần mềm công tác đối ngoại nhân dân và người Việt Nam ở nước ngoài.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="LỆNH")
    common = _common(True)
    gui = sub.add_parser("gui", parents=[common], help="mở phần mềm (mặc định)")
    gui.add_argument("file", nargs="?", help="gói .dnnd cần mở để xem trước khi nhập")
    gui.set_defaults(handler=run_gui)
    if not gui_only:
        from .commands import command_modules

        for module in command_modules():
            module.register(sub, common)
    parser.set_defaults(handler=run_gui, file=None)
    return parser


_VALUE_OPTIONS = ("--data-dir", "--database-url", "--user")


def _wants_gui(argv: list[str]) -> bool:
    """True when the first word that is not a global option is absent, `gui`, or a .dnnd path."""
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in _VALUE_OPTIONS:
            i += 2
            continue
        if a.startswith("-"):
            if a in ("-h", "--help"):
                return False
            i += 1
            continue
        return a == "gui" or a.lower().endswith(".dnnd")
    return True


def run_gui(cli: Cli) -> int:
    # The composition root of the desktop app: only here (and gui/) does PySide6 get imported.
    from .gui.app import run

    return run(cli.data_dir, open_file=getattr(cli.args, "file", None))


def _route_default(argv: list[str], commands: set[str]) -> list[str]:
    """A lone .dnnd path (double-click) means `gui FILE`; no command at all means the GUI too
    (the parser's default handler)."""
    if any(a in commands for a in argv):
        return argv
    for i, a in enumerate(argv):
        if a.lower().endswith(".dnnd") and not (i and argv[i - 1] in _VALUE_OPTIONS):
            return [*argv[:i], "gui", *argv[i:]]
    return argv


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("-h", "--help"):
        build_parser().print_help()
        return 0
    as_json = "--json" in argv
    try:
        parser = build_parser(gui_only=_wants_gui(argv))
        commands = set(parser._subparsers._group_actions[0].choices)  # noqa: SLF001 - argparse has no API
        args = parser.parse_args(_route_default(argv, commands))
    except UsageError as exc:
        sys.stderr.write(f"Lỗi cú pháp lệnh: {exc}\nXem hướng dẫn: dnnd --help\n")
        return EXIT_USAGE
    cli = Cli(args)
    try:
        return int(args.handler(cli) or 0)
    except DnndError as exc:
        return report_error(as_json, exc)
    except KeyboardInterrupt:
        sys.stderr.write("Đã dừng theo yêu cầu. Không có thay đổi nào dở dang.\n")
        return 1


def main_gui() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(sys.argv[1:] or ["gui"])


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
