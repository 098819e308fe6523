"""Why a package was refused: a stable code for scripts and tests, a catalogue message for people.

A refused package is never partly imported, so every message can say "nothing was imported"
implicitly and concentrate on what the person should do next. Each message is one whole text
(the "ask the sender to send it again" advice is repeated rather than glued on) so that each
language can phrase it as a whole.
"""
from __future__ import annotations

from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.domain.messages import Message, translate

MESSAGES: dict[str, Message] = {
    "bad_magic": translate(
        "PackageErrors", "This file is not a data package (.dnnd) or it is damaged. "
        "Check that it is the file that came attached to the e-mail or on the USB stick."),
    "unsupported_format": translate(
        "PackageErrors", "The data package has a format this software does not support. "
        "Do not import this package; ask the sending office to send it again."),
    "newer_format": translate(
        "PackageErrors", "The data package was made with a newer version of the app than the one on this computer. "
        "Update the app on this computer to the newest version, then open the package again; the sending office "
        "need not do anything."),
    "newer_schema": translate(
        "PackageErrors", "The data in the package needs a newer version of the app than the one on this computer. "
        "Update the app on this computer to the newest version, then import the package again; the sending office "
        "need not do anything."),
    "header_too_large": translate(
        "PackageErrors", "The header of the data package is larger than allowed; the package may be damaged "
        "or forged. Do not import this package; ask the sending office to send it again."),
    "header_invalid": translate(
        "PackageErrors", "The header of the data package is not valid. "
        "Do not import this package; ask the sending office to send it again."),
    "truncated": translate(
        "PackageErrors", "The end of the data package is missing (the file was not copied completely or was "
        "cut off). Copy the file again from the e-mail or USB stick and retry; if it still fails, ask the "
        "sending office to send it again."),
    "bad_signature": translate(
        "PackageErrors", "The data package was changed or damaged after it was signed. "
        "Do not import this package; ask the sending office to send it again."),
    "unknown_signer": translate(
        "PackageErrors", "The data package is signed with the key of an office that is not trusted yet. "
        "Receive the sending office's identity card, compare the fingerprint by telephone, then open the "
        "package again."),
    "revoked_signer": translate(
        "PackageErrors", "The sending office's signing key has been revoked. Do not import this package; "
        "contact the sending office to receive its new identity card."),
    "signer_not_allowed": translate(
        "PackageErrors", "The office that signed the package may not send this kind of package or sign for "
        "another office. Do not import this package; call the sending office to check."),
    "not_a_recipient": translate(
        "PackageErrors", "This data package is not addressed to your office, so it cannot be opened. "
        "Check the file, or ask the sending office to make a package addressed to your office."),
    "decrypt_failed": translate(
        "PackageErrors", "The data package cannot be decrypted with your office's key. The sending office may "
        "be using your old identity card; send them your current identity card and ask them to send the "
        "package again."),
    "payload_invalid": translate(
        "PackageErrors", "The content inside the data package is not in the right format. "
        "Do not import this package; ask the sending office to send it again."),
    "manifest_mismatch": translate(
        "PackageErrors", "The list of files inside the package does not match the package header. "
        "Do not import this package; ask the sending office to send it again."),
    "hash_mismatch": translate(
        "PackageErrors", "The content of a file in the package does not match the list of files (wrong "
        "checksum). Do not import this package; ask the sending office to send it again."),
    "size_mismatch": translate(
        "PackageErrors", "The size of a file in the package does not match the list of files. "
        "Do not import this package; ask the sending office to send it again."),
    "entry_missing": translate(
        "PackageErrors", "The data package lacks a file named in its list of files. "
        "Do not import this package; ask the sending office to send it again."),
    "entry_extra": translate(
        "PackageErrors", "The data package holds a file that is not in its list of files, or is repeated. "
        "Do not import this package; ask the sending office to send it again."),
    "bad_entry_name": translate(
        "PackageErrors", "The data package holds a file name that is invalid or unsafe. "
        "Do not import this package; ask the sending office to send it again."),
    "too_large": translate(
        "PackageErrors", "The data package exceeds the allowed size or number of files. "
        "Split the data into several smaller packages."),
    "expired": translate(
        "PackageErrors", "The data package has expired. Ask the sending office to make and send a new "
        "package."),
    "invalid_request": translate(
        "PackageErrors", "The details for making the data package are not valid. "
        "Check the receiving offices and try again; if it still fails, tell the support team."),
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
