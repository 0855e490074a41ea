"""Every HQ table, imported in one place for Alembic and for creating the schema."""

from sync.server.audit.models import AuditEntry
from sync.server.bundles.models import ImportedBundle
from sync.server.cases.models import CaseChange, CaseEvent, CaseNote, CaseRow
from sync.server.conflicts.models import Conflict
from sync.server.db import Base, Counter
from sync.server.devices.models import Device, EnrolCode
from sync.server.duplicates.models import DuplicateDismissal, DuplicatePair
from sync.server.push.models import AppliedOp
from sync.server.reference.models import ReferenceEntry
from sync.server.users.models import User, UserMunicipality

__all__ = ["AppliedOp", "AuditEntry", "Base", "CaseChange", "CaseEvent", "CaseNote", "CaseRow",
           "Conflict", "Counter", "Device", "DuplicateDismissal", "DuplicatePair", "EnrolCode", "ImportedBundle",
           "ReferenceEntry", "User", "UserMunicipality"]
