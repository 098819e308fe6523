"""Windows version resource of dnnd.exe / dnnd-gui.exe, built from dnnd_desktop.__version__
(Explorer > Properties > Details shows it). Used by dnnd_desktop.spec."""
from __future__ import annotations


def version_tuple(version: str) -> tuple[int, int, int, int]:
    parts = [int("".join(ch for ch in p if ch.isdigit()) or 0) for p in version.split(".")[:4]]
    return tuple(parts + [0] * (4 - len(parts)))  # type: ignore[return-value]


def version_info(version: str, exe_name: str, description: str):
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    v = version_tuple(version)
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=v, prodvers=v, mask=0x3F, flags=0x0, OS=0x40004, fileType=0x1,
                          subtype=0x0, date=(0, 0)),
        kids=[
            # 042A04B0: Vietnamese, Unicode
            StringFileInfo([StringTable("042A04B0", [
                StringStruct("CompanyName", "Ủy ban Trung ương MTTQ Việt Nam (phần mềm tự do GPL-3.0)"),
                StringStruct("FileDescription", description),
                StringStruct("FileVersion", version),
                StringStruct("InternalName", exe_name),
                StringStruct("LegalCopyright", "GPL-3.0-or-later"),
                StringStruct("OriginalFilename", f"{exe_name}.exe"),
                StringStruct("ProductName", "Đối ngoại nhân dân (dnnd_desktop)"),
                StringStruct("ProductVersion", version),
            ])]),
            VarFileInfo([VarStruct("Translation", [0x042A, 1200])]),
        ],
    )
