"""The `dnnd` command line (DESIGN.md, "Command line"). With no command it starts the desktop app.

    dnnd [--data-dir DIR] [--database-url URL] [--json] [--user NAME] [--lang vi|en] COMMAND ...

Global options may also follow the command. Exit 0 on success, 1 when input is rejected (stderr
says why; nothing changed), 2 for a usage error. Output, errors and help are in the language of
`--lang`, else of the environment variable DNND_LANG, else Vietnamese; argparse's own words
("usage:", "options:") come from its gettext catalogue and stay as they are.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys

from . import __version__
from .commands.base import EXIT_USAGE, Cli, UsageError, report_error
from .domain import messages
from .domain.errors import DnndError
from .domain.messages import translate
from .logging_setup import configure_logging

log = logging.getLogger(__name__)
LANGUAGE_ENV = "DNND_LANG"
DATA_FOLDER_UNTOUCHED_COMMANDS = frozenset({"selftest"})


class _Parser(argparse.ArgumentParser):
    """argparse exits by itself on a usage error; we want our own message and exit code 2."""

    def error(self, message: str):  # noqa: D401
        raise UsageError(message)


def _common(suppress: bool) -> _Parser:
    # A _Parser like the subcommands it is a parent of (it never parses by itself)
    default = argparse.SUPPRESS if suppress else None
    p = _Parser(add_help=False)
    p.add_argument("--data-dir", default=default,
                   help=translate("CliHelp", "data folder (default: the user's data folder)").text())
    p.add_argument("--database-url", default=default, metavar="URL",
                   help=translate("CliHelp", "database on a server, for example postgresql://user@server/dnnd "
                                             "(default: the variable DNND_DATABASE_URL, the saved setting, "
                                             "or the file in the data folder)").text())
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS if suppress else False,
                   help=translate("CliHelp", "print the result as JSON").text())
    p.add_argument("--user", default=default, help=translate("CliHelp", "work as this user").text())
    # Read before the parser is built (help texts are rendered then); declared so it is accepted.
    p.add_argument("--lang", choices=messages.LANGUAGES, default=default,
                   help=translate("CliHelp", "language of the output: vi (Vietnamese) or en (English); "
                                             "default: the environment variable DNND_LANG, else vi").text())
    return p


def build_parser(gui_only: bool = False) -> argparse.ArgumentParser:
    """The whole command line; `gui_only` skips importing the command modules (and the services they
    pull in), which keeps the desktop app's start-up fast."""
    parser = _Parser(prog="dnnd", parents=[_common(False)],
                     description=translate("CliHelp", "Software for people-to-people diplomacy and Vietnamese "
                                                      "people abroad.").text())
    sub = parser.add_subparsers(dest="command", parser_class=_Parser,
                                metavar=translate("CliHelp", "COMMAND").text())
    common = _common(True)
    gui = sub.add_parser("gui", parents=[common], help=translate("CliHelp", "open the app (the default)").text())
    gui.add_argument("file", nargs="?",
                     help=translate("CliHelp", "a .dnnd package to open and preview before importing").text())
    gui.set_defaults(handler=run_gui)
    if not gui_only:
        from .commands import command_modules

        for module in command_modules():
            module.register(sub, common)
    parser.set_defaults(handler=run_gui, file=None)
    return parser


_VALUE_OPTIONS = ("--data-dir", "--database-url", "--user", "--lang")


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
    # A scripted passphrase (DNND_PASSPHRASE) starts the Argon2id unlock first, on its own thread:
    # it releases the GIL, so the start's imports run on the other core meanwhile (issue 17).
    # SQLAlchemy and the models are not imported here: the window shows before them, and the
    # data open on a worker after it (gui/data_opening.py).
    from .services.privacy.unlock_ahead import start_scripted

    unlocking = start_scripted(cli.data_dir, dict(os.environ))
    from .gui.app import run

    return run(cli.data_dir, open_file=getattr(cli.args, "file", None), unlocking=unlocking)


def _route_default(argv: list[str], commands: set[str]) -> list[str]:
    """A lone .dnnd path (double-click) means `gui FILE`; no command at all means the GUI too
    (the parser's default handler)."""
    if any(a in commands for a in argv):
        return argv
    for i, a in enumerate(argv):
        if a.lower().endswith(".dnnd") and not (i and argv[i - 1] in _VALUE_OPTIONS):
            return [*argv[:i], "gui", *argv[i:]]
    return argv


def _language(argv: list[str]) -> str:
    """`--lang X` or `--lang=X` anywhere (the last wins), else $DNND_LANG, else Vietnamese."""
    chosen = os.environ.get(LANGUAGE_ENV) or messages.DEFAULT_LANGUAGE
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            chosen = argv[i + 1]
        elif a.startswith("--lang="):
            chosen = a.split("=", 1)[1]
    return chosen


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    messages.set_language(_language(argv))
    if argv and argv[0] in ("-h", "--help"):
        build_parser().print_help()
        return 0
    as_json = "--json" in argv
    try:
        parser = build_parser(gui_only=_wants_gui(argv))
        commands = {name for action in parser._actions  # noqa: SLF001 - argparse has no API
                    if isinstance(action, argparse._SubParsersAction) for name in action.choices}
        args = parser.parse_args(_route_default(argv, commands))
    except UsageError as exc:
        sys.stderr.write(translate("CliMessages", "Command syntax error: {error}").format(error=str(exc)).text()
                         + "\n" + translate("CliMessages", "See the help: dnnd --help").text() + "\n")
        return EXIT_USAGE
    cli = Cli(args)
    command = args.command or "gui"
    # The self-test promises to leave the data folder untouched (it works in a folder of its own),
    # so it writes no log there either.
    if command not in DATA_FOLDER_UNTOUCHED_COMMANDS:
        configure_logging(cli.data_dir.root)
    log.info("dnnd %s started: command %s", __version__, command)
    try:
        from .commands.data_unlock import unlock_data

        unlock_data(cli, command)
        code = int(args.handler(cli) or 0)
    except DnndError as exc:
        log.warning("command %s refused: code %s", command, exc.code)
        return report_error(as_json, exc)
    except KeyboardInterrupt:
        log.info("command %s interrupted", command)
        sys.stderr.write(translate("CliMessages", "Stopped as asked. No change was left half done.").text() + "\n")
        return 1
    except Exception as exc:
        from .services.user_errors import as_user_error

        # A database or disk error: a Vietnamese message and a code, never the driver's text
        # (it quotes the statement's values: personal data).
        user_error = as_user_error(exc)
        if user_error is None:
            log.critical("command %s failed with an unexpected error", command, exc_info=True)
            raise
        log.warning("command %s failed: code %s", command, user_error.code)
        return report_error(as_json, user_error)
    log.info("command %s finished: exit %d", command, code)
    return code


def main_gui() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(sys.argv[1:] or ["gui"])


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.exit(main())
