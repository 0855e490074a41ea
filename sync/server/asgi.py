"""The HQ app as an import string for ASGI servers running several workers.

Reads the data folder from ``FIELDAPP_HQ_HOME`` and the database URL from ``FIELDAPP_HQ_DB``
(else the one ``init`` recorded); the access log goes where ``FIELDAPP_HQ_ACCESS_LOG`` says
(else standard error). Each worker builds its own engine; they share the database.
"""

from __future__ import annotations

import os

from sync.server import access_log
from sync.server.app import create_app
from sync.server.config import DataDir, default_data_dir
from sync.server.db import Database

access_log.configure()
_data = DataDir(default_data_dir())
app = create_app(database=Database(_data.db_url(os.environ.get("FIELDAPP_HQ_DB"))), keys=_data.load_keys())
