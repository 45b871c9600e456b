"""Telegram Desktop's JSON export (``result.json``): a whole account or one chat or channel (docs/formats/telegram.md)."""
