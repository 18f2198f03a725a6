"""MkDocs hooks: the build's steps, one concern a file (mkdocs.yml lists them in order)."""
