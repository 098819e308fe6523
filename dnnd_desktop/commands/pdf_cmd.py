"""`dnnd pdf sign FILE` and `dnnd pdf verify FILE`: digital signatures on final PDFs.

    dnnd pdf sign BAO-CAO.pdf --cert DON-VI.p12 [--out DA-KY.pdf] [--reason ...] [--location ...]
    dnnd pdf sign BAO-CAO.pdf --token /usr/lib/vendor-pkcs11.so [--token-label ...] [--key-label ...]
    dnnd pdf verify DA-KY.pdf [--trust ROOT.pem ...]

The certificate's password comes from DNND_CERT_PASSWORD (the token's PIN from DNND_TOKEN_PIN) or
is asked for at the terminal. `verify` exits 1 when a signature is broken or the file was changed
after it was signed.
"""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from ..domain.errors import DnndError
from ..domain.messages import render, translate
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("pdf", parents=[common],
                       help=render(translate("CliPdf", "sign a final PDF or check its signatures")))
    actions = p.add_subparsers(dest="pdf_action", metavar="ACTION")
    actions.required = True
    s = actions.add_parser("sign", parents=[common], help=render(translate("CliPdf", "sign a PDF with the office's "
                                                                                "certificate")))
    s.add_argument("file", help=render(translate("CliPdf", "the PDF to sign")))
    s.add_argument("--out", help=render(translate("CliPdf", "where to write the signed PDF (default: next to it, "
                                                      "ending in -da-ky.pdf)")))
    s.add_argument("--cert", help=render(translate("CliPdf", "the certificate file (.p12 or .pfx); its password in "
                                                       "DNND_CERT_PASSWORD or typed")))
    s.add_argument("--token", help=render(translate("CliPdf", "the USB token's PKCS#11 library file; its PIN in "
                                                        "DNND_TOKEN_PIN or typed")))
    s.add_argument("--token-label", help=render(translate("CliPdf", "which token, when several are plugged in")))
    s.add_argument("--key-label", help=render(translate("CliPdf", "which key on the token")))
    s.add_argument("--reason", default="", help=render(translate("CliPdf", "reason written in the signature")))
    s.add_argument("--location", default="", help=render(translate("CliPdf", "place written in the signature")))
    s.set_defaults(handler=run_sign)
    v = actions.add_parser("verify", parents=[common], help=render(translate("CliPdf", "who signed a PDF and whether "
                                                                                 "it changed since")))
    v.add_argument("file", help=render(translate("CliPdf", "the signed PDF")))
    v.add_argument("--trust", action="append", default=[],
                   help=render(translate("CliPdf", "a root certificate to trust (PEM or DER); may be repeated")))
    v.set_defaults(handler=run_verify)


def _secret(env: str, prompt) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise DnndError(translate("CliPdf", "Set {env} or run the command in a terminal to type it.").format(env=env),
                        code="secret_required")
    return getpass.getpass(render(prompt))


def _info_dict(info) -> dict:
    return {"field": info.field, "signer": info.signer, "organisation": info.organisation, "issuer": info.issuer,
            "signed_at": info.signed_at, "intact": info.intact, "covers_whole_file": info.covers_whole_file,
            "modified_after": info.modified_after, "trusted": info.trusted, "summary": render(info.summary)}


def run_sign(cli: Cli) -> int:
    from ..services.signing import CertificateSource, sign_file

    a = cli.args
    source = Path(a.file)
    target = Path(a.out) if a.out else source.with_name(f"{source.stem}-da-ky.pdf")
    if a.token:
        pin = _secret("DNND_TOKEN_PIN", translate("CliPdf", "Token PIN: "))
        cert = CertificateSource(token_library=a.token, pin=pin, token_label=a.token_label, key_label=a.key_label)
    else:
        password = _secret("DNND_CERT_PASSWORD", translate("CliPdf", "Certificate password: ")) if a.cert else None
        cert = CertificateSource(p12_path=a.cert, password=password)
    infos = sign_file(source, target, cert, reason=a.reason, location=a.location)
    last = infos[-1]
    cli.emit({"file": str(target), "signatures": [_info_dict(i) for i in infos]},
             render(translate("CliPdf", "Signed: {file}\n{summary}").format(file=str(target), summary=last.summary)))
    return 0


def run_verify(cli: Cli) -> int:
    from ..services.signing import check_file

    infos = check_file(cli.args.file, data_dir=cli.data_dir if cli.args.data_dir else None,
                       extra_roots=cli.args.trust)
    ok = all(i.intact and not i.modified_after for i in infos) and bool(infos)

    def human() -> str:
        if not infos:
            return render(translate("CliPdf", "This PDF has no digital signature."))
        return "\n".join(render(i.summary) for i in infos)

    cli.emit({"signatures": [_info_dict(i) for i in infos], "ok": ok}, human)
    return 0 if ok else 1
