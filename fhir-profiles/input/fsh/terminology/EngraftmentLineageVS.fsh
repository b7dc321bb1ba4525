ValueSet: EngraftmentLineageVS
Id: engraftment-lineage-vs
Title: "Engraftment Lineage"
Description: "The lineage an engraftment result is about: neutrophil recovery or platelet recovery, each by its CIBMTR / ASTCT definition."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#neutrophil-engraftment "Neutrophil engraftment"
* $local#platelet-engraftment "Platelet engraftment"
