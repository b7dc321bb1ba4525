ValueSet: DonorTypeVS
Id: donor-type-vs
Title: "Donor Type"
Description: "Type of allogeneic stem cell donor by relationship and HLA match (the PanCareSurPass donor-type categories, as local codes)."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#haploidentical "Haploidentical related donor"
* $local#matched-related "HLA-matched related donor"
* $local#matched-unrelated "HLA-matched unrelated donor"
* $local#mismatched-related "HLA-mismatched related donor"
* $local#mismatched-unrelated "HLA-mismatched unrelated donor"
