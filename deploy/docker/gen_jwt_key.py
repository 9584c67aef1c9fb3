"""Write an ES256 (P-256) private key in PEM form for catalog-api to sign access tokens.

    python gen_jwt_key.py /var/lib/gongkai/keys/jwt-private.pem

Idempotent: an existing key is left alone, so a restarted one-shot job never rotates the
key under running services. The file is created 0600 by its owner (the service user).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: gen_jwt_key.py PATH", file=sys.stderr)
        return 2
    path = Path(argv[0])
    if path.exists() and path.stat().st_size > 0:
        print(f"JWT signing key already present: {path}")
        return 0
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    os.replace(tmp, path)
    print(f"wrote a new ES256 JWT signing key: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
