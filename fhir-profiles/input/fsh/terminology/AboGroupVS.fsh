ValueSet: AboGroupVS
Id: abo-group-vs
Title: "ABO Blood Group"
Description: "ABO blood group of a donor (the answers to LOINC 883-9 ABO group, as local codes: no LOINC answer list or SNOMED CT codes for the groups were verified)."
* insert ArtifactMetadata
* ^copyright = "Local codes of this guide, CC0-1.0."
* $local#abo-a "Blood group A"
* $local#abo-b "Blood group B"
* $local#abo-ab "Blood group AB"
* $local#abo-o "Blood group O"
