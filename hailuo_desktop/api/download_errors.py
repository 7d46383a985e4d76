"""What can go wrong fetching a clip, each error one sentence for the user:

    DownloadError              str(error) is one sentence for the user
    ├── UnsafeLinkError        not an http(s) link, or a redirect to something else
    ├── LinkExpiredError       403 / 404 / 410: the link is gone; retrying it will not help
    ├── DownloadHttpError      any other HTTP error (status)
    ├── TooLargeError          bigger than max_bytes
    ├── InterruptedDownload    network trouble or a short body: retrying may well work
    └── DiskError              the .part could not be written (a full disk, permissions)
"""

from __future__ import annotations

from ..domain.i18n import Context

Downloads = Context("Downloads")


class DownloadError(Exception):
    def __init__(self, sentence: str, detail: str | None = None):
        super().__init__(sentence)
        self.sentence = sentence
        self.detail = detail  # for the log, not for the user


class UnsafeLinkError(DownloadError):
    pass


class LinkExpiredError(DownloadError):
    pass


class DownloadHttpError(DownloadError):
    def __init__(self, sentence: str, status: int):
        super().__init__(sentence, f"HTTP {status}")
        self.status = status


class TooLargeError(DownloadError):
    pass


class InterruptedDownload(DownloadError):
    pass


class DiskError(DownloadError):
    pass
