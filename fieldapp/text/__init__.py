"""Text handling for names written in Albanian, Serbian Latin and Serbian Cyrillic."""
