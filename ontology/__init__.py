"""diplograph's ontology stage: what the facts mean.

The OWL ontology (``diplograph.ttl``), its SHACL shapes (``shapes.ttl``), the knowledge
base of known entities and role concepts (``kb/*.ttl``), the offices known people held
(``kb/offices/*.ttl``) and the closed namespaces every
other stage builds its IRIs from (:mod:`diplograph.ontology.namespace`).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
ONTOLOGY_FILE = HERE / "diplograph.ttl"
SHAPES_FILE = HERE / "shapes.ttl"
KB_DIR = HERE / "kb"
OFFICES_DIR = KB_DIR / "offices"
