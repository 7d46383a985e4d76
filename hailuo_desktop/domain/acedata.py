"""AceData's fixed names and addresses for Hailuo (shared/platform-api.md §1, §3, §6).

Kept here, with no dependencies, so that the API layer, the configuration, the services and
the widgets all agree on them without importing one another.
"""

from __future__ import annotations

DEFAULT_BASE_URL = "https://api.acedata.cloud"
CONSOLE_URL = "https://platform.acedata.cloud"

HAILUO_SERVICE_ID = "5eaa73b7-b9a7-4a17-afb3-f658fd5495b0"
HAILUO_SERVICE_ALIAS = "hailuo"
HAILUO_VIDEOS_API_ID = "d5af91f6-a7ec-4015-b0a5-d25051158470"  # POST /hailuo/videos

DEFAULT_PLATFORM_BASE_URL = "https://platform.acedata.cloud"
PLATFORM_TOKENS_PAGE = "https://platform.acedata.cloud/console/platform-tokens"
# Where each application's balance is shown and recharged (AceData's "remaining quota" doc).
TOP_UP_PAGE = "https://platform.acedata.cloud/console/applications"
# The status page's own static documents, never the platform's /api/v1/status/ (§6).
DEFAULT_STATUS_URL = "https://status.acedata.cloud/data/status_1.json"
