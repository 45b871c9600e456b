"""The one error type people see: a single line naming the file and what was expected."""


class ExportError(Exception):
    """An export could not be read. The message is one line meant for the person running the tool."""
