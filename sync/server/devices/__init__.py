"""Enrolled devices (laptops) and single-use enrolment codes."""
