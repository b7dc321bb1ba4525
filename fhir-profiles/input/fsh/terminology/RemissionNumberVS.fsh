ValueSet: RemissionNumberVS
Id: remission-number-vs
Title: "Complete Remission Number"
Description: "Which complete remission of the disease course a status assessment records: CR1, CR2, CR3 or later (the CIBMTR form 2400 and EBMT MED-A disease-status categories)."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#cr1 "First complete remission (CR1)"
* $local#cr2 "Second complete remission (CR2)"
* $local#cr3-or-later "Third or later complete remission (CR3+)"
