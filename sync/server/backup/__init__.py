"""``fieldapp-hq backup``: an encrypted copy of HQ's database, keys and configuration."""
