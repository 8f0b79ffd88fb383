"""The record a role rule makes: :class:`RoleClaim`, shared by the role finder and its mixins."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RoleClaim:
    """``person`` (token span or None) holds ``role`` (slug) of ``org``.

    ``org`` is a KB slug, a token span of an organisation entity, or None when unknown.
    """

    person: tuple | None
    role: str
    org: object
    rule: str
    sent: tuple           # character span of the evidence sentence
    mention: tuple        # token span of the role words
    stated: bool = False  # the organisation is named in the text (not the KB nationality)
