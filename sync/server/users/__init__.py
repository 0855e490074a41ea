"""HQ users: officers, MOCR officers, supervisors and admins, each bound to municipalities."""
