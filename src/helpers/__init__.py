"""community-lens: is this account building a following, or a community?

Arrows point one way: platform readers -> canonical model -> metrics -> charts -> notebooks / dashboard / CLI.
"""

from helpers.errors import ExportError
from helpers.model import Coverage, Export, Owner
from helpers.platforms.loading import load_export

__all__ = ["Coverage", "Export", "ExportError", "Owner", "load_export"]
