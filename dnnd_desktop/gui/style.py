"""The app's few style rules: a calm navigation column, page titles, cards and invalid fields."""
from __future__ import annotations

ACCENT = "#1f4e79"

APP_STYLESHEET = f"""
QListWidget#navigation {{
    background: #eef2f7;
    border: none;
    border-right: 1px solid #d5dce6;
    padding-top: 8px;
    outline: 0;
}}
QListWidget#navigation::item {{
    padding: 9px 10px;
    margin: 1px 8px;
    border-radius: 6px;
    color: #1b2733;
}}
QListWidget#navigation::item:hover {{ background: #dde6f0; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#users::item {{ padding: 6px 4px; }}
QLabel#pageTitle {{ font-size: 16pt; font-weight: bold; color: {ACCENT}; }}
QLabel#comingSoon {{ font-size: 12pt; font-weight: bold; color: #5a6b7d; }}
QLabel#pageDescription {{ color: #5a6b7d; }}
QFrame#card {{ background: white; border: 1px solid #d5dce6; border-radius: 8px; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid #b3261e; }}
"""
