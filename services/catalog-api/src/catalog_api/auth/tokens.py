"""Signing of access tokens (ES256) and the JWKS that lets every service verify them offline."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from gongkai_kit.auth import JWT_ALGORITHM
from gongkai_kit.db import utcnow

logger = logging.getLogger(__name__)


def load_or_create_key(path: Path, *, create: bool) -> ec.EllipticCurvePrivateKey:
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise ValueError(f"{path} is not an EC private key (ES256 needs P-256)")
        return key
    if not create:
        raise FileNotFoundError(f"JWT signing key not found: {path}")
    key = ec.generate_private_key(ec.SECP256R1())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    path.chmod(0o600)
    logger.warning("generated a development JWT signing key at %s", path)
    return key


def _thumbprint(jwk: dict[str, Any]) -> str:
    """RFC 7638 JWK thumbprint, used as the key id."""
    canonical = json.dumps({k: jwk[k] for k in ("crv", "kty", "x", "y")}, separators=(",", ":"), sort_keys=True)
    return base64.urlsafe_b64encode(hashlib.sha256(canonical.encode()).digest()).decode().rstrip("=")


class TokenSigner:
    def __init__(self, key: ec.EllipticCurvePrivateKey, *, issuer: str, audience: str, access_ttl: timedelta) -> None:
        self._key = key
        self.issuer = issuer
        self.audience = audience
        self.access_ttl = access_ttl
        public_jwk: dict[str, Any] = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(key.public_key()))
        self.kid = _thumbprint(public_jwk)
        self._public_jwk = {**public_jwk, "kid": self.kid, "use": "sig", "alg": JWT_ALGORITHM}

    def jwks(self) -> dict[str, Any]:
        return {"keys": [self._public_jwk]}

    def issue_access_token(self, subject: str, claims: dict[str, Any]) -> str:
        now = utcnow()
        payload = {
            **claims,
            "iss": self.issuer,
            "aud": self.audience,
            "sub": subject,
            "iat": now,
            "nbf": now,
            "exp": now + self.access_ttl,
            "jti": uuid.uuid4().hex,
            "typ": "access",
        }
        return jwt.encode(payload, self._key, algorithm=JWT_ALGORITHM, headers={"kid": self.kid})


def new_opaque_token() -> str:
    return secrets.token_urlsafe(32)


def hash_opaque_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
