"""The device-side sync engine: enrolment, push, pull, scope digest, for the CLI and the app.

The desktop app runs :class:`sync.engine.sync.SyncEngine` on its I/O executor with a
:class:`fieldapp.progress.Progress` it polls (phases ``push`` and ``pull``, bytes in the
report) and can cancel between batches.
"""

from sync.engine.identity import DeviceIdentity, NotEnrolled, load_identity
from sync.engine.sync import SyncEngine, SyncReport

__all__ = ["DeviceIdentity", "NotEnrolled", "SyncEngine", "SyncReport", "load_identity"]
