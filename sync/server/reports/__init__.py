"""HQ's reports: the caseload summary and the workbook, scoped by role and municipality."""
