ValueSet: ChimerismLineageVS
Id: chimerism-lineage-vs
Title: "Chimerism Cell Fraction"
Description: "Cell population whose donor chimerism was measured: unsorted cells (whole blood or marrow) or a sorted lineage (T cells CD3+, myeloid CD33+/CD15+, B cells CD19+, NK cells CD56+, progenitors CD34+)."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#unsorted-cells "Unsorted cells (whole blood or whole marrow)"
* $local#t-cells-cd3 "T cells (CD3+)"
* $local#myeloid-cells "Myeloid cells (CD33+ or CD15+)"
* $local#b-cells-cd19 "B cells (CD19+)"
* $local#nk-cells-cd56 "NK cells (CD56+)"
* $local#progenitor-cells-cd34 "Progenitor cells (CD34+)"
