"""The device-side sync engine: enrolment, push, pull, scope digest, for the CLI and the app.

The engine reaches the workspace only through :class:`sync.engine.steps.StoreSteps`: short
read and write steps, never a session held across a network call. The command line hands it the
unlocked workspace; the desktop app runs :class:`sync.engine.sync.SyncEngine` on its I/O
executor with steps that run on its store thread, and a :class:`fieldapp.progress.Progress` it
polls (phases ``push`` and ``pull``, bytes in the report) and can cancel between batches.
"""

from sync.engine.identity import DeviceIdentity, NotEnrolled, load_identity
from sync.engine.steps import StoreSteps, WorkspaceSteps
from sync.engine.sync import SyncEngine, SyncReport

__all__ = ["DeviceIdentity", "NotEnrolled", "StoreSteps", "SyncEngine", "SyncReport", "WorkspaceSteps",
           "load_identity"]
