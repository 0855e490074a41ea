"""Who may see and change which cases: role and municipality, decided on the server only.

- ``officer``: cases of their municipalities that they own (created), or that are assigned to
  them (an assignment takes the case away from its creator);
- ``mocr`` and ``supervisor``: every case of their municipalities;
- ``admin``: every case.

Nothing a device claims about itself widens this; the user is looked up from the device key.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_, true

from fieldapp.domain import workflow
from sync.server.cases.models import CaseRow


@dataclass(frozen=True)
class Actor:
    """An authenticated user acting at HQ, through a device or the HQ command line."""

    user: str
    role: str
    municipalities: frozenset[str]
    device_id: str | None = None

    @property
    def is_admin(self) -> bool:
        """Admins see every case."""
        return self.role == workflow.ADMIN

    @property
    def is_reviewer(self) -> bool:
        """May take review decisions and assign cases."""
        return self.role in (workflow.MOCR, workflow.SUPERVISOR, workflow.ADMIN)

    def case_clause(self) -> ColumnElement[bool]:
        """A WHERE clause limiting a query on cases to this actor's scope."""
        if self.is_admin:
            return true()
        in_municipality = CaseRow.municipality.in_(sorted(self.municipalities))
        if self.role == workflow.OFFICER:
            mine = or_(CaseRow.assigned_to == self.user,
                       and_(CaseRow.assigned_to.is_(None), CaseRow.owner == self.user))
            return and_(in_municipality, mine)
        return in_municipality

    def sees(self, case: CaseRow) -> bool:
        """Whether ``case`` is in scope (the Python twin of :meth:`case_clause`)."""
        if self.is_admin:
            return True
        if case.municipality not in self.municipalities:
            return False
        if self.role == workflow.OFFICER:
            return case.assigned_to == self.user or (case.assigned_to is None and case.owner == self.user)
        return True

    def may_hold(self, municipality: str) -> bool:
        """Whether a case of ``municipality`` may be created or moved into this actor's scope."""
        return self.is_admin or municipality in self.municipalities
