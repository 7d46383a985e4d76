"""What a token looks like, and the sentences for one that can't be right: one rule for the
welcome dialog, Settings, saved tokens and the environment variables alike."""

from __future__ import annotations

from .i18n import Context

Tokens = Context("Tokens")


def token_problem(raw: str) -> str | None:
    """Why a pasted token cannot be right, or None. Surrounding spaces are fine (trimmed)."""
    token = raw.strip()
    if not token:
        return None  # nothing typed yet: nothing to complain about
    if any(ch.isspace() for ch in token):
        return Tokens.tr("Tokens have no spaces inside. Copy it again from the console, in one "
                         "piece (spaces and line breaks around it are fine).")
    if not all("!" <= ch <= "~" for ch in token):
        # Zero-width spaces and accented letters come with copies from web pages and chats;
        # an HTTP header cannot carry them, and no token contains them.
        return Tokens.tr("This token has an invisible or unusual character that tokens never "
                         "contain. Copy it again from the console.")
    return None


def clean_token(raw: str) -> str | None:
    """The token without the spaces and line breaks pasted around it; None if it can't be one."""
    token = raw.strip()
    return token if token and token_problem(token) is None else None


def env_token_problem(variable: str) -> str:
    return Tokens.tr("{variable} is set, but its value can't be a token: it has spaces or "
                     "characters other than plain letters, digits and punctuation inside. Fix "
                     "the variable or remove it, then start the app again.").format(
                         variable=variable)
