"""Review decisions (approve, return, duplicate) and case assignment by supervisors and MOCR."""
