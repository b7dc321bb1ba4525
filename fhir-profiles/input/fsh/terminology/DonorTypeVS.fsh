ValueSet: DonorTypeVS
Id: donor-type-vs
Title: "Donor Type"
Description: """
Type of stem cell donor by relationship and HLA match: autologous, syngeneic, HLA-identical sibling, other
matched related, haploidentical, mismatched related, matched and mismatched unrelated, and cord blood. The
categories of CIBMTR form 2400 / 2006 and EBMT MED-A, and the PanCareSurPass `sct-donor-type` list, as local
codes (PanCareSurPass's codes belong to a project code system, not to a standard one). `matched-related` is kept
for a matched relative whose kind is not reported.
"""
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#autologous "Autologous (the patient's own cells)"
* $local#syngeneic "Syngeneic (identical twin) donor"
* $local#matched-sibling "HLA-identical sibling donor"
* $local#other-matched-related "Other HLA-matched related donor"
* $local#matched-related "HLA-matched related donor"
* $local#haploidentical "Haploidentical related donor"
* $local#mismatched-related "HLA-mismatched related donor"
* $local#matched-unrelated "HLA-matched unrelated donor"
* $local#mismatched-unrelated "HLA-mismatched unrelated donor"
* $local#cord-blood "Cord blood unit donor"
