ValueSet: HlaMatchStatusVS
Id: hla-match-status-vs
Title: "HLA Donor Match Status"
Description: "Answers to LOINC 96061-7 HLA donor match status: matched or mismatched."
* insert ArtifactMetadata
* insert LoincCopyright
* $loinc#LA31027-8 "HLA-matched"
* $loinc#LA31028-6 "HLA-mismatched"
